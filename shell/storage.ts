/**
 * Every storage item the extension keeps, in one place. Values are stored as written but read back as
 * `unknown`: storage can hold anything (an older version, a synced browser, a hand edit), so each read goes
 * through the pure migration (lib/migrate.ts) from the schema version stored beside it (`<key>$`, WXT's meta
 * key) and then a pure parser that repairs what it must. Each write stamps this release's version.
 *
 * WXT's own `version`/`migrations` are not used: they throw on a downgrade (a synced browser on an older
 * release must still read newer settings) and write from every page that loads.
 */
import { storage, type StorageItemKey } from 'wxt/utils/storage';
import { parseHistory, type HistoryEntry } from '../lib/history/history';
import { migrate, MIGRATIONS, SCHEMA_VERSION, type StoredItem } from '../lib/migrate';
import { parseSettings, settingsForSave, type ParsedSettings, type Settings } from '../lib/settings/settings';
import { parseState, type EngineState } from '../lib/schedule/state';

/** The user's settings: one compact item in `sync` (8 KB per item, 120 writes a minute). */
export const settingsItem = storage.defineItem<unknown>('sync:settings');

/** The engine's runtime state (see lib/schedule/state.ts). Local: this browser's schedule. Written by the background only. */
export const stateItem = storage.defineItem<unknown>('local:state');

/** History of reminders, drills and feeds, capped (see lib/history/history.ts). Written by the background only; never synced. */
export const historyItem = storage.defineItem<unknown>('local:history');

/**
 * When the welcome page was first opened (epoch ms). A first install opens it once; Chromium also reports
 * "install" each time it starts with a command-line-loaded extension, so the install alone is not enough.
 */
export const welcomedItem = storage.defineItem<number>('local:welcomedAt');

const ITEMS: Record<StoredItem, StorageItemKey> = { settings: settingsItem.key, state: stateItem.key, history: historyItem.key };
const metaKey = (item: StoredItem) => `${ITEMS[item]}$` as StorageItemKey;

/** Each item's value and schema version, read in one call per storage area, migrated to this release's shape. */
async function read<const T extends readonly StoredItem[]>(...items: T): Promise<{ [I in keyof T]: unknown }> {
  const found = await storage.getItems(items.flatMap((item) => [ITEMS[item], metaKey(item)]));
  return items.map((item, i) => migrate(found[2 * i]!.value, found[2 * i + 1]!.value, MIGRATIONS[item])) as { [I in keyof T]: unknown };
}

/** Writes a value and this release's schema version beside it, in one storage call. */
async function write(item: StoredItem, value: unknown): Promise<void> {
  await storage.setItems([
    { key: ITEMS[item], value },
    { key: metaKey(item), value: { v: SCHEMA_VERSION } },
  ]);
}

export async function loadSettings(): Promise<ParsedSettings> {
  const [settings] = await read('settings');
  return parseSettings(settings);
}

/** The stored settings as they are, migrated but not parsed (the options page parses them itself). */
export async function loadRawSettings(): Promise<unknown> {
  const [settings] = await read('settings');
  return settings;
}

/**
 * Writes the user's settings over what is stored, keeping what this version does not own: keys it does not
 * know and values it repaired only in memory stay as stored unless the user changed that field (see
 * `settingsForSave`), so an older version never erases a newer one's settings through sync.
 */
export async function saveSettings(settings: Readonly<Settings>): Promise<void> {
  const [stored] = await read('settings');
  await write('settings', settingsForSave(stored, settings));
}

/** Replaces the settings whole (an import: the file's settings are complete and checked). */
export async function replaceSettings(settings: Readonly<Settings>): Promise<void> {
  await write('settings', settings);
}

export async function loadState(): Promise<EngineState> {
  const [state] = await read('state');
  return parseState(state);
}

export async function saveState(state: EngineState): Promise<void> {
  await write('state', state);
}

/** The stored history as of `now` (entries dated beyond it, plus a slack, are dropped). */
export async function loadHistory(now = Date.now()): Promise<HistoryEntry[]> {
  const [history] = await read('history');
  return parseHistory(history, now);
}

export async function saveHistory(history: readonly HistoryEntry[]): Promise<void> {
  await write('history', history);
}

/** Deletes everything the extension keeps (the background's "Delete all data"). */
export async function removeAllData(): Promise<void> {
  await Promise.all([settingsItem, stateItem, historyItem, welcomedItem].map((item) => item.removeValue({ removeMeta: true })));
}
