/**
 * Updates keep the user's data. Each stored item (settings, state, history) carries the schema version it was
 * written in, and reading runs the pure steps from that version up to this release's before the item's own
 * parser repairs what is left. Like the vocabulary, this module is a bottom floor: it imports nothing.
 *
 * Rules:
 * - Data without a version is version 1: release 0.1.0 wrote none.
 * - A step turns a value of version n into version n + 1 and never throws (the parser repairs afterwards).
 * - A step accepts data already in the newer shape: an older browser sharing the same synced settings writes
 *   them stamped with its own, lower version.
 * - A version newer than this release's is read as it is: the parser keeps what it knows.
 */

/** The schema version this release writes. */
export const SCHEMA_VERSION = 1;

export type StoredItem = 'settings' | 'state' | 'history';

/** Turns a value stored in one version into the next version's shape. */
export type MigrationStep = (value: unknown) => unknown;

/** `MIGRATIONS[item][n]` turns version n into n + 1. None yet: 1 → 1 is the identity. */
export const MIGRATIONS: Readonly<Record<StoredItem, Readonly<Record<number, MigrationStep>>>> = {
  settings: {},
  state: {},
  history: {},
};

/** The version an item's stored metadata (`{ v }`) names; 1 when it names none or nonsense. */
export function storedVersion(meta: unknown): number {
  const v = (meta as { v?: unknown } | null | undefined)?.v;
  return Number.isInteger(v) && (v as number) >= 1 ? (v as number) : 1;
}


/** Brings a stored value from the version its metadata names up to `to` (this release's), step by step. */
export function migrate(value: unknown, meta: unknown, steps: Readonly<Record<number, MigrationStep>>, to = SCHEMA_VERSION): unknown {
  let migrated = value;
  for (let v = storedVersion(meta); v < to; v++) {
    const step = steps[v];
    if (step) migrated = step(migrated);
  }
  return migrated;
}
