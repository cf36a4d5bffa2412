import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const LIB = join(ROOT, 'lib');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

/** Pure modules: everything in lib/. The shell (shell/) is the code allowed to talk to the browser. */
const pureModules = sourceFiles(LIB);
const FORBIDDEN = /from\s+['"](wxt\/browser|wxt\/utils\/storage|#imports|@wxt-dev\/storage|webextension-polyfill|wxt\/browser\/.*)['"]|\b(browser|chrome)\.(runtime|storage|alarms|notifications|idle|action|tabs|windows|i18n)\b/;

describe('conventions', () => {
  it('has pure modules to check', () => {
    expect(pureModules.length).toBeGreaterThan(3);
  });

  it.each(pureModules.map((f) => [relative(ROOT, f), f]))('%s does not touch browser APIs or storage', (_, file) => {
    expect(readFileSync(file, 'utf8')).not.toMatch(FORBIDDEN);
  });

  // Preact's innerHTML branch is in the bundle (web-ext lint sees it); it must stay unreachable (README, store notes).
  it.each(['components', 'entrypoints', 'shell', 'lib'].flatMap((dir) => sourceFiles(join(ROOT, dir))).map((f) => [relative(ROOT, f), f]))(
    '%s never sets raw HTML',
    (_, file) => {
      expect(readFileSync(file, 'utf8')).not.toMatch(/dangerouslySetInnerHTML|\.innerHTML\s*=|insertAdjacentHTML|outerHTML\s*=/);
    },
  );

  it('the forbidden-import check catches what it should', () => {
    expect(`import { browser } from 'wxt/browser';`).toMatch(FORBIDDEN);
    expect(`import { storage } from '@wxt-dev/storage';`).toMatch(FORBIDDEN);
    expect(`await browser.storage.local.get()`).toMatch(FORBIDDEN);
    expect(`import { parseSettings } from './settings';`).not.toMatch(FORBIDDEN);
  });
});
