/** Types for scripts/release/changelog.mjs (used by its unit test). */
export const UNRELEASED: string;
export function releaseChangelog(changelog: string, version: string, date: string): string;
