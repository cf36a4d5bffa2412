/**
 * The "Your data" file: settings and history as one JSON document the user can keep, move to another
 * browser, and import again.
 *
 * ```json
 * { "format": "back-to-core-export", "version": 1, "exportedAt": 1763792933000,
 *   "settings": { …every Settings field… }, "history": [ …HistoryEntry… ] }
 * ```
 *
 * Importing is all or nothing: the file is checked whole (size before parsing, then JSON, then the schema)
 * and the first problem is reported with the field it concerns. Unknown top-level keys (and unknown keys in
 * `settings`) are refused rather than ignored: this version wrote every key it knows, so an extra key means
 * the file was edited or made by something else, and guessing what it meant could quietly change the
 * schedule. A file from a newer version is refused with its own message (its meaning may have changed).
 */
import * as v from 'valibot';
import { appendHistory, type HistoryEntry } from './history';
import {
  SETTINGS_FIELDS,
  SETTINGS_FIELD_NAMES,
  crossFieldErrors,
  validateField,
  type FieldErrorReason,
  type FieldSpec,
  type Settings,
  type SettingsField,
} from '../settings/settings';
import { FEED_SIDES, REMINDER_KINDS } from '../vocabulary';

export const EXPORT_FORMAT = 'back-to-core-export';
/** The version this code writes, and the newest it can read. */
export const EXPORT_VERSION = 1;
/** Files larger than this are refused before they are read or parsed (bytes). */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  version: number;
  /** Epoch ms. */
  exportedAt: number;
  settings: Settings;
  history: HistoryEntry[];
}

/** Why an import was refused. `field` is a path into the file such as `settings.snoozeMin` or `history[3].kind`. */
export type ImportErrorReason =
  | 'file-too-large'
  | 'not-json'
  | 'not-an-export'
  | 'unknown-version'
  | 'newer-version'
  | 'unknown-key'
  | 'missing-field'
  | 'invalid-entry'
  | FieldErrorReason;

export interface ImportError {
  reason: ImportErrorReason;
  field?: string;
  /** The allowed range of a settings field, for "between 10 and 240 minutes". */
  min?: number;
  max?: number;
  /** For 'newer-version' and 'unknown-version': the version the file claims. */
  version?: unknown;
  /** For 'file-too-large': the limit (bytes). */
  limitBytes?: number;
}

export type ImportResult = { ok: true; file: ExportFile } | { ok: false; error: ImportError };

export function buildExport(settings: Settings, history: readonly HistoryEntry[], now: number): ExportFile {
  return { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now, settings: { ...settings }, history: [...history] };
}

export function serializeExport(file: ExportFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** A file name with the local date, e.g. `back-to-core-2026-11-22.json`. */
export function exportFileName(now: number): string {
  const d = new Date(now);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `back-to-core-${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}.json`;
}

const TOP_LEVEL_KEYS = ['format', 'version', 'exportedAt', 'settings', 'history'];

/**
 * Checks a file's text. `sizeBytes` is the file's size as the browser reports it; it is checked first so a
 * huge file is refused without being parsed. Never throws.
 */
export function parseImport(text: string, sizeBytes: number): ImportResult {
  if (sizeBytes > MAX_IMPORT_BYTES) return fail({ reason: 'file-too-large', limitBytes: MAX_IMPORT_BYTES });
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return fail({ reason: 'not-json' });
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return fail({ reason: 'not-an-export' });
  const source = raw as Record<string, unknown>;
  if (source.format !== EXPORT_FORMAT) return fail({ reason: 'not-an-export', field: 'format' });

  const version = source.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail({ reason: 'unknown-version', field: 'version', version });
  }
  if (version > EXPORT_VERSION) return fail({ reason: 'newer-version', field: 'version', version });

  const extra = Object.keys(source).find((key) => !TOP_LEVEL_KEYS.includes(key));
  if (extra !== undefined) return fail({ reason: 'unknown-key', field: extra });

  const result = v.safeParse(FILE_SCHEMA, source);
  if (!result.success) return fail(describeIssue(result.issues[0], source));

  const file = result.output as ExportFile;
  const cross = crossFieldErrors(file.settings)[0];
  if (cross) return fail({ reason: cross.reason, field: `settings.${cross.field}` });
  return { ok: true, file };
}

const fail = (error: ImportError): ImportResult => ({ ok: false, error });

/** What confirming an import will do. */
export interface ImportPlan {
  settings: Settings;
  /** The history to store: what is there now plus the file's entries, capped as always. */
  history: HistoryEntry[];
  /** How many of the file's entries are new here (not already stored, and recent enough to keep). */
  added: number;
}

/**
 * Merges an imported file into the stored history. Entries already stored are not added twice, so
 * importing the same file again adds nothing.
 */
