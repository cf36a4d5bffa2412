/**
 * The import graph of a source tree, read with TypeScript's own pre-processor (static imports and exports,
 * `import type`, dynamic `import()`), and the rules our folders promise, checked against it.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

export interface ImportEdge {
  /** The importing file, relative to the root, with `/` separators. */
  from: string;
  /** What it wrote. */
  specifier: string;
  /** A relative specifier resolved against the root (without extension); null for a package. */
  to: string | null;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|mts)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

const posix = (path: string) => path.split(sep).join('/');

/** Every import of every .ts/.tsx file under `folders` (relative to `root`). */
export function importGraph(root: string, folders: readonly string[]): ImportEdge[] {
  return folders.flatMap((folder) => {
    const dir = join(root, folder);
    let files: string[] = [];
    try {
      files = sourceFiles(dir);
    } catch {
      return [];
    }
    return files.flatMap((file) => {
      const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
      return info.importedFiles.map(({ fileName: specifier }) => ({
        from: posix(relative(root, file)),
        specifier,
        to: specifier.startsWith('.') ? posix(relative(root, resolve(dirname(file), specifier))).replace(/\.(ts|tsx|json)$/, '') : null,
      }));
    });
  });
}

/** Modules that reach the browser or its storage. */
const BROWSER_MODULES = /^(wxt\/browser(\/.*)?|wxt\/utils\/storage|@wxt-dev\/storage|@wxt-dev\/browser|webextension-polyfill|#imports)$/;

/**
 * The subjects of `lib/`, lowest first: a module may import from its own subject or from a lower layer,
 * never from a higher one, so no import runs back up and no cycle can form between subjects.
 */
export const LIB_LAYERS: ReadonlyArray<readonly string[]> = [
  ['vocabulary', 'spec', 'locales'],
  ['settings'],
  ['breathing', 'history', 'tips'],
  ['schedule'],
  // What the pages decide from the schedule: which state leads the popup, what the welcome's answers mean.
  ['popup', 'welcome'],
];

const subjectOf = (path: string): string | null => {
  const match = /^lib\/([^/]+?)(\.ts|\.tsx|\/.*)?$/.exec(path);
  return match ? match[1]! : null;
};
const layerOf = (subject: string) => LIB_LAYERS.findIndex((layer) => layer.includes(subject));

/** Each broken rule as one readable line: `file → specifier: why`. Empty when the tree keeps every rule. */
export function importRuleBreaks(edges: readonly ImportEdge[]): string[] {
  const breaks: string[] = [];
  for (const edge of edges) {
    const say = (why: string) => breaks.push(`${edge.from} → ${edge.specifier}: ${why}`);
    if (edge.from.startsWith('lib/')) {
      if (BROWSER_MODULES.test(edge.specifier)) say('lib/ is pure: no browser module');
      else if (edge.to?.startsWith('shell/')) say('lib/ is pure: no shell module');
      else if (edge.to && !edge.to.startsWith('lib/')) say('lib/ imports only lib/');
      else if (edge.to) {
        const from = subjectOf(edge.from)!;
        const to = subjectOf(edge.to)!;
        if (layerOf(from) < 0 || layerOf(to) < 0) say(`a lib subject without a layer (${layerOf(from) < 0 ? from : to})`);
        else if (from !== to && layerOf(to) >= layerOf(from)) say(`runs back up from ${from} to ${to}`);
      }
    }
    if (edge.from.startsWith('components/')) {
      if (BROWSER_MODULES.test(edge.specifier)) say('components get the browser passed in');
      else if (edge.to === 'shell/storage' || edge.to === 'shell/messaging') say('components get storage and messaging passed in');
    }
  }
  return breaks;
}
