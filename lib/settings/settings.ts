/**
 * The user's settings: one flat, compact object kept in `storage.sync`.
 *
 * Types, defaults and bounds stand side by side in {@link SETTINGS_FIELDS}; everything else (the parser,
 * per-field validation on the options page, import checks) is derived from that one table.
 */

/** 0 = Sunday … 6 = Saturday, as `Date.prototype.getDay()`. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export const ALL_WEEKDAYS: readonly Weekday[] = [0, 1, 2, 3, 4, 5, 6];

export interface Settings {
  movementEnabled: boolean;
  /** Minutes of active time between movement reminders. */
  movementIntervalMin: number;
  feedingEnabled: boolean;
  /** Minutes between feeding-posture reminders. */
  feedingIntervalMin: number;
  /** Minutes between posture check-ins while a feed is running. */
  feedCheckInMin: number;
  /** Minutes a snoozed reminder waits. */
  snoozeMin: number;
  /** Minutes idle (or any time locked) that count as a natural break. */
  naturalBreakMin: number;
  /** Days reminders may fire, sorted, no duplicates. Empty means no reminders at all. */
  activeDays: Weekday[];
  /** Start of active hours, minutes after local midnight (0–1439). */
  activeStartMin: number;
  /** End of active hours, minutes after local midnight; before the start means the window crosses midnight. */
  activeEndMin: number;
  /** Breathing drill pace: seconds breathing in. */
  breatheInSec: number;
  /** Breathing drill pace: seconds breathing out. */
  breatheOutSec: number;
  /** Breaths in one drill. */
  breaths: number;
  /** Notifications make a sound (silent by default: the baby may be asleep). */
  sound: boolean;
  /** Chrome only: notifications stay on screen until dismissed. */
  keepOnScreen: boolean;
  /** Weeks since birth, or null for "prefer not to say". */
  weeksSinceBirth: number | null;
  /** Caesarean birth: yes, no, or null for "prefer not to say". */
  caesarean: boolean | null;
  /** Gave birth to the baby: false for "I didn't give birth" (partners, adoptive parents), null for "prefer not to say". */
  gaveBirth: boolean | null;
  /** The breathing drill without the pelvic-floor lift on the breath out. */
  breathingOnly: boolean;
}

export type SettingsField = keyof Settings;

/** How one field is checked. Integer bounds are inclusive. */
export type FieldSpec =
  | { kind: 'boolean' }
  | { kind: 'nullable-boolean' }
  | { kind: 'integer'; min: number; max: number; unit: 'min' | 'sec' | 'count' | 'weeks' }
  | { kind: 'nullable-integer'; min: number; max: number; unit: 'weeks' }
  | { kind: 'time-of-day' }
  | { kind: 'weekdays' };

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  movementEnabled: true,
  movementIntervalMin: 50,
  feedingEnabled: true,
  feedingIntervalMin: 180,
  feedCheckInMin: 10,
  snoozeMin: 5,
  naturalBreakMin: 5,
  activeDays: [...ALL_WEEKDAYS],
  activeStartMin: 7 * 60,
  activeEndMin: 21 * 60,
  breatheInSec: 4,
  breatheOutSec: 6,
  breaths: 6,
  sound: false,
  keepOnScreen: false,
  weeksSinceBirth: null,
  caesarean: null,
  gaveBirth: null,
  breathingOnly: false,
});

export const SETTINGS_FIELDS: Readonly<Record<SettingsField, FieldSpec>> = {
  movementEnabled: { kind: 'boolean' },
  movementIntervalMin: { kind: 'integer', min: 10, max: 240, unit: 'min' },
  feedingEnabled: { kind: 'boolean' },
  feedingIntervalMin: { kind: 'integer', min: 30, max: 480, unit: 'min' },
  feedCheckInMin: { kind: 'integer', min: 5, max: 30, unit: 'min' },
  snoozeMin: { kind: 'integer', min: 1, max: 60, unit: 'min' },
  naturalBreakMin: { kind: 'integer', min: 1, max: 60, unit: 'min' },
  activeDays: { kind: 'weekdays' },
  activeStartMin: { kind: 'time-of-day' },
  activeEndMin: { kind: 'time-of-day' },
  breatheInSec: { kind: 'integer', min: 2, max: 10, unit: 'sec' },
  breatheOutSec: { kind: 'integer', min: 2, max: 12, unit: 'sec' },
  breaths: { kind: 'integer', min: 1, max: 20, unit: 'count' },
  sound: { kind: 'boolean' },
  keepOnScreen: { kind: 'boolean' },
  weeksSinceBirth: { kind: 'nullable-integer', min: 0, max: 520, unit: 'weeks' },
  caesarean: { kind: 'nullable-boolean' },
  gaveBirth: { kind: 'nullable-boolean' },
  breathingOnly: { kind: 'boolean' },
};

export const SETTINGS_FIELD_NAMES = Object.keys(SETTINGS_FIELDS) as SettingsField[];

