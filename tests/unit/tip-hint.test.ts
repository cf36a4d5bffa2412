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
});
