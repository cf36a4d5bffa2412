/**
 * Writes tests/fixtures/seed-runs.json: every run of six words in the source articles, hashed, so the copying
 * guard (tests/unit/tips.test.ts, "our own words") runs from the repository alone, without the articles.
 *
 *   npm run fixture:seed-runs -- [articles folder]     (default: ../shared/seeds beside the repository)
 *
 * Run it again only when the set of articles changes.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildFixture, FIXTURE_PATH } from './word-runs';

const folder = resolve(process.argv[2] ?? resolve(import.meta.dirname, '../../shared/seeds'));
const fixture = buildFixture(folder);
writeFileSync(FIXTURE_PATH, `${JSON.stringify(fixture, null, 1)}\n`);
console.log(`${FIXTURE_PATH}: ${fixture.hashes.length} runs from ${fixture.articles.length} articles`);
