#!/usr/bin/env node
// `npm run release:bump -- <patch|minor|major>`: the one place a version changes. Sets it in package.json
// (and the lockfile) with `npm version` — WXT writes the manifest's version from package.json, and the zips
// are named from it — and turns CHANGELOG.md's Unreleased section into that version, dated today (UTC).
// Commits and tags nothing: look at the diff, then follow README.md's "Releasing".
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { releaseChangelog } from './release/changelog.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const CHANGELOG = join(ROOT, 'CHANGELOG.md');
const level = process.argv[2];
if (!['patch', 'minor', 'major'].includes(level ?? '')) {
  console.error('Usage: npm run release:bump -- <patch|minor|major>');
  process.exit(2);
}

// Check the change log before changing anything, so a refused bump leaves no half-made release.
const changelog = readFileSync(CHANGELOG, 'utf8');
releaseChangelog(changelog, '0.0.0-check', '0000-00-00');

const bumped = spawnSync('npm', ['version', level, '--no-git-tag-version'], { cwd: ROOT, stdio: 'inherit', shell: process.platform === 'win32' });
if (bumped.status !== 0) process.exit(bumped.status ?? 1);
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
writeFileSync(CHANGELOG, releaseChangelog(changelog, version, new Date().toISOString().slice(0, 10)));
console.log(`\nVersion ${version}: package.json, package-lock.json and CHANGELOG.md updated.`);
console.log(`Next: git commit -am "Release ${version}" && git tag v${version}, then README.md's "Releasing".`);
