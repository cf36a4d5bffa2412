import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importGraph, importRuleBreaks } from '../support/import-graph';

const ROOT = resolve(import.meta.dirname, '../..');
const FOLDERS = ['lib', 'shell', 'components'];

describe('the import graph', () => {
  const edges = importGraph(ROOT, FOLDERS);

  it('is read from the whole tree, type-only and dynamic imports included', () => {
    expect(edges.length).toBeGreaterThan(50);
    expect(edges).toContainEqual({ from: 'components/options/data-actions.ts', specifier: '../../lib/history/export-file', to: 'lib/history/export-file' });
    expect(edges.some((e) => e.from === 'lib/schedule/engine.ts' && e.to === 'lib/schedule/commands')).toBe(true); // `import type`
  });

  it('keeps every rule: lib/ pure, components without storage or messaging, lib subjects layered', () => {
    expect(importRuleBreaks(edges)).toEqual([]);
  });

  it('flags every deliberately bad import in the fixture', () => {
    const fixture = resolve(ROOT, 'tests/fixtures/import-graph');
    expect(importRuleBreaks(importGraph(fixture, FOLDERS)).sort()).toEqual(
      [
        'components/Panel.tsx → ../shell/storage: components get storage and messaging passed in',
        'components/Panel.tsx → wxt/browser: components get the browser passed in',
        'lib/schedule/engine.ts → ../../shell/storage: lib/ is pure: no shell module',
        'lib/schedule/engine.ts → wxt/browser: lib/ is pure: no browser module',
        'lib/settings/settings.ts → ../schedule/engine: runs back up from settings to schedule',
      ].sort(),
    );
  });
});

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

describe('raw HTML', () => {
  // Preact's innerHTML branch is in the bundle (web-ext lint sees it); it must stay unreachable (README, store notes).
  it.each(['components', 'entrypoints', 'shell', 'lib'].flatMap((dir) => sourceFiles(join(ROOT, dir))).map((f) => [relative(ROOT, f), f]))(
    '%s never sets raw HTML',
    (_, file) => {
      expect(readFileSync(file, 'utf8')).not.toMatch(/dangerouslySetInnerHTML|\.innerHTML\s*=|insertAdjacentHTML|outerHTML\s*=/);
    },
  );
});
