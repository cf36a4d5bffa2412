// Sizes of the built Chrome extension: what each entrypoint loads first (its HTML's script and style tags, and
// every chunk those reach through static imports), what it loads later (dynamic imports, reported as "lazy"),
// each gzipped at level 9; and the floor, Preact + @preact/signals bundled alone.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export const gz = (bytes) => gzipSync(bytes, { level: 9 }).length;

const STATIC_IMPORT = /\b(?:import|export)\s*(?:[^"'`();=]*?\bfrom\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g;
const DYNAMIC_IMPORT = /\bimport\(\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]\s*\)/g;
/** Vite's preload list for dynamic imports (paths from the extension root), CSS included. */
const PRELOAD_DEPS = /__vite__mapDeps\s*=\s*\([^)]*\)\s*=>[^[]*\[([^\]]*)\]/;

function file(root, path) {
  const bytes = readFileSync(join(root, path));
  return { path, bytes: bytes.length, gzip: gz(bytes) };
}

function importsOf(root, path, pattern) {
  const source = readFileSync(join(root, path), 'utf8');
  return [...source.matchAll(pattern)].map((m) => posix.join(posix.dirname(path), m[1]));
}

function preloadCss(root, path) {
  const match = readFileSync(join(root, path), 'utf8').match(PRELOAD_DEPS);
  if (!match) return [];
  return [...match[1].matchAll(/["'`]([^"'`]+\.css)["'`]/g)].map((m) => m[1]);
}

/** Every JS file reachable from `starts` through static imports. */
function staticClosure(root, starts) {
  const seen = new Set();
  const queue = [...starts];
  while (queue.length > 0) {
    const path = queue.shift();
    if (seen.has(path)) continue;
    if (!existsSync(join(root, path))) throw new Error(`${path} is imported but missing from the build`);
    seen.add(path);
    queue.push(...importsOf(root, path, STATIC_IMPORT));
  }
  return seen;
}

/** The tags an HTML entrypoint loads: module scripts, module preloads and stylesheets, and its inline styles. */
function htmlAssets(root, htmlPath) {
  const html = readFileSync(join(root, htmlPath), 'utf8');
  const js = [];
  const css = [];
  const inline = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('\n');
  for (const tag of html.match(/<(?:script|link)\b[^>]*>/g) ?? []) {
    const url = tag.match(/\b(?:src|href)="([^"]+)"/)?.[1];
    if (!url || /^[a-z]+:/i.test(url)) continue;
    const path = url.replace(/^\//, '');
    if (tag.startsWith('<script')) js.push(path);
    else if (/rel="modulepreload"/.test(tag)) js.push(path);
    else if (/rel="stylesheet"/.test(tag)) css.push(path);
  }
  return { js, css, inlineCss: inline ? { path: `${htmlPath} <style>`, bytes: Buffer.byteLength(inline), gzip: gz(Buffer.from(inline)) } : null };
}

/** First-load and lazy files of one entrypoint, given its first JS files and CSS (and the styles in its page). */
function entry(root, name, firstJs, firstCss, inlineCss = null) {
  const js = staticClosure(root, firstJs);
  const css = new Set(firstCss);
  const lazy = [];
  const lazySeen = new Set(js);
  const pending = [...js].flatMap((path) => importsOf(root, path, DYNAMIC_IMPORT).map((target) => ({ from: path, target })));
  while (pending.length > 0) {
    const { target } = pending.shift();
    if (lazySeen.has(target)) continue;
    // A lazy chunk brings along whatever it imports statically that is not loaded yet.
    const files = [...staticClosure(root, [target])].filter((path) => !lazySeen.has(path));
    files.forEach((path) => lazySeen.add(path));
    const lazyCss = [...js, ...files].flatMap((path) => preloadCss(root, path)).filter((path) => !css.has(path) && existsSync(join(root, path)));
    const all = [...files, ...new Set(lazyCss)].map((path) => file(root, path));
    lazy.push({
      name: posix.basename(target).replace(/-[\w-]{8}\.js$/, '').replace(/\.js$/, ''),
      files: all,
      gzip: all.reduce((sum, f) => sum + f.gzip, 0),
    });
    for (const path of files) pending.push(...importsOf(root, path, DYNAMIC_IMPORT).map((t) => ({ from: path, target: t })));
  }
  const jsFiles = [...js].map((path) => file(root, path));
  const cssFiles = [...(inlineCss ? [inlineCss] : []), ...[...css].map((path) => file(root, path))];
  const sum = (files) => files.reduce((total, f) => total + f.gzip, 0);
  return { name, js: jsFiles, css: cssFiles, jsGzip: sum(jsFiles), cssGzip: sum(cssFiles), totalGzip: sum(jsFiles) + sum(cssFiles), lazy };
}

/** Sizes of the Chrome build in `root` (.output/chrome-mv3). */
export function measureSizes(root) {
  const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));
  const entries = [];
  for (const [name, html] of [['popup', manifest.action?.default_popup ?? 'popup.html'], ['options', manifest.options_ui?.page ?? manifest.options_page ?? 'options.html']]) {
    if (!existsSync(join(root, html))) throw new Error(`${html} is not in the build`);
    const { js, css, inlineCss } = htmlAssets(root, html);
    if (js.length === 0) throw new Error(`${html} loads no script`);
    entries.push(entry(root, name, js, css, inlineCss));
  }
  const worker = manifest.background?.service_worker;
  if (!worker) throw new Error('the manifest has no background.service_worker');
  entries.push(entry(root, 'background', [worker], []));
  const everything = walk(root).map((path) => file(root, path));
  return { entries, files: everything };
}

function walk(root, dir = root) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(root, path) : [relative(root, path).split('\\').join('/')];
  });
}

/** Bundles a small script as the product is bundled for the browser (minified ES module). */
export async function bundleScript(contents, projectRoot, name) {
  const { build } = await import('esbuild');
  const result = await build({
    stdin: { contents, resolveDir: projectRoot, loader: 'js', sourcefile: name },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  return result.outputFiles[0].contents;
}

/** Preact + @preact/signals alone: the least a Preact popup can weigh. */
export async function measureFloor(projectRoot) {
  const contents = [
    "import { render, h } from 'preact';",
    "import { signal, effect } from '@preact/signals';",
    'const count = signal(1);',
    'effect(() => void count.value);',
    "render(h('p', null, count.value), document.body);",
  ].join('\n');
  const bytes = await bundleScript(contents, projectRoot, 'floor.js');
  const version = (name) => JSON.parse(readFileSync(join(projectRoot, 'node_modules', name, 'package.json'), 'utf8')).version;
  return { bytes: bytes.length, gzip: gz(bytes), what: `preact ${version('preact')} + @preact/signals ${version('@preact/signals')}, esbuild --minify --format=esm` };
}

export const zipDir = (root) => dirname(root);

const WORDS_ENTRY = /["'`]\.\/tip-words\/([\w-]+)\/([\w-]+)\.ts["'`]\s*:\s*\(\)\s*=>[^`"']*?import\(\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g;

/**
 * The tip-words chunks an entrypoint can load, by locale: each is a lazy load of its own (with whatever it
 * brings that is not loaded yet), found through the words map the first-load code holds
 * (`"./tip-words/<locale>/<group>.ts": () => import("./<chunk>.js")`).
 * @returns {Record<string, Array<{ group: string, gzip: number }>>}
 */
export function tipWordsByLocale(root, measured) {
  const byLocale = {};
  for (const { path } of measured.js) {
    const source = readFileSync(join(root, path), 'utf8');
    for (const [, locale, group, target] of source.matchAll(WORDS_ENTRY)) {
      const chunk = posix.join(posix.dirname(path), target);
      const lazy = measured.lazy.find((l) => l.files[0]?.path === chunk);
      (byLocale[locale] ??= []).push({ group, gzip: lazy ? lazy.gzip : file(root, chunk).gzip });
    }
  }
  return byLocale;
}
