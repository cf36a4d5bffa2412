import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { releaseChangelog } from '../../scripts/release/changelog.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const CHANGELOG = readFileSync(resolve(ROOT, 'CHANGELOG.md'), 'utf8');
const { version } = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8'));

describe('CHANGELOG.md', () => {
  it('has the Keep a Changelog shape: Unreleased on top, then versions newest first, each dated', () => {
    const headings = CHANGELOG.split('\n').filter((line) => line.startsWith('## '));
    expect(headings[0]).toBe('## [Unreleased]');
    for (const heading of headings.slice(1)) expect(heading).toMatch(/^## \[\d+\.\d+\.\d+\] - \d{4}-\d{2}-\d{2}$/);
  });

  it('has an entry for the version in package.json (the manifest\'s version)', () => {
    expect(CHANGELOG).toMatch(new RegExp(`^## \\[${version.replace(/\./g, '\\.')}\\] - `, 'm'));
  });
});

describe('releaseChangelog', () => {
  const log = '# Changelog\n\n## [Unreleased]\n\n### Added\n\n- A thing.\n\n## [0.1.0] - 2026-11-22\n\n- First.\n';

  it('dates what is unreleased as the new version and leaves an empty Unreleased on top', () => {
    expect(releaseChangelog(log, '0.2.0', '2026-12-01')).toBe(
      '# Changelog\n\n## [Unreleased]\n\n## [0.2.0] - 2026-12-01\n\n### Added\n\n- A thing.\n\n## [0.1.0] - 2026-11-22\n\n- First.\n',
    );
  });

  it.each([
    ['no Unreleased section', '# Changelog\n\n## [0.1.0] - 2026-11-22\n\n- First.\n', '0.2.0', /no "## \[Unreleased\]"/],
    ['nothing unreleased', '# Changelog\n\n## [Unreleased]\n\n### Added\n\n## [0.1.0] - 2026-11-22\n\n- First.\n', '0.2.0', /Nothing is listed/],
    ['a version already released', log, '0.1.0', /already has 0\.1\.0/],
  ])('refuses a log with %s', (_, text, next, message) => {
    expect(() => releaseChangelog(text, next, '2026-12-01')).toThrow(message);
  });
});
