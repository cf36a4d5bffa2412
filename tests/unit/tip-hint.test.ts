import { describe, expect, it } from 'vitest';
import { createPopupState } from '../../components/popup/popup-state';
import { defaultSettings } from '../../lib/settings/settings';
import { initialState } from '../../lib/schedule/state';
import { readTipHint, writeTipHint } from '../../shell/tip-hint';

function memoryStore() {
  const items = new Map<string, string>();
  return { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v), items };
}

describe('the first-tip load hint', () => {
  it('round-trips, and anything broken reads as no hint', () => {
    const store = memoryStore();
    expect(readTipHint(store)).toBeNull();
    writeTipHint({ pick: 0.42, group: 'desk' }, store);
    expect(readTipHint(store)).toEqual({ pick: 0.42, group: 'desk' });
    for (const junk of ['{', '"x"', '{"pick":2,"group":"desk"}', '{"pick":0.1}', 'null']) {
      store.items.set('btc:first-tip-hint', junk);
      expect(readTipHint(store)).toBeNull();
    }
    expect(readTipHint(undefined)).toBeNull();
  });

  it('guesses the group of the tip a popup opened in the same moment shows first with that pick', async () => {
    const NOW = new Date(2025, 5, 10, 14, 0).getTime();
    for (const pick of [0, 0.13, 0.5, 0.77, 0.99]) {
      const deps = { send: async () => ({ ok: true }) as const, now: () => NOW };
      const first = createPopupState({ ...deps, initial: { settings: defaultSettings(), state: initialState(), history: [] }, random: () => 0.3 });
      const next = createPopupState({ ...deps, initial: { settings: defaultSettings(), state: initialState(), history: [] }, random: () => pick });
      await next.ready;
      expect(first.firstTipGroup(pick)).toBe(next.tip.value!.group);
    }
  });

  it('carries the words of the tip with it, and drops only words that are broken', () => {
    const store = memoryStore();
    const words = { id: 'desk-chair', locale: 'de', version: '0.1.0', title: 'T', body: 'B', hasWhy: true as const };
    writeTipHint({ pick: 0.5, group: 'desk', words }, store);
    expect(readTipHint(store)).toEqual({ pick: 0.5, group: 'desk', words });
    for (const broken of [{ ...words, body: '' }, { ...words, version: 1 }, { id: 'desk-chair' }, 'words']) {
      store.items.set('btc:first-tip-hint', JSON.stringify({ pick: 0.5, group: 'desk', words: broken }));
      expect(readTipHint(store)).toEqual({ pick: 0.5, group: 'desk' });
    }
    store.items.set('btc:first-tip-hint', JSON.stringify({ pick: 0.5, group: 'desk', words: { ...words, hasWhy: 'yes' } }));
    expect(readTipHint(store)?.words).toEqual({ id: 'desk-chair', locale: 'de', version: '0.1.0', title: 'T', body: 'B' });
  });

  it('lets the next popup paint its first tip from the words it gives, without waiting for a load', async () => {
    const NOW = new Date(2025, 5, 10, 14, 0).getTime();
    const deps = { send: async () => ({ ok: true }) as const, now: () => NOW };
    const initial = () => ({ settings: defaultSettings(), state: initialState(), history: [] });
    for (const pick of [0, 0.5, 0.99]) {
      const last = createPopupState({ ...deps, initial: initial(), random: () => 0.3 });
      const words = await last.firstTip(pick);
      const next = createPopupState({ ...deps, initial: initial(), random: () => pick, firstWords: words });
      // Set while the state is made: the first render already has it.
      expect(next.tip.value).toEqual(words);
      const loaded = createPopupState({ ...deps, initial: initial(), random: () => pick });
      await loaded.ready;
      expect(loaded.tip.value).toEqual(words);
    }
  });

  it('loads the words as usual when the hinted tip is not the one chosen', async () => {
    const NOW = new Date(2025, 5, 10, 14, 0).getTime();
    const deps = { send: async () => ({ ok: true }) as const, now: () => NOW };
    const firstWords = { id: 'not-this-tip', title: 'Old', body: 'Old words' };
    const app = createPopupState({ ...deps, initial: { settings: defaultSettings(), state: initialState(), history: [] }, random: () => 0.5, firstWords });
    expect(app.tip.value).toBeNull();
    await app.ready;
    expect(app.tip.value?.title).not.toBe('Old');
    expect(app.tip.value?.body).toBeTruthy();
  });
});
