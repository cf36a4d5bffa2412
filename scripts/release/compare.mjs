// The pure half of `npm run verify:release`: read the reviewers' build steps from a README, and compare two
// file trees by content hash. No file system, no processes: the script (scripts/verify-release.mjs) feeds it.
import { createHash } from 'node:crypto';

/** The README heading under which reviewers find how to rebuild the add-on from the sources zip. */
export const REVIEWERS_HEADING = '## Building from source (for reviewers)';

/**
 * The steps a reviewer follows, as written in the README's reviewers' section: the Node.js major version it
 * names ("Node.js 20") and the commands of its first ```sh block, one per line (comments after `#` dropped).
 * Throws when the section, the version or the commands are missing: then there is nothing to follow.
 * @param {string} readme
 * @returns {{ nodeMajor: number, commands: string[] }}
 */
export function reviewerSteps(readme) {
  const start = readme.split('\n').indexOf(REVIEWERS_HEADING);
  if (start < 0) throw new Error(`The README has no "${REVIEWERS_HEADING}" section`);
  const rest = readme.split('\n').slice(start + 1).join('\n');
  const next = rest.search(/^## /m);
  const section = next < 0 ? rest : rest.slice(0, next);
  const node = /Node\.js (\d+)/.exec(section);
  if (!node) throw new Error('The reviewers\' section does not say which Node.js version to use ("Node.js 20")');
  const block = /```sh\n([\s\S]*?)```/.exec(section);
  const commands = (block?.[1] ?? '')
    .split('\n')
    .map((line) => line.replace(/\s#.*$/, '').trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
  if (commands.length === 0) throw new Error('The reviewers\' section has no ```sh block of build commands');
  return { nodeMajor: Number(node[1]), commands };
}

/** @param {Uint8Array} bytes @returns {string} hex SHA-256 */
export function sha256(bytes) {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Compares the store package with the rebuild, file by file. Both are maps from a `/`-separated path
 * relative to the extension's root to that file's content hash.
 * @param {Map<string, string>} packaged what the store gets (the Firefox package zip)
 * @param {Map<string, string>} rebuilt what the reviewer's steps produced
 * @returns {{ identical: boolean, onlyInPackage: string[], onlyInRebuild: string[], differing: string[], same: number }}
 */
export function compareTrees(packaged, rebuilt) {
  const onlyInPackage = [];
  const differing = [];
  let same = 0;
  for (const [path, hash] of packaged) {
    if (!rebuilt.has(path)) onlyInPackage.push(path);
    else if (rebuilt.get(path) !== hash) differing.push(path);
    else same++;
  }
  const onlyInRebuild = [...rebuilt.keys()].filter((path) => !packaged.has(path));
  const sort = (list) => list.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    identical: onlyInPackage.length + onlyInRebuild.length + differing.length === 0,
    onlyInPackage: sort(onlyInPackage),
    onlyInRebuild: sort(onlyInRebuild),
    differing: sort(differing),
    same,
  };
}

/**
 * The comparison in words, one line per difference.
 * @param {ReturnType<typeof compareTrees>} result
 * @returns {string}
 */
export function describeComparison(result) {
  if (result.identical) return `identical: ${result.same} files, every one the same byte for byte`;
  return [
    `DIFFERENT: ${result.same} files the same, ${result.differing.length} differ, ` +
      `${result.onlyInPackage.length} only in the package, ${result.onlyInRebuild.length} only in the rebuild`,
    ...result.differing.map((path) => `  differs:             ${path}`),
    ...result.onlyInPackage.map((path) => `  only in the package: ${path}`),
    ...result.onlyInRebuild.map((path) => `  only in the rebuild: ${path}`),
  ].join('\n');
}
