#!/usr/bin/env node
// `npm run verify:release`: proves that Mozilla's reviewers can rebuild the Firefox add-on from its sources zip.
//   1. `wxt zip -b firefox --mv3` makes the package and the sources zip, as `npm run zip` does;
//   2. the sources zip is extracted into an empty temporary directory;
//   3. the build steps written in that copy's README ("Building from source (for reviewers)") are run there,
//      as a reviewer would run them, after checking that this is the Node.js major version the README names;
//   4. every file the rebuild produced (.output/firefox-mv3) is compared by SHA-256 with the package's.
// Identical: exit 0. Otherwise the differences are listed and the exit code is 1 (2: a step could not run).
// Options: --sources <zip> --package <zip> check those zips instead of making new ones (e.g. the ones about
// to be uploaded); --keep leaves the temporary directory for a look.
// `npm ci` in the copy is most of the time (40 s with a warm npm cache on a quiet machine, 85–125 s on a busy
// one); the npm cache is preferred over the registry, and the registry is used for anything it lacks.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import JSZip from 'jszip';
import { compareTrees, describeComparison, reviewerSteps, sha256 } from './release/compare.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const OUTPUT = join(ROOT, '.output');
const started = Date.now();
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

function option(name) {
  const at = process.argv.indexOf(name);
  return at < 0 ? undefined : resolve(process.argv[at + 1] ?? '');
}

function fail(message, code = 2) {
  console.error(`✗ verify:release: ${message}`);
  process.exit(code);
}

/** Runs a shell command line the way a reviewer types it; output shown. */
function sh(commandLine, cwd, env = process.env) {
  const since = Date.now();
  console.log(`\n$ ${commandLine}    (in ${cwd})`);
  const result = spawnSync(commandLine, { cwd, env, stdio: 'inherit', shell: true });
  if (result.status !== 0) fail(`"${commandLine}" failed (exit code ${result.status})`);
  console.log(`  … ${seconds(since)}`);
}

/** path → SHA-256 of every file in a zip (directories skipped). */
async function zipHashes(zip) {
  const hashes = new Map();
  for (const entry of Object.values(zip.files)) {
    if (!entry.dir) hashes.set(entry.name, sha256(await entry.async('uint8array')));
  }
  return hashes;
}

/** path → SHA-256 of every file under a directory, paths `/`-separated and relative to it. */
function directoryHashes(dir) {
  const hashes = new Map();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = join(entry.parentPath, entry.name);
    hashes.set(relative(dir, file).split(sep).join('/'), sha256(readFileSync(file)));
  }
  return hashes;
}

// ── 1. The package and the sources zip ──────────────────────────────────────────────────────────────────
const { name, version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
let sourcesZip = option('--sources');
let packageZip = option('--package');
if (!sourcesZip || !packageZip) {
  sh('npx wxt zip -b firefox --mv3', ROOT);
  // The names WXT's default templates give ({{name}}-{{version}}-sources.zip, …-{{browser}}.zip).
  sourcesZip ??= join(OUTPUT, `${name}-${version}-sources.zip`);
  packageZip ??= join(OUTPUT, `${name}-${version}-firefox.zip`);
}

// ── 2. An empty directory with the sources in it ───────────────────────────────────────────────────────
const work = mkdtempSync(join(tmpdir(), 'btc-reviewer-'));
const sources = await JSZip.loadAsync(readFileSync(sourcesZip));
for (const entry of Object.values(sources.files)) {
  if (entry.dir) continue;
  const target = resolve(work, entry.name);
  if (!target.startsWith(work + sep)) fail(`the sources zip has a path outside its root: ${entry.name}`);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, await entry.async('uint8array'));
}
console.log(`\nExtracted ${relative(ROOT, sourcesZip)} (${Object.values(sources.files).filter((e) => !e.dir).length} files) into ${work}`);

// ── 3. The reviewers' steps, from the copy's own README ─────────────────────────────────────────────────
let steps;
try {
  steps = reviewerSteps(readFileSync(join(work, 'README.md'), 'utf8'));
} catch (error) {
  fail(`the sources zip's README: ${error instanceof Error ? error.message : error}`);
}
const nodeMajor = Number(process.versions.node.split('.')[0]);
if (nodeMajor !== steps.nodeMajor) {
  fail(`the README tells reviewers to use Node.js ${steps.nodeMajor}; this is Node.js ${process.versions.node}`);
}
// A reviewer's fresh shell: none of this npm run's own npm_* variables, the npm cache before the registry.
const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.toLowerCase().startsWith('npm_')));
Object.assign(env, { npm_config_prefer_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' });
const buildStarted = Date.now();
for (const command of steps.commands) sh(command, work, env);
const buildTime = seconds(buildStarted);

// ── 4. File by file ─────────────────────────────────────────────────────────────────────────────────────
const result = compareTrees(
  await zipHashes(await JSZip.loadAsync(readFileSync(packageZip))),
  directoryHashes(join(work, '.output', 'firefox-mv3')),
);
console.log(`\n${relative(ROOT, packageZip)} vs. the rebuild from ${relative(ROOT, sourcesZip)}:`);
console.log(describeComparison(result));
console.log(`(reviewers' steps ${buildTime}, ${seconds(started)} in all)`);
if (process.argv.includes('--keep')) {
  console.log(`Kept ${work}`);
} else if (process.platform === 'win32') {
  rmSync(work, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
} else {
  // Its node_modules holds some 700 packages: deleting them took 90 s on a busy 2-core machine, longer than
  // the build. The verdict does not wait for it: a detached `rm -rf` of our own temporary directory does it.
  spawn('rm', ['-rf', work], { detached: true, stdio: 'ignore' }).unref();
}
if (!result.identical) fail('the Firefox package cannot be rebuilt from its sources zip', 1);
console.log('✓ verify:release: the Firefox package is rebuilt byte for byte from its sources zip');
