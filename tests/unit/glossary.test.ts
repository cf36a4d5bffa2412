/**
 * One name for each thing (docs/glossary.md): no locale message may use a retired name. The list of retired
 * names is read from the glossary itself, so retiring a name there is enough to hold every message to it.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES as SHIPPED } from '../../lib/locales/locales';
import { translatedMessages } from '../../scripts/locale-messages';

const ROOT = resolve(import.meta.dirname, '../..');
const LOCALES = join(ROOT, 'lib/locales/en');

/** The "- retired → replacement" lines under "## Retired names". */
function retiredNames(glossary: string): Array<{ retired: string; use: string }> {
  const section = glossary.split(/^## Retired names\s*$/m)[1] ?? '';
  return [...section.matchAll(/^- (.+?) → (.+)$/gm)].map(([, retired, use]) => ({ retired: retired!.trim(), use: use!.trim() }));
}

/** Messages that use `retired` (or its plural) as a phrase, not inside a longer word, ignoring case. */
function usesOf(retired: string, messages: Record<string, string>): string[] {
  const escaped = retired.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`(^|[^\\p{L}-])${escaped}s?(?![\\p{L}])`, 'iu');
  return Object.entries(messages)
    .filter(([, text]) => pattern.test(text))
    .map(([key]) => key);
}

const glossary = readFileSync(join(ROOT, 'docs/glossary.md'), 'utf8');
const messages: Record<string, string> = {};
for (const file of readdirSync(LOCALES).filter((f) => f.endsWith('.json'))) {
  const entries = JSON.parse(readFileSync(join(LOCALES, file), 'utf8')) as Record<string, { message: string }>;
  for (const [key, entry] of Object.entries(entries)) messages[key] = entry.message;
}

describe('the glossary', () => {
  const retired = retiredNames(glossary);

  it('lists the retired names it replaced', () => {
    expect(retired.map((r) => r.retired)).toEqual(expect.arrayContaining(['posture check-in', 'feeding check', 'when to see a clinician']));
  });

  it('finds a retired name in a message, whatever its case, but not inside another word', () => {
    expect(usesOf('feeding check', { a: 'Feeding check at 3:09 PM', b: 'Two feeding checks', c: 'A feeding checklist' })).toEqual(['a', 'b']);
    expect(usesOf('check-in', { a: 'Posture check-in', b: 'check-ins every 10 min', c: 'recheck-in' })).toEqual(['a', 'b']);
  });

  it.each(retired)('no locale message says "$retired" (use "$use")', ({ retired: name }) => {
    expect(usesOf(name, messages)).toEqual([]);
  });
});

/**
 * Each translation's glossary (docs/glossary.<locale>.md): a table of the English name, the locale's name and a
 * "Check" stem. Every message of that locale whose English message uses the English name must contain the stem,
 * so one thing keeps one name in every language too.
 */
function localeGlossary(markdown: string): Array<{ english: string; name: string; check: string | null }> {
  return [...markdown.matchAll(/^\|\s*([^|]+?)\s*\|\s*([^|]+?)\s*\|\s*([^|]*?)\s*\|\s*$/gm)]
    .map(([, english, name, check]) => ({ english: english!, name: name!, check: check && !/^[—–-]*$/.test(check) ? check.toLowerCase() : null }))
    .filter((row) => row.english !== 'English' && !/^-+$/.test(row.english));
}

const ENGLISH_NAMES = [...glossary.matchAll(/^\| (\*\*.+?)\s*\|/gm)].map(([, cell]) => cell!.replaceAll('**', '').replace(/\s*\(.*\)$/, '').trim());

describe.each(SHIPPED.filter((locale) => locale !== 'en'))('the %s glossary', (locale) => {
  const file = join(ROOT, `docs/glossary.${locale}.md`);
  const rows = existsSync(file) ? localeGlossary(readFileSync(file, 'utf8')) : [];
  const own = existsSync(join(ROOT, 'lib/locales', locale)) ? translatedMessages(locale) : {};

  it('names every glossary entry', () => {
    expect(rows.map((row) => row.english).sort()).toEqual([...ENGLISH_NAMES].sort());
  });

  it('holds the messages to it: a message about a named thing uses its name', () => {
    let checked = 0;
    const misses = rows.flatMap(({ english, check }) => {
      if (!check) return [];
      const term = english.toLowerCase();
      const using = Object.entries(messages).filter(([key, text]) => text.toLowerCase().includes(term) && own[key] !== undefined);
      checked += using.length;
      return using.filter(([key]) => !own[key]!.toLowerCase().includes(check)).map(([key]) => `${key}: "${own[key]}" lacks "${check}" (${english})`);
    });
    expect(misses).toEqual([]);
    expect(checked, 'messages held to a glossary name').toBeGreaterThan(30);
  });
});
