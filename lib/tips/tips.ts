/**
 * Tips with their words, for the popup. The words are in one small module per group (lib/tip-words/), so
 * the popup loads only the group of the tip it shows; the facts come from the five seed articles (see
 * lib/tip-notes.ts for each tip's source), and tests/unit/tips.test.ts fails on any run of eight words in
 * common with them.
 */
import { TIP_DRAWINGS } from './tip-drawings';
import { TIP_INDEX, type TipId, type TipWords } from './tip-index';
import type { Tip, TipGroup, TipMeta } from './tip-model';

const WORDS_BY_GROUP = import.meta.glob<Record<string, TipWords>>('./tip-words/*.ts', { import: 'WORDS' });

const loaded = new Map<TipGroup, Promise<Record<string, TipWords>>>();

function wordsOf(group: TipGroup): Promise<Record<string, TipWords>> {
  let words = loaded.get(group);
  if (!words) {
    const load = WORDS_BY_GROUP[`./tip-words/${group}.ts`];
    words = load ? load() : Promise.resolve({});
    loaded.set(group, words);
    words.catch(() => loaded.delete(group)); // a failed load may be tried again
  }
  return words;
}

/** The tip with its title and body, or undefined for an unknown id. */
export async function withWords(meta: TipMeta): Promise<Tip | undefined> {
  const words = (await wordsOf(meta.group))[meta.id];
  const illustration = TIP_DRAWINGS[meta.id as TipId];
  return words && { ...meta, ...words, ...(illustration && { illustration }) };
}

export function tipMeta(id: string): TipMeta | undefined {
  return TIP_INDEX.find((tip) => tip.id === id);
}

export async function loadTip(id: string): Promise<Tip | undefined> {
  const meta = tipMeta(id);
  return meta && withWords(meta);
}

/** Every tip with its words, in library order (tests, and anything that lists the whole library). */
export async function loadAllTips(): Promise<Tip[]> {
  const tips = await Promise.all(TIP_INDEX.map(withWords));
  return tips.filter((tip): tip is Tip => tip !== undefined);
}

/** Starts loading a group's words ahead of need (the popup's first tip); later loads share it. */
export function preloadWords(group: string): void {
  if (WORDS_BY_GROUP[`./tip-words/${group}.ts`]) void wordsOf(group as TipGroup).catch(() => {});
}
