/// <reference types="chrome" />
/**
 * Launches headless Chromium with a copy of the built extension to which two reference pages are added, so
 * that the popup's speed can be read against what this machine's browser needs anyway:
 *  - bench-blank.html: an empty extension page with one tiny script that marks its first frame;
 *  - bench-floor.html: Preact + @preact/signals rendering a heading and a button, marking the frame after.
 * Both set the same `btc:first-tip` mark the popup sets. The product files are copied byte for byte.
 * Launch flags are the e2e harness's (tests/e2e/harness.ts), which loads only .output/chrome-mv3 itself.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';
import { EXTENSION_DIR, waitFor } from '../../tests/e2e/harness';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ROOT = resolve(import.meta.dirname, '../..');

export const BLANK_PAGE = 'bench-blank.html';
export const FLOOR_PAGE = 'bench-floor.html';

export interface BenchBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** Console errors and uncaught exceptions from the extension's pages and worker. */
  errors: string[];
  stopWorker(page: Page): Promise<void>;
  wakeWorker(page: Page): Promise<void>;
  close(): Promise<void>;
}

const page = (script: string) =>
  `<!DOCTYPE html>\n<html lang="en"><head><meta charset="UTF-8"><title>bench</title>` +
  `<script type="module" src="/${script}"></script></head><body><div id="app"></div></body></html>\n`;

async function floorScript(): Promise<string> {
  const { build } = await import('esbuild');
  const contents = [
    "import { render, h } from 'preact';",
    "import { signal } from '@preact/signals';",
    "const title = signal('A tip');",
    "render(h('main', null, h('h2', { id: 'tip-title' }, title.value), h('button', { type: 'button', onClick: () => (title.value = 'Another') }, 'Breathe')), document.getElementById('app'));",
    "requestAnimationFrame(() => performance.mark('btc:first-tip'));",
  ].join('\n');
  const result = await build({
    stdin: { contents, resolveDir: ROOT, loader: 'js', sourcefile: 'bench-floor.js' },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

export async function launchBench(): Promise<BenchBrowser> {
  const work = mkdtempSync(join(tmpdir(), 'btc-bench-'));
  const extensionDir = join(work, 'extension');
  const userDataDir = join(work, 'profile');
  cpSync(EXTENSION_DIR, extensionDir, { recursive: true });
  writeFileSync(join(extensionDir, 'bench-blank.js'), "requestAnimationFrame(() => performance.mark('btc:first-tip'));\n");
  writeFileSync(join(extensionDir, BLANK_PAGE), page('bench-blank.js'));
  writeFileSync(join(extensionDir, 'bench-floor.js'), await floorScript());
  writeFileSync(join(extensionDir, FLOOR_PAGE), page('bench-floor.js'));

  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: true,
      timeout: 30_000,
      args: [
        '--headless=new',
        '--no-sandbox',
        '--disable-gpu',
        `--disable-extensions-except=${extensionDir}`,
        `--load-extension=${extensionDir}`,
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-quic',
        '--no-first-run',
      ],
    });
  } catch (error) {
    rmSync(work, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
    throw error;
  }
  let closing: Promise<void> | null = null;
  const close = () =>
    (closing ??= context.close().finally(() => rmSync(work, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 })));
  try {
    const errors: string[] = [];
    context.on('page', (p) => {
      p.on('console', (msg) => {
        if (msg.type() === 'error') errors.push(`[${p.url()}] console.error: ${msg.text()}`);
      });
      p.on('pageerror', (error) => errors.push(`[${p.url()}] uncaught: ${error.message}`));
    });
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    worker.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(`[worker] console.error: ${msg.text()}`);
    });

    let cdp: CDPSession | null = null;
    const statuses: string[] = [];
    return {
      context,
      extensionId: new URL(worker.url()).host,
      worker,
      errors,
      // As the harness: stop the worker the way the browser does when it idles…
      async stopWorker(page) {
        if (!cdp) {
          cdp = await context.newCDPSession(page);
          cdp.on('ServiceWorker.workerVersionUpdated', (event) => {
            for (const v of event.versions) statuses.push(v.runningStatus);
          });
          await cdp.send('ServiceWorker.enable');
        }
        statuses.length = 0;
        await cdp.send('ServiceWorker.stopAllWorkers');
        await waitFor(() => statuses.includes('stopped'), 10_000, 'the service worker to stop');
      },
      // …and start it again the way the browser would, with an alarm.
      async wakeWorker(page) {
        statuses.length = 0;
        await page.evaluate(() => chrome.alarms.create('bench-wake', { when: Date.now() + 50 }));
        await waitFor(() => statuses.includes('running'), 10_000, 'the service worker to start again');
      },
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