export function planImport(file: ExportFile, existing: readonly HistoryEntry[], now: number): ImportPlan {
  const seen = new Set(existing.map(entryKey));
  const fresh = new Set<HistoryEntry>();
  for (const entry of file.history) {
    const key = entryKey(entry);
    if (seen.has(key)) continue;
    seen.add(key);
    fresh.add(entry);
  }
  const history = appendHistory(existing, [...fresh], now);
  const added = history.filter((e) => fresh.has(e)).length;
  return { settings: file.settings, history, added };
}

/** A stable identity for an entry: its fields in a fixed order. */
function entryKey(entry: HistoryEntry): string {
  switch (entry.type) {
    case 'reminder':
      return `r|${entry.at}|${entry.kind}|${entry.outcome}`;
    case 'drill':
      return `d|${entry.at}|${entry.durationSec}`;
    case 'feed':
      return `f|${entry.at}|${entry.startedAt}|${entry.side}|${entry.endedBy}`;
  }
}

// ---------------------------------------------------------------------------------------------------------
// The schema. Settings rules come from SETTINGS_FIELDS, so the file and the options page can never disagree.

const integerBetween = (min: number, max: number) => v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max));

function fieldSchema(spec: FieldSpec) {
  switch (spec.kind) {
    case 'boolean':
      return v.boolean();
    case 'nullable-boolean':
      return v.nullable(v.boolean());
    case 'integer':
      return integerBetween(spec.min, spec.max);
    case 'nullable-integer':
      return v.nullable(integerBetween(spec.min, spec.max));
    case 'time-of-day':
      return integerBetween(0, 24 * 60 - 1);
    case 'nullable-choice':
      return v.nullable(v.picklist(spec.values));
    case 'weekdays':
      return v.pipe(
        v.array(integerBetween(0, 6)),
        v.check((days) => new Set(days).size === days.length),
        v.transform((days) => [...days].sort((a, b) => a - b)),
      );
  }
}

const SETTINGS_SCHEMA = v.strictObject(
  Object.fromEntries(SETTINGS_FIELD_NAMES.map((field) => [field, fieldSchema(SETTINGS_FIELDS[field])])) as Record<
    SettingsField,
    ReturnType<typeof fieldSchema>
  >,
);

const time = v.pipe(v.number(), v.finite(), v.minValue(0));

const HISTORY_ENTRY_SCHEMA = v.variant('type', [
  v.strictObject({
    type: v.literal('reminder'),
    at: time,
    kind: v.picklist(REMINDER_KINDS),
    outcome: v.picklist(['shown', 'done', 'snoozed', 'missed', 'skipped']),
  }),
  v.strictObject({ type: v.literal('drill'), at: time, durationSec: time }),
  v.strictObject({
    type: v.literal('feed'),
    at: time,
    startedAt: time,
    side: v.picklist(FEED_SIDES),
    endedBy: v.picklist(['user', 'auto']),
  }),
]);

const FILE_SCHEMA = v.strictObject({
  format: v.literal(EXPORT_FORMAT),
  version: v.number(),
  exportedAt: time,
  settings: SETTINGS_SCHEMA,
  history: v.array(HISTORY_ENTRY_SCHEMA),
});

type Issue = v.InferIssue<typeof FILE_SCHEMA>;

/** Turns valibot's first issue into a path and a reason the page can explain in plain words. */
function describeIssue(issue: Issue | undefined, source: Record<string, unknown>): ImportError {
  if (!issue) return { reason: 'not-an-export' };
  const keys = (issue.path ?? []).map((item) => item.key as string | number);
  const path = keys.reduce<string>(
    (acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${key}` : String(key)),
    '',
  );

  // valibot reports a key the strict schema does not know as expecting "never", at the key's own path.
  if (issue.expected === 'never') return { reason: 'unknown-key', field: path };
  if (issue.input === undefined) return { reason: 'missing-field', field: path };

  // A settings field: ask the settings model why, so the message matches the options page word for word.
  if (keys[0] === 'settings' && keys.length === 2) {
    const field = keys[1] as SettingsField;
    const settings = source.settings as Record<string, unknown>;
    const checked = validateField(field, settings[field]);
    if (!checked.ok) return { reason: checked.error.reason, field: path, min: checked.error.min, max: checked.error.max };
    // Valid for the page but refused by the file schema: only a repeated day can get here.
    return { reason: 'not-a-day-list', field: path };
  }
  if (keys[0] === 'settings' && keys.length > 2) return { reason: 'not-a-day-list', field: keys.slice(0, 2).join('.') };
  if (keys[0] === 'history' && keys.length >= 2) return { reason: 'invalid-entry', field: path };
  return { reason: 'wrong-type', field: path || undefined };
}