/** Why a value was refused. Each maps to a plain message in the UI. */
export type FieldErrorReason =
  | 'wrong-type'
  | 'not-a-whole-number'
  | 'too-small'
  | 'too-large'
  | 'not-a-time'
  | 'not-a-day-list'
  | 'same-start-and-end'
  | 'unknown-field';

export interface FieldError {
  field: string;
  reason: FieldErrorReason;
  /** The allowed range, for messages like "between 10 and 240 minutes". */
  min?: number;
  max?: number;
}

export type FieldResult<T> = { ok: true; value: T } | { ok: false; error: FieldError };

/** Checks one value against its field's rules. Never throws. */
export function validateField<F extends SettingsField>(field: F, value: unknown): FieldResult<Settings[F]> {
  const spec: FieldSpec | undefined = SETTINGS_FIELDS[field];
  if (!spec) return { ok: false, error: { field, reason: 'unknown-field' } };
  const fail = (reason: FieldErrorReason, extra: Partial<FieldError> = {}): FieldResult<Settings[F]> => ({
    ok: false,
    error: { field, reason, ...extra },
  });
  const pass = (v: unknown): FieldResult<Settings[F]> => ({ ok: true, value: v as Settings[F] });

  switch (spec.kind) {
    case 'boolean':
      return typeof value === 'boolean' ? pass(value) : fail('wrong-type');
    case 'nullable-boolean':
      return value === null || typeof value === 'boolean' ? pass(value) : fail('wrong-type');
    case 'nullable-integer':
      if (value === null) return pass(null);
      return checkInteger(value, spec.min, spec.max, pass, fail);
    case 'integer':
      return checkInteger(value, spec.min, spec.max, pass, fail);
    case 'time-of-day':
      return checkInteger(value, 0, 24 * 60 - 1, pass, () => fail('not-a-time'));
    case 'weekdays': {
      if (!Array.isArray(value) || !value.every((d) => Number.isInteger(d) && d >= 0 && d <= 6)) {
        return fail('not-a-day-list');
      }
      return pass([...new Set(value as Weekday[])].sort((a, b) => a - b));
    }
  }
}

function checkInteger<R>(
  value: unknown,
  min: number,
  max: number,
  pass: (v: number) => R,
  fail: (reason: FieldErrorReason, extra?: Partial<FieldError>) => R,
): R {
  if (typeof value !== 'number' || Number.isNaN(value)) return fail('wrong-type', { min, max });
  if (!Number.isInteger(value)) return fail('not-a-whole-number', { min, max });
  if (value < min) return fail('too-small', { min, max });
  if (value > max) return fail('too-large', { min, max });
  return pass(value);
}

/** Checks rules that span fields. Returns the errors, empty when the whole object is consistent. */
export function crossFieldErrors(settings: Settings): FieldError[] {
  if (settings.activeStartMin === settings.activeEndMin) {
    return [{ field: 'activeEndMin', reason: 'same-start-and-end' }];
  }
  return [];
}

export interface SettingsProblem {
  field: string;
  reason: FieldErrorReason | 'not-an-object';
}

export interface ParsedSettings {
  settings: Settings;
  /** What had to be repaired; empty for a clean value (a missing value is a fresh install, not a problem). */
  problems: SettingsProblem[];
}

/**
 * Turns anything read from storage into valid settings plus the list of what was repaired. Each bad field
 * falls back to its default on its own, so one corrupt value never costs the user the rest. Never throws.
 */
export function parseSettings(raw: unknown): ParsedSettings {
  if (raw === undefined || raw === null) return { settings: defaultSettings(), problems: [] };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { settings: defaultSettings(), problems: [{ field: '*', reason: 'not-an-object' }] };
  }
  const source = raw as Record<string, unknown>;
  const settings = defaultSettings();
  const problems: SettingsProblem[] = [];
  for (const key of Object.keys(source)) {
    if (!(key in SETTINGS_FIELDS)) problems.push({ field: key, reason: 'unknown-field' });
  }
  for (const field of SETTINGS_FIELD_NAMES) {
    if (!(field in source)) continue; // a field added in a later version: its default stands
    const result = validateField(field, source[field]);
    if (result.ok) (settings as unknown as Record<string, unknown>)[field] = result.value;
    else problems.push({ field, reason: result.error.reason });
  }
  for (const error of crossFieldErrors(settings)) {
    settings.activeStartMin = DEFAULT_SETTINGS.activeStartMin;
    settings.activeEndMin = DEFAULT_SETTINGS.activeEndMin;
    problems.push({ field: error.field, reason: error.reason });
  }
  return { settings, problems };
}

/** A fresh, mutable copy of the defaults. */
export function defaultSettings(): Settings {
  return { ...DEFAULT_SETTINGS, activeDays: [...DEFAULT_SETTINGS.activeDays] };
}

/** True when two settings objects hold the same values (used to skip no-op change events). */
export function settingsEqual(a: Settings, b: Settings): boolean {
  return SETTINGS_FIELD_NAMES.every((field) => {
    const x = a[field];
    const y = b[field];
    return Array.isArray(x) && Array.isArray(y) ? x.length === y.length && x.every((v, i) => v === y[i]) : x === y;
  });
}
