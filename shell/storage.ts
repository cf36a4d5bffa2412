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
import { parseSettings, type ParsedSettings, type Settings } from '../lib/settings/settings';
import { parseState, type EngineState } from '../lib/schedule/state';

/** The user's settings: one compact item in `sync` (8 KB per item, 120 writes a minute). */
export const settingsItem = storage.defineItem<unknown>('sync:settings');

/** The engine's runtime state (see lib/state.ts). Local: it describes this browser's schedule. */
export const stateItem = storage.defineItem<unknown>('local:state');

/** History of reminders, drills and feeds, capped (see lib/history.ts). Local only, never synced. */
export const historyItem = storage.defineItem<unknown>('local:history');

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

export async function saveSettings(settings: Settings): Promise<void> {
  await write('settings', settings);
}

export async function loadState(): Promise<EngineState> {
  const [state] = await read('state');
  return parseState(state);
}

export async function saveState(state: EngineState): Promise<void> {
  await write('state', state);
}

export async function loadHistory(): Promise<HistoryEntry[]> {
  const [history] = await read('history');
  return parseHistory(history);
}

export async function saveHistory(history: readonly HistoryEntry[]): Promise<void> {
  await write('history', history);
}

/** Reads settings, state and history together, for pages that need all three at first paint. */
export async function loadAll(): Promise<{ settings: ParsedSettings; state: EngineState; history: HistoryEntry[] }> {
  const [settings, state, history] = await read('settings', 'state', 'history');
  return { settings: parseSettings(settings), state: parseState(state), history: parseHistory(history) };
}
