/**
 * Word runs for the copying guard: how text is cut into runs of six words and hashed. scripts/seed-runs.ts
 * builds the fixture with these; tests/unit/tips.test.ts ("our own words") checks our texts with the same, so
 * both sides compare like with like.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';

/** How many words in a row count as copying. */
export const RUN_LENGTH = 6;

export const FIXTURE_PATH = resolve(import.meta.dirname, '../tests/fixtures/seed-runs.json');

export interface SeedRunsFixture {
  about: string;
  runLength: number;
  /** One line per article: its file and how many distinct runs it gave. */
  articles: Array<{ file: string; runs: number }>;
  /** Sorted, distinct: hashRun() of every run of every article. */
  hashes: string[];
}

/** Lower case, curly quotes straightened, apostrophes dropped, punctuation gone: words only. */
export function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/'/g, '')
    .split(/[^a-z0-9%#]+/)
    .filter((w) => w !== '');
}

/** Every run of `length` consecutive words, joined by single spaces. */
export function runsOf(list: readonly string[], length = RUN_LENGTH): string[] {
  const runs: string[] = [];
  for (let i = 0; i + length <= list.length; i++) runs.push(list.slice(i, i + length).join(' '));
  return runs;
}

/** The first 12 hex digits of the run's SHA-256: short, and a chance collision is about one in 10^10 here. */
export function hashRun(run: string): string {
  return createHash('sha256').update(run).digest('hex').slice(0, 12);
}

export function buildFixture(folder: string): SeedRunsFixture {
  const files = readdirSync(folder).filter((name) => name.endsWith('.txt')).sort();
  const all = new Set<string>();
  const articles = files.map((file) => {
    const hashes = new Set(runsOf(words(readFileSync(join(folder, file), 'utf8'))).map(hashRun));
    for (const hash of hashes) all.add(hash);
    return { file: basename(file), runs: hashes.size };
  });
  return {
    about: `Hashed ${RUN_LENGTH}-word runs of the source articles, for the copying guard. Made by scripts/seed-runs.ts; do not edit.`,
    runLength: RUN_LENGTH,
    articles,
    hashes: [...all].sort(),
  };
}
