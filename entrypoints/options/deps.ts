/** The options page's ties to the browser: storage, messaging, permissions. Built here, passed down. */
import { SAVE_DEBOUNCE_MS, type OptionsDeps } from '../../components/options/options-state';
import type { PageDeps } from '../../components/options/page-deps';
import { parseHistory } from '../../lib/history/history';
import { browser } from 'wxt/browser';
import { sendCommand } from '../../shell/messaging';
import { notificationPermission } from '../../shell/notification-permission';
import { historyItem, loadHistory, loadRawSettings, saveSettings, settingsItem } from '../../shell/storage';

/** The settings state's storage (see createOptionsState). */
export function settingsDeps(): OptionsDeps {
  return {
    loadRaw: loadRawSettings,
    save: saveSettings,
    watch: (callback) => settingsItem.watch((value) => callback(value)),
    now: () => Date.now(),
    debounceMs: SAVE_DEBOUNCE_MS,
  };
}

export function pageDeps(): PageDeps {
  return {
    send: sendCommand,
    loadHistory: () => loadHistory(Date.now()),
    watchHistory: (callback) => historyItem.watch((raw) => callback(parseHistory(raw, Date.now()))),
    notificationPermission,
    canTellFullscreen: typeof browser.windows?.getAll === 'function',
    now: () => Date.now(),
  };
}
