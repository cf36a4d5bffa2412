import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareTrees, describeComparison, reviewerSteps, sha256 } from '../../scripts/release/compare.mjs';

const README = readFileSync(resolve(import.meta.dirname, '../../README.md'), 'utf8');
const bytes = (text: string) => new TextEncoder().encode(text);
const tree = (files: Record<string, string>) => new Map(Object.entries(files).map(([path, text]) => [path, sha256(bytes(text))]));

describe('reviewerSteps', () => {
  it('reads the Node.js version and the build commands from our README', () => {
    expect(reviewerSteps(README)).toEqual({ nodeMajor: 20, commands: ['npm ci', 'npm run build:firefox'] });
  });

  it('matches what package.json declares: the Node range and a build:firefox script', () => {
    const pkg = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../package.json'), 'utf8'));
    expect(pkg.engines.node).toMatch(new RegExp(`^>=${reviewerSteps(README).nodeMajor}\\.`));
    expect(pkg.scripts['build:firefox']).toBe('wxt build -b firefox --mv3');
  });

  it.each([
    ['no reviewers\' section', '# App\n\n## Set-up\n```sh\nnpm ci\n```\n', /no "## Building from source/],
    ['no Node version', '## Building from source (for reviewers)\n\n```sh\nnpm ci\n```\n', /Node\.js version/],
    ['no commands', '## Building from source (for reviewers)\n\nUse Node.js 20.\n\n## Next\n```sh\nnpm ci\n```\n', /no ```sh block/],
  ])('refuses a README with %s', (_, readme, message) => {
    expect(() => reviewerSteps(readme)).toThrow(message);
  });
});

describe('compareTrees', () => {
  const packaged = tree({ 'manifest.json': '{"version":"0.1.0"}', 'background.js': 'main()', 'icon/16.png': 'png' });

  it('finds two equal trees identical', () => {
    const result = compareTrees(packaged, tree({ 'icon/16.png': 'png', 'background.js': 'main()', 'manifest.json': '{"version":"0.1.0"}' }));
    expect(result).toEqual({ identical: true, onlyInPackage: [], onlyInRebuild: [], differing: [], same: 3 });
    expect(describeComparison(result)).toBe('identical: 3 files, every one the same byte for byte');
  });

  it('fails on one changed byte and names the file', () => {
    const result = compareTrees(packaged, tree({ 'manifest.json': '{"version":"0.1.0"}', 'background.js': 'main();', 'icon/16.png': 'png' }));
    expect(result.identical).toBe(false);
    expect(result.differing).toEqual(['background.js']);
    expect(describeComparison(result)).toContain('differs:             background.js');
  });

  it('lists files missing from either side, sorted', () => {
    const result = compareTrees(packaged, tree({ 'manifest.json': '{"version":"0.1.0"}', 'chunks/b.js': '', 'chunks/a.js': '' }));
    expect(result).toMatchObject({
      identical: false,
      onlyInPackage: ['background.js', 'icon/16.png'],
      onlyInRebuild: ['chunks/a.js', 'chunks/b.js'],
      same: 1,
    });
    expect(describeComparison(result).split('\n')).toHaveLength(5);
  });
});
