// The change log's release step, pure: what is under "## [Unreleased]" becomes "## [<version>] - <date>",
// and an empty Unreleased section is left on top for the next changes (Keep a Changelog's shape).

export const UNRELEASED = '## [Unreleased]';

/**
 * @param {string} changelog the whole CHANGELOG.md
 * @param {string} version e.g. "0.2.0"
 * @param {string} date ISO day, e.g. "2026-12-01"
 * @returns {string} the new CHANGELOG.md
 * Throws when there is no Unreleased section, when it is empty (a release says what changed), or when the
 * version is already in the log.
 */
export function releaseChangelog(changelog, version, date) {
  const lines = changelog.split('\n');
  const start = lines.indexOf(UNRELEASED);
  if (start < 0) throw new Error(`CHANGELOG.md has no "${UNRELEASED}" section`);
  if (lines.some((line) => line.startsWith(`## [${version}]`))) throw new Error(`CHANGELOG.md already has ${version}`);
  const next = lines.findIndex((line, i) => i > start && line.startsWith('## '));
  const body = lines.slice(start + 1, next < 0 ? lines.length : next);
  if (!body.some((line) => line.startsWith('- '))) throw new Error(`Nothing is listed under "${UNRELEASED}": say what changed first`);
  return [...lines.slice(0, start + 1), '', `## [${version}] - ${date}`, ...lines.slice(start + 1)].join('\n');
}
