/**
 * Every storage item the extension keeps, in one place. Values are stored as written but read back as
 * `unknown`: storage can hold anything (an older version, a synced browser, a hand edit), so each read goes
 * through a pure parser that repairs what it must.
 */
import { storage } from 'wxt/utils/storage';
import { parseHistory, type HistoryEntry } from '../lib/history/history';
import { parseSettings, type ParsedSettings, type Settings } from '../lib/settings/settings';
import { parseState, type EngineState } from '../lib/schedule/state';

/** The user's settings: one compact item in `sync` (8 KB per item, 120 writes a minute). */
export const settingsItem = storage.defineItem<unknown>('sync:settings', { version: 1 });

/** The engine's runtime state (see lib/state.ts). Local: it describes this browser's schedule. */
export const stateItem = storage.defineItem<unknown>('local:state', { version: 1 });

/** History of reminders, drills and feeds, capped (see lib/history.ts). Local only, never synced. */
export const historyItem = storage.defineItem<unknown>('local:history', { version: 1 });

export async function loadSettings(): Promise<ParsedSettings> {
  return parseSettings(await settingsItem.getValue());
}

export async function saveSettings(settings: Settings): Promise<void> {
  await settingsItem.setValue(settings);
}

export async function loadState(): Promise<EngineState> {
  return parseState(await stateItem.getValue());
}

export async function saveState(state: EngineState): Promise<void> {
  await stateItem.setValue(state);
}

export async function loadHistory(): Promise<HistoryEntry[]> {
  return parseHistory(await historyItem.getValue());
}

export async function saveHistory(history: readonly HistoryEntry[]): Promise<void> {
  await historyItem.setValue(history);
}
