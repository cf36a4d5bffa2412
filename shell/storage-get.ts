/**
 * The first half of every storage read (shell/storage.ts has the second: migration, then parsing): one get per
 * storage area, the areas in parallel, nothing parsed yet. On its own so that the popup can start its reads
 * before the rest of its script has run (entrypoints/popup/first-read.ts): this module needs nothing else.
 */
import { browser } from 'wxt/browser';
import type { StoredItem } from '../lib/migrate';

export type Area = 'local' | 'sync';

/** Where each item lives: its area and key; its schema version is stored beside it as `<key>$`. */
export const PLACES: Record<StoredItem, [Area, string]> = { settings: ['sync', 'settings'], state: ['local', 'state'], history: ['local', 'history'] };

/** What the gets brought back, by area, for the items asked for. */
export interface Got<T extends readonly StoredItem[] = readonly StoredItem[]> {
  items: T;
  areas: ReadonlyMap<Area, Record<string, unknown>>;
}

export async function getItems<const T extends readonly StoredItem[]>(...items: T): Promise<Got<T>> {
  const areas = [...new Set(items.map((item) => PLACES[item][0]))];
  const got = await Promise.all(
    areas.map(async (area) => {
      const keys = items.filter((item) => PLACES[item][0] === area).flatMap((item) => [PLACES[item][1], `${PLACES[item][1]}$`]);
      return [area, await browser.storage[area].get(keys)] as const;
    }),
  );
  return { items, areas: new Map(got) };
}
