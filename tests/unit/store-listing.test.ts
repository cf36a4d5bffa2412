import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../lib/locales/locales';
import { CAPTIONED, LISTING_LIMITS, listingProblems, parseListing } from '../../scripts/release/listing.mjs';

const ROOT = resolve(import.meta.dirname, '../..');

const listingFile = (locale: string) => resolve(ROOT, 'docs/store/listing', `${locale}.md`);

describe('the store listing', () => {
  it('exists for every locale the extension ships', () => {
    expect(LOCALES).toContain('en');
    for (const locale of LOCALES) expect(existsSync(listingFile(locale)), locale).toBe(true);
  });

  it.each(LOCALES)('%s fits the stores\' limits (Chrome\'s summary: 132 characters)', (locale) => {
    const listing = parseListing(readFileSync(listingFile(locale), 'utf8'));
    expect(listingProblems(listing)).toEqual([]);
    expect(LISTING_LIMITS.summary).toBe(132);
    expect(Object.keys(listing.captions).sort()).toEqual([...CAPTIONED].sort());
  });

  it('uses the extension\'s own name and summary', () => {
    const listing = parseListing(readFileSync(listingFile('en'), 'utf8'));
    const messages = readdirSync(resolve(ROOT, 'lib/locales/en')).map((f) => JSON.parse(readFileSync(resolve(ROOT, 'lib/locales/en', f), 'utf8')));
    const extName = messages.find((m) => m.extName)?.extName.message;
    expect(listing.name).toBe(extName);
  });
});

describe('listingProblems', () => {
  const fine = { name: 'Back to Core', summary: 'Short.', description: 'Long.', captions: Object.fromEntries(CAPTIONED.map((id) => [id, 'A caption'])), promo: 'A line' };

  it('finds nothing wrong with a listing inside the limits', () => {
    expect(listingProblems(fine)).toEqual([]);
  });

  it.each([
    ['a summary of 133 characters', { summary: 'x'.repeat(133) }, 'the summary has 133 characters, more than 132'],
    ['an empty description', { description: '' }, 'the description is empty'],
    ['a name too long for AMO', { name: 'n'.repeat(51) }, 'the name has 51 characters, more than 50'],
    ['a missing caption', { captions: {} }, 'the popup caption is empty'],
    ['a summary on two lines', { summary: 'one\ntwo' }, 'the summary is more than one line'],
  ])('reports %s', (_, change, problem) => {
    expect(listingProblems({ ...fine, ...change })).toContain(problem);
  });

  it('reads the sections of a listing file', () => {
    const listing = parseListing('# x\n\n## Name\n\nApp\n\n## Summary\n\nS\n\n## Description\n\nD1\n\nD2\n\n## Screenshot captions\n\n- popup: P\n\n## Promo tile\n\nT\n');
    expect(listing).toEqual({ name: 'App', summary: 'S', description: 'D1\n\nD2', captions: { popup: 'P' }, promo: 'T' });
  });
});
