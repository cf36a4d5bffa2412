/**
 * Every shipped locale says everything English says: the same message keys, the same placeholders, nothing
 * left in English, and the same tips, notes and cues. Each failure names the locale and the key.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES, type Locale } from '../../lib/locales/locales';
import { TIP_INDEX } from '../../lib/tips/tip-index';
import type { TipWords } from '../../lib/tips/tip-index';
import { mergedMessages, placeholdersOf, shippedLocales, translatedMessages } from '../../scripts/locale-messages';

const ROOT = resolve(import.meta.dirname, '../..');
/** The tip groups, as the index uses them (each has a words file per locale). */
const TIP_GROUPS = [...new Set(TIP_INDEX.map((tip) => tip.group))];
const ENGLISH = mergedMessages('en');
const TRANSLATIONS = LOCALES.filter((locale) => locale !== 'en');

const WORDS = import.meta.glob<Record<string, TipWords>>('../../lib/tips/tip-words/*/*.ts', { import: 'WORDS', eager: true });
const WHY = import.meta.glob<Record<string, string>>('../../lib/tips/tip-why/*.ts', { import: 'WHY', eager: true });
const wordsOf = (locale: Locale): Record<string, TipWords> =>
  Object.assign({}, ...TIP_GROUPS.map((group) => WORDS[`../../lib/tips/tip-words/${locale}/${group}.ts`] ?? {}));
const whyOf = (locale: Locale) => WHY[`../../lib/tips/tip-why/${locale}.ts`] ?? {};

/**
 * Messages that may read as English does in another language: names, and words that are spelt the same there.
 * Everything else the same as English is a message someone forgot to translate.
 */
const SAME_IN_EVERY_LANGUAGE = new Set([
  'extName', // the product's name
  'messagesLocale', // differs by design; never equal
]);
const SAME_AS_ENGLISH: Partial<Record<Locale, readonly string[]>> = {
  es: ['optionsNo'], // "No"
  fr: ['optionsUnitMinutes', 'optionsNotificationsTitle'], // "minutes", "Notifications"
};
/** Nothing to translate once the placeholders, digits and punctuation are gone ("$MINUTES$ min", "$DAY$ $TIME$"). */
const wordless = (message: string) =>
  message
    .replace(/\$[A-Za-z0-9_@]+\$|\$\d/g, '')
    .replace(/\b(min|h|s|km|kg|°|Alt|Shift|F|OK|NHS|NICE)\b/g, '')
    .replace(/[^\p{L}]/gu, '').length === 0;

describe('the shipped locales', () => {
  it('are the ones lib/locales/locales.ts declares, each with its folder and its messagesLocale', () => {
    expect(shippedLocales()).toEqual([...LOCALES].sort());
    for (const locale of LOCALES) expect(mergedMessages(locale).messagesLocale?.message, locale).toBe(locale);
  });
});

describe.each(TRANSLATIONS)('the %s messages', (locale) => {
  const own = existsSync(join(ROOT, 'lib/locales', locale)) ? translatedMessages(locale) : {};

  it('have every English key, and no other', () => {
    expect(Object.keys(ENGLISH).filter((key) => !(key in own)), `missing in ${locale}`).toEqual([]);
    expect(Object.keys(own).filter((key) => !(key in ENGLISH)), `unknown in ${locale}`).toEqual([]);
  });

  it('keep exactly the English placeholders', () => {
    const differ = Object.entries(own)
      .filter(([key, message]) => ENGLISH[key] && placeholdersOf(message).join() !== placeholdersOf(ENGLISH[key]!.message).join())
      .map(([key, message]) => `${key}: ${message}`);
    expect(differ, `placeholders differ in ${locale}`).toEqual([]);
  });

  it('leave nothing in English (beyond names and units)', () => {
    const english = Object.entries(own)
      .filter(([key, message]) => message === ENGLISH[key]?.message && !wordless(message))
      .filter(([key]) => !SAME_IN_EVERY_LANGUAGE.has(key) && !SAME_AS_ENGLISH[locale]?.includes(key))
      .map(([key]) => key);
    expect(english, `still in English in ${locale}`).toEqual([]);
  });

  it('keep each notification cue short enough to read at a glance (at most 100 characters)', () => {
    const cueKeys = Object.keys(ENGLISH).filter((key) => key.startsWith('cue_') || key.startsWith('checkIn'));
    expect(cueKeys.filter((key) => (own[key] ?? '').length > 100), locale).toEqual([]);
  });

  it('leave no message empty', () => {
    expect(Object.entries(own).filter(([, message]) => message.trim() === '').map(([key]) => key)).toEqual([]);
  });
});

describe.each(TRANSLATIONS)('the %s tips', (locale) => {
  const en = wordsOf('en');
  const words = wordsOf(locale);

  it('have a words file for every group', () => {
    const files = existsSync(join(ROOT, 'lib/tips/tip-words', locale)) ? readdirSync(join(ROOT, 'lib/tips/tip-words', locale)) : [];
    expect([...files].sort()).toEqual(TIP_GROUPS.map((group) => `${group}.ts`).sort());
  });

  it('have a title and a body for every tip, none left in English', () => {
    const problems = TIP_INDEX.flatMap(({ id }) => {
      const tip = words[id];
      if (!tip) return [`${id}: missing`];
      if (!tip.title.trim() || !tip.body.trim()) return [`${id}: empty`];
      if (tip.title === en[id]?.title || tip.body === en[id]?.body) return [`${id}: still in English`];
      return [];
    });
    expect(problems, locale).toEqual([]);
  });

  it('keep titles, bodies and notes within a third more than English allows (48, 380, 420 characters)', () => {
    const long = [
      ...Object.entries(words).flatMap(([id, w]) => [w.title.length > 48 && `${id} title`, w.body.length > 380 && `${id} body`]),
      ...Object.entries(whyOf(locale)).map(([id, why]) => why.length > 420 && `${id} note`),
    ].filter(Boolean);
    expect(long, locale).toEqual([]);
  });

  it('offer "Why?" for exactly the tips English does, each with its note', () => {
    const hasWhy = (w: Record<string, TipWords>) => TIP_INDEX.filter(({ id }) => w[id]?.hasWhy).map(({ id }) => id);
    expect(hasWhy(words)).toEqual(hasWhy(en));
    expect(Object.keys(whyOf(locale)).sort()).toEqual(Object.keys(whyOf('en')).sort());
    const english = Object.entries(whyOf(locale)).filter(([id, why]) => why === whyOf('en')[id]).map(([id]) => id);
    expect(english, `notes still in English in ${locale}`).toEqual([]);
  });
});

describe('the completeness checks', () => {
  it('read placeholders as the browsers do', () => {
    expect(placeholdersOf('Move in $DURATION$')).toEqual(['$DURATION$']);
    expect(placeholdersOf('$hours$ h $MINUTES$ min')).toEqual(['$HOURS$', '$MINUTES$']);
    expect(placeholdersOf('Snooze $1 min')).toEqual(['$1']);
    expect(placeholdersOf('No placeholder, $5 off')).toEqual(['$5']);
  });

  it('let units and names through, and nothing else', () => {
    expect(wordless('$MINUTES$ min $SECONDS$ s')).toBe(true);
    expect(wordless('$DAY$ $TIME$')).toBe(true);
    expect(wordless('Done')).toBe(false);
    expect(wordless('Snooze $MINUTES$ min')).toBe(false);
  });
});
