/**
 * The "Your data" file: settings and history as one JSON document the user can keep, move to another
 * browser, and import again.
 *
 * ```json
 * { "format": "back-to-core-export", "version": 1, "exportedAt": 1763792933000,
 *   "settings": { …every Settings field… }, "history": [ …HistoryEntry… ] }
 * ```
 *
 * Importing is all or nothing: the file is checked whole (size before reading, then JSON, then the schema)
 * and the first problem is reported with the field it concerns. Unknown top-level keys (and unknown keys in
 * `settings` and the entries) are refused rather than ignored: this version wrote every key it knows, so an
 * extra key means the file was edited or made by something else, and guessing what it meant could quietly
 * change the schedule. A file from a newer version is refused with its own message (its meaning may have
 * changed). History dated beyond now (plus a day's slack) is refused: it would hold the newest places.
 *
 * The checks are the ones settings, history and commands use (lib/spec.ts); what a refusal says is bounded
 * in length whatever the file holds (a key or version value of megabytes is shown cut short).
 */
import type { HistoryEntry } from './history';
import { historyList } from './history';
import { completeSettings, type Settings } from '../settings/settings';
import { number, object, oneOf, time, type Problem } from '../spec';

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

/**
 * Why an import was refused: a {@link Problem} (the reason list fields and commands share), `field` a path
 * into the file such as `settings.snoozeMin` or `history[3].kind`, at most {@link MAX_SHOWN_CHARS} long.
 */
export interface ImportError extends Problem {
  /** For 'newer-version' and 'unknown-version': the version the file claims, cut short. */
  version?: string;
  /** For 'file-too-large': the limit (bytes). */
  limitBytes?: number;
}

export type ImportResult = { ok: true; file: ExportFile } | { ok: false; error: ImportError };

/** The longest piece of a file (a key, a version) a refusal repeats. */
export const MAX_SHOWN_CHARS = 40;

export function buildExport(settings: Settings, history: readonly HistoryEntry[], now: number): ExportFile {
  return { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now, settings: { ...settings }, history: [...history] };
}

export function serializeExport(file: ExportFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** A file name with the local date, e.g. `back-to-core-2026-11-22.json`; without a date if the clock gives none. */
export function exportFileName(now: number): string {
  const d = new Date(now);
  if (Number.isNaN(d.getTime())) return 'back-to-core.json';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `back-to-core-${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}.json`;
}

const TOP_LEVEL_KEYS = ['format', 'version', 'exportedAt', 'settings', 'history'];

/** The latest time a `Date` can hold (ms): an export date beyond it cannot be shown. */
const MAX_DATE_MS = 8.64e15;

/** A chosen file: its size as the browser reports it, and its text (read only after the size check). */
export interface ImportSource {
  size: number;
  text(): Promise<string>;
}

/**
 * Checks a chosen file: its size first, so a huge file is refused without being read or parsed, then its
 * text (see {@link parseImportText}). Never throws; `now` (epoch ms) dates the history check.
 */
export async function parseImport(source: ImportSource, now: number): Promise<ImportResult> {
  if (source.size > MAX_IMPORT_BYTES) return fail({ reason: 'file-too-large', field: '', limitBytes: MAX_IMPORT_BYTES });
  let text: string;
  try {
    text = await source.text();
  } catch {
    return fail({ reason: 'unreadable', field: '' });
  }
  return parseImportText(text, now);
}

/** Checks a file's text. Never throws. */
export function parseImportText(text: string, now: number): ImportResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return fail({ reason: 'not-json', field: '' });
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return fail({ reason: 'not-an-export', field: '' });
  const source = raw as Record<string, unknown>;
  if (source.format !== EXPORT_FORMAT) return fail({ reason: 'not-an-export', field: 'format' });

  const version = source.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail({ reason: 'unknown-version', field: 'version', version: shortLabel(version) });
  }
  if (version > EXPORT_VERSION) return fail({ reason: 'newer-version', field: 'version', version: shortLabel(version) });

  const checked = object<ExportFile>(
    {
      format: oneOf([EXPORT_FORMAT] as const),
      version: number(1, EXPORT_VERSION),
      exportedAt: number(0, MAX_DATE_MS, false),
      settings: completeSettings,
      history: historyList(now),
    },
    true,
  )(source);
  if (checked.ok) return { ok: true, file: checked.value };
  return fail(importProblem(checked.problem));
}

const fail = (error: ImportError): ImportResult => ({ ok: false, error: { ...error, field: cut(error.field) } });

/** A problem in a history entry names the entry; a date too far ahead says so. */
function importProblem(problem: Problem): ImportError {
  const entry = /^history\[\d+\]/.exec(problem.field);
  if (!entry || problem.reason === 'unknown-field' || problem.reason === 'in-the-future') return problem;
  return { reason: 'invalid-entry', field: problem.field };
}

const cut = (text: string) => (text.length > MAX_SHOWN_CHARS ? `${text.slice(0, MAX_SHOWN_CHARS - 1)}…` : text);

/**
 * A short label for any value, without serialising it (a deep value makes `JSON.stringify` throw "too much
 * recursion" in Firefox, and a long one would be shown whole).
 */
function shortLabel(value: unknown): string {
  if (typeof value === 'string') return cut(`"${value}"`);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null || value === undefined) return cut(String(value));
  return Array.isArray(value) ? '[…]' : typeof value === 'object' ? '{…}' : typeof value;
}
