/**
 * Every storage item the extension keeps, in one place. Values are stored as written but read back as
 * `unknown`: storage can hold anything (an older version, a synced browser, a hand edit), so each read goes
 * through a pure parser that repairs what it must.
 */
import { storage } from 'wxt/utils/storage';
import { parseHistory, type HistoryEntry } from '../lib/history/history';
import { parseSettings, settingsForSave, type ParsedSettings, type Settings } from '../lib/settings/settings';
import { parseState, type EngineState } from '../lib/schedule/state';

/** The user's settings: one compact item in `sync` (8 KB per item, 120 writes a minute). */
export const settingsItem = storage.defineItem<unknown>('sync:settings', { version: 1 });

/** The engine's runtime state (see lib/schedule/state.ts). Local: it describes this browser's schedule. Written by the background only. */
export const stateItem = storage.defineItem<unknown>('local:state', { version: 1 });

/** History of reminders, drills and feeds, capped (see lib/history/history.ts). Written by the background only. Local only, never synced. */
export const historyItem = storage.defineItem<unknown>('local:history', { version: 1 });

/**
 * When the welcome page was first opened (epoch ms). A first install opens it once; Chromium also reports
 * "install" each time it starts with a command-line-loaded extension, so the install alone is not enough.
 */
export const welcomedItem = storage.defineItem<number>('local:welcomedAt');

export async function loadSettings(): Promise<ParsedSettings> {
  return parseSettings(await settingsItem.getValue());
}

/**
 * Writes the user's settings over what is stored, keeping what this version does not own: keys it does not
 * know and values it repaired only in memory stay as stored unless the user changed that field (see
 * `settingsForSave`), so an older version never erases a newer one's settings through sync.
 */
export async function saveSettings(settings: Readonly<Settings>): Promise<void> {
  await settingsItem.setValue(settingsForSave(await settingsItem.getValue(), settings));
}

export async function loadState(): Promise<EngineState> {
  return parseState(await stateItem.getValue());
}

export async function saveState(state: EngineState): Promise<void> {
  await stateItem.setValue(state);
}

/** The stored history as of `now` (entries dated beyond it, plus a slack, are dropped). */
export async function loadHistory(now = Date.now()): Promise<HistoryEntry[]> {
  return parseHistory(await historyItem.getValue(), now);
}

export async function saveHistory(history: readonly HistoryEntry[]): Promise<void> {
  await historyItem.setValue(history);
}

/** Deletes everything the extension keeps (the background's "Delete all data"). */
export async function removeAllData(): Promise<void> {
  await Promise.all([settingsItem, stateItem, historyItem].map((item) => item.removeValue({ removeMeta: true })));
}

