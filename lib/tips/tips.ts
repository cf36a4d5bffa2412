/**
 * Tips with their words, for the popup. The words are in one small module per locale and group
 * (lib/tips/tip-words/<locale>/<group>.ts), so the popup loads only the group of the tip it shows, in the
 * language of its messages; the facts come from the five seed articles (see lib/tips/tip-notes.ts for each
 * tip's source), and tests/unit/tips.test.ts fails on any run of eight words in common with them.
 */
import type { Locale } from '../locales/locales';
import { TIP_DRAWINGS } from './tip-drawings';
import { TIP_INDEX, type TipId, type TipWords } from './tip-index';
import type { Tip, TipGroup, TipMeta } from './tip-model';

const WORDS = import.meta.glob<Record<string, TipWords>>('./tip-words/*/*.ts', { import: 'WORDS' });

const loaded = new Map<string, Promise<Record<string, TipWords>>>();

/** The words module of a group in `locale`, English's where that locale has none. */
const wordsFile = (locale: Locale, group: string) =>
  WORDS[`./tip-words/${locale}/${group}.ts`] ? `./tip-words/${locale}/${group}.ts` : `./tip-words/en/${group}.ts`;

function wordsOf(locale: Locale, group: TipGroup): Promise<Record<string, TipWords>> {
  const file = wordsFile(locale, group);
  let words = loaded.get(file);
  if (!words) {
    const load = WORDS[file];
    words = load ? load() : Promise.resolve({});
    loaded.set(file, words);
    words.catch(() => loaded.delete(file)); // a failed load may be tried again
  }
  return words;
}

/** The tip with its title and body in `locale`, or undefined for an unknown id. */
export async function withWords(meta: TipMeta, locale: Locale): Promise<Tip | undefined> {
  const words = (await wordsOf(locale, meta.group))[meta.id];
  return words && tipWithWords(meta, words);
}

/** The tip from its meta and words already at hand (the popup's first tip, from the last popup's hint). */
export function tipWithWords(meta: TipMeta, words: TipWords): Tip {
  const illustration = TIP_DRAWINGS[meta.id as TipId];
  const { title, body, hasWhy } = words;
  return { ...meta, title, body, ...(hasWhy && { hasWhy }), ...(illustration && { illustration }) };
}

export function tipMeta(id: string): TipMeta | undefined {
  return TIP_INDEX.find((tip) => tip.id === id);
}

export async function loadTip(id: string, locale: Locale): Promise<Tip | undefined> {
  const meta = tipMeta(id);
  return meta && withWords(meta, locale);
}

/** Every tip with its words in `locale`, in library order (tests, and anything that lists the whole library). */
export async function loadAllTips(locale: Locale): Promise<Tip[]> {
  const tips = await Promise.all(TIP_INDEX.map((meta) => withWords(meta, locale)));
  return tips.filter((tip): tip is Tip => tip !== undefined);
}

/** Starts loading a group's words ahead of need (the popup's first tip); later loads share it. */
export function preloadWords(group: string, locale: Locale): void {
  if (WORDS[wordsFile(locale, group)]) void wordsOf(locale, group as TipGroup).catch(() => {});
}
