/**
 * Every storage item the extension keeps, in one place. Values are stored as written but read back as
 * `unknown`: storage can hold anything (an older version, a synced browser, a hand edit), so each read goes
 * through the pure migration (lib/migrate.ts) from the schema version stored beside it (`<key>$`, the meta
 * key @wxt-dev/storage used in 0.1.0) and then a pure parser that repairs what it must. Each write stamps
 * this release's version.
 *
 * The items are a few lines over `browser.storage` rather than @wxt-dev/storage's: we use none of its
 * versioning (it throws on a downgrade, and a synced browser on an older release must still read newer
 * settings) and its runtime is a quarter of the background's budget. Defining an item here reads nothing.
 */
import { browser } from 'wxt/browser';
import { parseHistory, type HistoryEntry } from '../lib/history/history';
import { migrate, MIGRATIONS, SCHEMA_VERSION, type StoredItem } from '../lib/migrate';
import { parseSettings, settingsForSave, type ParsedSettings, type Settings } from '../lib/settings/settings';
import { parseState, type EngineState } from '../lib/schedule/state';
import { getItems, PLACES, type Area, type Got } from './storage-get';

/** One stored value: `key` is `<area>:<name>` (as in 0.1.0); a missing value reads as null. */
export interface StoredValue<T> {
  key: `${Area}:${string}`;
  getValue(): Promise<T | null>;
  setValue(value: T): Promise<void>;
  removeValue(): Promise<void>;
  /** Calls back on every change from anywhere, with the new and old values; returns an unwatch function. */
  watch(callback: (next: T | null, previous: T | null) => void): () => void;
}

function defineValue<T>(area: Area, name: string): StoredValue<T> {
  const store = () => browser.storage[area];
  return {
    key: `${area}:${name}`,
    getValue: async () => ((await store().get(name))[name] as T | undefined) ?? null,
    setValue: (value) => store().set({ [name]: value }),
    // The version marker goes with the value.
    removeValue: () => store().remove([name, `${name}$`]),
    watch(callback) {
      const listener = (changes: Record<string, { newValue?: unknown; oldValue?: unknown }>, changed: string) => {
        const change = changed === area ? changes[name] : undefined;
        if (change) callback((change.newValue as T | undefined) ?? null, (change.oldValue as T | undefined) ?? null);
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
  };
}

/** The user's settings: one compact item in `sync` (8 KB per item, 120 writes a minute). */
export const settingsItem = defineValue<unknown>('sync', 'settings');

/** The engine's runtime state (see lib/schedule/state.ts). Local: this browser's schedule. Written by the background only. */
export const stateItem = defineValue<unknown>('local', 'state');

/** History of reminders, drills and feeds, capped (see lib/history/history.ts). Written by the background only; never synced. */
export const historyItem = defineValue<unknown>('local', 'history');

/**
 * When the welcome page was first opened (epoch ms). A first install opens it once; Chromium also reports
 * "install" each time it starts with a command-line-loaded extension, so the install alone is not enough.
 */
export const welcomedItem = defineValue<number>('local', 'welcomedAt');

/** Each item's value, migrated to this release's shape from the schema version stored beside it. */
export function migrated<const T extends readonly StoredItem[]>({ items, areas }: Got<T>): { [I in keyof T]: unknown } {
  return items.map((item) => {
    const [area, name] = PLACES[item];
    const values = areas.get(area)!;
    return migrate(values[name], values[`${name}$`], MIGRATIONS[item]);
  }) as { [I in keyof T]: unknown };
}

/**
 * Each item's value and schema version, migrated to this release's shape: one get per storage area, the areas in
 * parallel (shell/storage-get.ts).
 */
export async function read<const T extends readonly StoredItem[]>(...items: T): Promise<{ [I in keyof T]: unknown }> {
  return migrated(await getItems(...items));
}

/** Writes a value and this release's schema version beside it, in one storage call. */
async function write(item: StoredItem, value: unknown): Promise<void> {
  const [area, name] = PLACES[item];
  await browser.storage[area].set({ [name]: value, [`${name}$`]: { v: SCHEMA_VERSION } });
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
  await Promise.all([settingsItem, stateItem, historyItem, welcomedItem].map((item) => item.removeValue()));
}
