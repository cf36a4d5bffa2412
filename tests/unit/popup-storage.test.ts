import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadPopupData, loadPopupHistory, POPUP_KEYS, watchPopupData } from '../../shell/popup-storage';
import { historyItem, settingsItem, stateItem } from '../../shell/storage';
import { getItems } from '../../shell/storage-get';
import { FIRST_ITEMS } from '../../entrypoints/popup/first-read';

describe('the popup\'s storage reads', () => {
  it('use the same keys as the storage items', () => {
    expect(POPUP_KEYS).toEqual({ settings: settingsItem.key, state: stateItem.key, history: historyItem.key });
  });

  it('read settings and state for the first paint with one get per area, and parse them, without the history', async () => {
    await settingsItem.setValue({ movementIntervalMin: 40 });
    await stateItem.setValue({ pausedUntil: 1234, junk: true });
    const syncGet = vi.spyOn(fakeBrowser.storage.sync, 'get');
    const localGet = vi.spyOn(fakeBrowser.storage.local, 'get');
    const data = await loadPopupData(getItems(...FIRST_ITEMS));
    expect(syncGet).toHaveBeenCalledTimes(1);
    expect(localGet).toHaveBeenCalledTimes(1);
    expect(localGet.mock.calls[0]![0]).not.toContain('history');
    expect(data).toEqual({ settings: expect.objectContaining({}), state: expect.objectContaining({ pausedUntil: 1234 }) });
    expect(data.settings.settings.movementIntervalMin).toBe(40);
  });

  it('read the history in a get of its own, parsed as of now', async () => {
    const now = Date.now();
    await historyItem.setValue([
      { type: 'drill', at: now - 60_000, durationSec: 60 },
      { type: 'drill', at: now + 3 * 24 * 3_600_000, durationSec: 60 }, // beyond the clock's slack
      { type: 'nonsense' },
    ]);
    const localGet = vi.spyOn(fakeBrowser.storage.local, 'get');
    expect(await loadPopupHistory()).toEqual([{ type: 'drill', at: now - 60_000, durationSec: 60 }]);
    expect(localGet).toHaveBeenCalledTimes(1);
    expect(localGet.mock.calls[0]![0]).toEqual(['history', 'history$']);
  });

  it('follow changes, parsed, and a removed item comes back as its defaults', async () => {
    const seen: unknown[] = [];
    watchPopupData({ settings: (v) => seen.push(['settings', v.settings.snoozeMin]), state: (v) => seen.push(['state', v.pausedUntil]), history: (v) => seen.push(['history', v.length]) });
    await settingsItem.setValue({ snoozeMin: 10 });
    await stateItem.setValue({ pausedUntil: 99 });
    await stateItem.removeValue();
    expect(seen).toEqual([['settings', 10], ['state', 99], ['state', null]]);
  });
});
