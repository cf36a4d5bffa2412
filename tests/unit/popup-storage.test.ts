import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadPopupData, POPUP_KEYS, watchPopupData } from '../../shell/popup-storage';
import { historyItem, settingsItem, stateItem } from '../../shell/storage';

describe('the popup\'s storage reads', () => {
  it('use the same keys as the storage items', () => {
    expect(POPUP_KEYS).toEqual({ settings: settingsItem.key, state: stateItem.key, history: historyItem.key });
  });

  it('read settings, state and history with one get per area, in parallel, and parse them', async () => {
    await settingsItem.setValue({ movementIntervalMin: 40 });
    await stateItem.setValue({ pausedUntil: 1234, junk: true });
    const syncGet = vi.spyOn(fakeBrowser.storage.sync, 'get');
    const localGet = vi.spyOn(fakeBrowser.storage.local, 'get');
    const data = await loadPopupData();
    expect(syncGet).toHaveBeenCalledTimes(1);
    expect(localGet).toHaveBeenCalledTimes(1);
    expect(data.settings.settings.movementIntervalMin).toBe(40);
    expect(data.state.pausedUntil).toBe(1234);
    expect(data.history).toEqual([]);
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
