/**
 * A hint for the next popup's first tip, in the page's own localStorage (synchronous, so it can be read before
 * the storage read comes back): the random number the next popup will pick its first tip with, drawn now,
 * and the group of words that pick gives in the present moment. The next popup starts loading that group at
 * once, in parallel with its storage read; when the moment has changed the other group simply loads as usual.
 * Nothing here decides anything: the tip is still chosen by lib/tips/choose-tip.ts from the stored state.
 */
const KEY = 'btc:first-tip-hint';

export interface TipHint {
  /** In [0, 1). */
  pick: number;
  group: string;
}

export function readTipHint(store: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage): TipHint | null {
  try {
    const value = JSON.parse(store?.getItem(KEY) ?? 'null') as Partial<TipHint> | null;
    const ok = value && typeof value.pick === 'number' && value.pick >= 0 && value.pick < 1 && typeof value.group === 'string';
    return ok ? { pick: value.pick!, group: value.group! } : null;
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
