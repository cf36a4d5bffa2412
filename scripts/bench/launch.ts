/// <reference types="chrome" />
/**
 * Launches headless Chromium with a copy of the built extension to which three reference pages are added, so
 * that the popup's speed can be read against what this machine's browser needs anyway:
 *  - bench-blank.html: an empty extension page with one tiny script that marks its first frame;
 *  - bench-floor.html: Preact + @preact/signals rendering a heading and a button, marking the frame after;
 *  - bench-read.html, the storage-gets page: the popup's own first storage reads (entrypoints/popup/first-read.ts),
 *    then one heading put in by hand, marking the frame after: the least any page showing stored data takes here.
 * All three set the same `btc:first-tip` mark the popup sets. The product files are copied byte for byte.
 * The browser is launched by the e2e harness (tests/e2e/harness.ts), on this copy.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { EXTENSION_DIR, launchExtension, type ExtensionSession } from '../../tests/e2e/harness';
import { bundleScript } from './sizes.mjs';

const ROOT = resolve(import.meta.dirname, '../..');

export const BLANK_PAGE = 'bench-blank.html';
export const FLOOR_PAGE = 'bench-floor.html';
export const READ_PAGE = 'bench-read.html';

/** The e2e harness's session, on the benchmark's copy of the extension. */
export type BenchBrowser = ExtensionSession;

const page = (script: string) =>
  `<!DOCTYPE html>\n<html lang="en"><head><meta charset="UTF-8"><title>bench</title>` +
  `<script type="module" src="/${script}"></script></head><body><div id="app"></div></body></html>\n`;

async function floorScript(): Promise<string> {
  const contents = [
    "import { render, h } from 'preact';",
    "import { signal } from '@preact/signals';",
    "const title = signal('A tip');",
    "render(h('main', null, h('h2', { id: 'tip-title' }, title.value), h('button', { type: 'button', onClick: () => (title.value = 'Another') }, 'Breathe')), document.getElementById('app'));",
    "requestAnimationFrame(() => performance.mark('btc:first-tip'));",
  ].join('\n');
  return new TextDecoder().decode(await bundleScript(contents, ROOT, 'bench-floor.js'));
}

async function readScript(): Promise<string> {
  const contents = [
    "import { firstGets } from './entrypoints/popup/first-read.ts';",
    'await firstGets;',
    "const heading = document.createElement('h2');",
    "heading.id = 'tip-title';",
    "heading.textContent = 'A tip';",
    "document.getElementById('app').append(heading);",
    "requestAnimationFrame(() => performance.mark('btc:first-tip'));",
  ].join('\n');
  return new TextDecoder().decode(await bundleScript(contents, ROOT, 'bench-read.js'));
}

export async function launchBench(): Promise<BenchBrowser> {
  const work = mkdtempSync(join(tmpdir(), 'btc-bench-'));
  const extensionDir = join(work, 'extension');
  const removeWork = () => rmSync(work, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  try {
    cpSync(EXTENSION_DIR, extensionDir, { recursive: true });
    writeFileSync(join(extensionDir, 'bench-blank.js'), "requestAnimationFrame(() => performance.mark('btc:first-tip'));\n");
    writeFileSync(join(extensionDir, BLANK_PAGE), page('bench-blank.js'));
    writeFileSync(join(extensionDir, 'bench-floor.js'), await floorScript());
    writeFileSync(join(extensionDir, FLOOR_PAGE), page('bench-floor.js'));
    writeFileSync(join(extensionDir, 'bench-read.js'), await readScript());
    writeFileSync(join(extensionDir, READ_PAGE), page('bench-read.js'));
    const session = await launchExtension({ extensionDir });
    return { ...session, close: () => session.close().finally(removeWork) };
  } catch (error) {
    removeWork();
    throw error;
  }
}
