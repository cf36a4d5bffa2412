/**
 * The popup's first read and its watches: settings, state and history in one read per storage area (both in
 * flight together), through the same migration and parsers as every other page (shell/storage.ts).
 */
import { parseHistory, type HistoryEntry } from '../lib/history/history';
import { parseSettings, type ParsedSettings } from '../lib/settings/settings';
import { parseState, type EngineState } from '../lib/schedule/state';
import { historyItem, read, settingsItem, stateItem } from './storage';

export const POPUP_KEYS = { settings: 'sync:settings', state: 'local:state', history: 'local:history' } as const;

export interface PopupStored {
  settings: ParsedSettings;
  state: EngineState;
  history: HistoryEntry[];
}

/** Settings, state and history for the first paint: two gets (one per area) in parallel. */
export async function loadPopupData(): Promise<PopupStored> {
  const [settings, state, history] = await read('settings', 'state', 'history');
  return { settings: parseSettings(settings), state: parseState(state), history: parseHistory(history, Date.now()) };
}

/** Follows later changes, each parsed (a removed item parses to its defaults, as after "Delete all data"). */
export function watchPopupData(on: { settings(value: ParsedSettings): void; state(value: EngineState): void; history(value: HistoryEntry[]): void }): void {
  settingsItem.watch((value) => on.settings(parseSettings(value)));
  stateItem.watch((value) => on.state(parseState(value)));
  historyItem.watch((value) => on.history(parseHistory(value, Date.now())));
}
