/**
 * The popup's reads and its watches, through the same migration and parsers as every other page
 * (shell/storage.ts): settings and state for the first paint, one get per storage area (both in flight
 * together), and the history in a get of its own, which the popup starts after its first paint. The history can
 * hold thousands of entries (90 days of reminders and feeds) and only the "Today" line needs it: read with the
 * rest, it made the first paint wait for all of them (47 ms instead of 12 ms for the read); read beside them, the
 * browser was still handing it over while the popup rendered (README Performance).
 */
import { parseHistory, type HistoryEntry } from '../lib/history/history';
import { parseSettings, type ParsedSettings } from '../lib/settings/settings';
import { parseState, type EngineState } from '../lib/schedule/state';
import { historyItem, migrated, read, settingsItem, stateItem } from './storage';
import type { Got } from './storage-get';

export const POPUP_KEYS = { settings: 'sync:settings', state: 'local:state', history: 'local:history' } as const;

export interface PopupStored {
  settings: ParsedSettings;
  state: EngineState;
}

/** Settings and state for the first paint, from the gets entrypoints/popup/first-read.ts started (one per area). */
export async function loadPopupData(gets: Promise<Got<readonly ['settings', 'state']>>): Promise<PopupStored> {
  const [settings, state] = migrated(await gets);
  return { settings: parseSettings(settings), state: parseState(state) };
}

/** The history for the "Today" line, as of when it arrives. */
export async function loadPopupHistory(): Promise<HistoryEntry[]> {
  const [history] = await read('history');
  return parseHistory(history, Date.now());
}

/** Follows later changes, each parsed (a removed item parses to its defaults, as after "Delete all data"). */
export function watchPopupData(on: { settings(value: ParsedSettings): void; state(value: EngineState): void; history(value: HistoryEntry[]): void }): void {
  settingsItem.watch((value) => on.settings(parseSettings(value)));
  stateItem.watch((value) => on.state(parseState(value)));
  historyItem.watch((value) => on.history(parseHistory(value, Date.now())));
}
