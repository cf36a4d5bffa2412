/**
 * A hint for the next popup's first tip, in the page's own localStorage (synchronous, so it can be read before
 * the storage read comes back): the random number the next popup will pick its first tip with, drawn now,
 * and the group of words that pick gives in the present moment. The next popup starts loading that group at
 * once, in parallel with its storage read; when the moment has changed the other group simply loads as usual.
 * Nothing here decides anything: the tip is still chosen by lib/tips/choose-tip.ts from the stored state.
 * With the pick come the words of the tip it gives (once the last popup has loaded them), so that when the
 * choice turns out the same the first paint waits for no module load; they count only in the same language
 * and release (`locale`, `version`), so an update or a language change never shows old words.
 */
import type { TipWords } from '../lib/tips/tip-index';

/** The popup's own page storage key (PRIVACY.md names it). */
export const TIP_HINT_KEY = 'btc:first-tip-hint';
const KEY = TIP_HINT_KEY;

export interface TipHint {
  /** In [0, 1). */
  pick: number;
  group: string;
  words?: HintWords;
}

/** A tip's words as the last popup loaded them: the tip, the messages' locale and the extension's version. */
export interface HintWords extends TipWords {
  id: string;
  locale: string;
  version: string;
}

const isText = (value: unknown): value is string => typeof value === 'string' && value !== '';

function hintWords(raw: unknown): HintWords | undefined {
  const w = raw as Partial<HintWords> | null | undefined;
  if (!w || ![w.id, w.locale, w.version, w.title, w.body].every(isText)) return undefined;
  const words = { id: w.id!, locale: w.locale!, version: w.version!, title: w.title!, body: w.body! };
  return w.hasWhy === true ? { ...words, hasWhy: true as const } : words;
}

export function readTipHint(store: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage): TipHint | null {
  try {
    const value = JSON.parse(store?.getItem(KEY) ?? 'null') as Partial<TipHint> | null;
    const ok = value && typeof value.pick === 'number' && value.pick >= 0 && value.pick < 1 && typeof value.group === 'string';
    if (!ok) return null;
    const words = hintWords(value.words);
    return words ? { pick: value.pick!, group: value.group!, words } : { pick: value.pick!, group: value.group! };
  } catch {
    return null;
  }
}

export function writeTipHint(hint: TipHint, store: Pick<Storage, 'setItem'> | undefined = globalThis.localStorage): void {
  try {
    store?.setItem(KEY, JSON.stringify(hint));
  } catch {
    // Storage full or disabled: the next popup loads its words without the head start.
  }
}
