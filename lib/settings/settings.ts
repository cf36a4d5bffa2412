/**
 * The user's settings: one flat, compact object kept in `storage.sync`.
 *
 * Types, defaults and bounds stand side by side in {@link SETTINGS_FIELDS}; everything else (the parser,
 * per-field validation on the options page, import checks, the breathing drill's limits) is derived from
 * that one table, through the checks of lib/spec.ts.
 */
import {
  arrayOf,
  because,
  boolean,
  isRecord,
  nullable,
  number,
  object,
  oneOf,
  pass,
  refuse,
  repair,
  type Check,
  type Checks,
  type Problem,
  type Reason,
} from '../spec';

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
  activeDays: readonly Weekday[];
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
  /** Reminders wait while a browser window is fullscreen (a presentation, a video). */
  holdWhileFullscreen: boolean;
  /** Reminders wait while some tab plays sound (a call, a video). Off by default. */
  holdWhileAudible: boolean;
  /**
   * Whether this parent gave birth: false for partners and adoptive parents (no birth-specific tips), null
   * for "prefer not to say".
   */
  gaveBirth: boolean | null;
  /** Weeks since birth, or null for "prefer not to say". */
  weeksSinceBirth: number | null;
  /** Caesarean birth: yes, no, or null for "prefer not to say". */
  caesarean: boolean | null;
  /**
   * How the baby is fed: `bottle` drops the side suggestion and the "switch sides" cue; `none` (not feeding
   * now) goes with feeding-posture reminders switched off. Null for "prefer not to say".
   */
  feedingMethod: FeedingMethod | null;
  /** The breathing drill without the pelvic-floor lift on the breath out. */
  breathingOnly: boolean;
}

/** How the baby is fed, as the welcome and the options page ask it. */
export const FEEDING_METHODS = ['breast', 'bottle', 'both', 'none'] as const;
export type FeedingMethod = (typeof FEEDING_METHODS)[number];

export type SettingsField = keyof Settings;

/** How one field is checked. Integer bounds are inclusive. */
export type FieldSpec =
  | { kind: 'boolean' }
  | { kind: 'nullable-boolean' }
  | { kind: 'integer'; min: number; max: number; unit: 'min' | 'sec' | 'count' | 'weeks' }
  | { kind: 'nullable-integer'; min: number; max: number; unit: 'weeks' }
  | { kind: 'time-of-day' }
  | { kind: 'weekdays' }
  | { kind: 'nullable-choice'; values: readonly string[] };

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
  holdWhileFullscreen: true,
  holdWhileAudible: false,
  gaveBirth: null,
  weeksSinceBirth: null,
  caesarean: null,
  feedingMethod: null,
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
  holdWhileFullscreen: { kind: 'boolean' },
  holdWhileAudible: { kind: 'boolean' },
  gaveBirth: { kind: 'nullable-boolean' },
  weeksSinceBirth: { kind: 'nullable-integer', min: 0, max: 520, unit: 'weeks' },
  caesarean: { kind: 'nullable-boolean' },
  feedingMethod: { kind: 'nullable-choice', values: FEEDING_METHODS },
  breathingOnly: { kind: 'boolean' },
};

export const SETTINGS_FIELD_NAMES = Object.keys(SETTINGS_FIELDS) as SettingsField[];

/** Why a value was refused: the one reason list (lib/spec.ts), shared with imports and commands. */
export type FieldErrorReason = Reason;

/** A refused value: `field` names it, `min`/`max` give the allowed range. */
export type FieldError = Problem;

export type FieldResult<T> = { ok: true; value: T } | { ok: false; error: FieldError };

/** Minutes in a day: a time of day is 0 … 1439. */
const DAY_MIN = 24 * 60;

const weekdays: Check<Weekday[]> = because(
  'not-a-day-list',
  (value, field) => {
    const days = arrayOf(number(0, 6), 7 * 4)(value, field);
    return days.ok ? pass([...new Set(days.value as Weekday[])].sort((a, b) => a - b)) : days;
  },
);

/** The check for one field, from its row in the table. */
export function fieldCheck(spec: FieldSpec): Check<unknown> {
  switch (spec.kind) {
    case 'boolean':
      return boolean;
    case 'nullable-boolean':
      return nullable(boolean);
    case 'integer':
      return number(spec.min, spec.max);
    case 'nullable-integer':
      return nullable(number(spec.min, spec.max));
    case 'time-of-day':
      return because('not-a-time', number(0, DAY_MIN - 1));
    case 'nullable-choice':
      return nullable(because('unknown-value', oneOf(spec.values)));
    case 'weekdays':
      return weekdays;
  }
}

/** Every field's check, derived from {@link SETTINGS_FIELDS}. */
export const SETTINGS_CHECKS = Object.fromEntries(
  SETTINGS_FIELD_NAMES.map((field) => [field, fieldCheck(SETTINGS_FIELDS[field])]),
) as Checks<Settings>;

/** Checks one value against its field's rules. Never throws. */
export function validateField<F extends SettingsField>(field: F, value: unknown): FieldResult<Settings[F]> {
  const check = SETTINGS_CHECKS[field] as Check<Settings[F]> | undefined;
  if (!check) return { ok: false, error: { field, reason: 'unknown-field' } };
  const result = check(value, field);
  return result.ok ? result : { ok: false, error: result.problem };
}

/** Checks rules that span fields. Returns the errors, empty when the whole object is consistent. */
export function crossFieldErrors(settings: Readonly<Settings>): FieldError[] {
  if (settings.activeStartMin === settings.activeEndMin) {
    return [{ field: 'activeEndMin', reason: 'same-start-and-end' }];
  }
  return [];
}

/** A complete settings object with nothing unknown and every field valid (the import file's settings). */
export const completeSettings: Check<Settings> = (value, field) => {
  const result = object(SETTINGS_CHECKS, true)(value, field);
  if (!result.ok) return result;
  const cross = crossFieldErrors(result.value)[0];
  return cross ? refuse(cross.reason, field ? `${field}.${cross.field}` : cross.field) : result;
};

export type SettingsProblem = Problem;

export interface ParsedSettings {
  settings: Settings;
  /** What had to be repaired; empty for a clean value (a missing value is a fresh install, not a problem). */
  problems: SettingsProblem[];
}

/**
 * Turns anything read from storage into valid settings plus the list of what was repaired. Each bad field
 * falls back on its own, so one corrupt value never costs the user the rest: a whole number outside this
 * version's range is clamped into it (a newer version may allow more: 300 minutes means "long"), anything
 * else falls back to its default. Never throws.
 */
export function parseSettings(raw: unknown): ParsedSettings {
  const { value: settings, problems } = repair(SETTINGS_CHECKS, defaultSettings(), raw);
  for (const { field, reason, min, max } of problems) {
    if (reason === 'too-small' || reason === 'too-large') (settings as unknown as Record<string, unknown>)[field] = reason === 'too-small' ? min : max;
  }
  if (isRecord(raw)) {
    for (const key of Object.keys(raw)) if (!(key in SETTINGS_FIELDS)) problems.push({ field: key, reason: 'unknown-field' });
  }
  for (const error of crossFieldErrors(settings)) {
    settings.activeStartMin = DEFAULT_SETTINGS.activeStartMin;
    settings.activeEndMin = DEFAULT_SETTINGS.activeEndMin;
    problems.push(error);
  }
  return { settings, problems };
}

/**
 * What to write when the user saves `edited` over the stored value `storedRaw` (anything: it may come from a
 * newer version, through sync). Keys this version does not know are written back as stored, and so is a
 * whole number outside this version's range (a newer version may allow a movement interval of 300: it is
 * used as 240 here, and stays 300) unless the user changed that field. Everything else is this version's:
 * a broken value is written repaired. So two browsers on two versions never erase each other's settings.
 */
export function settingsForSave(storedRaw: unknown, edited: Readonly<Settings>): Record<string, unknown> {
  if (!isRecord(storedRaw)) return { ...edited };
  const read = parseSettings(storedRaw).settings;
  const out: Record<string, unknown> = { ...storedRaw };
  for (const field of SETTINGS_FIELD_NAMES) {
    const check = validateField(field, storedRaw[field]);
    const wider = !check.ok && (check.error.reason === 'too-large' || check.error.reason === 'too-small');
    out[field] = wider && sameValue(read[field], edited[field]) ? storedRaw[field] : edited[field];
  }
  return out;
}

/** A fresh, mutable copy of the defaults. */
export function defaultSettings(): Settings {
  return { ...DEFAULT_SETTINGS, activeDays: [...DEFAULT_SETTINGS.activeDays] };
}

const sameValue = (x: unknown, y: unknown) =>
  Array.isArray(x) && Array.isArray(y) ? x.length === y.length && x.every((v, i) => v === y[i]) : x === y;

/** True when two settings objects hold the same values (used to skip no-op change events). */
export function settingsEqual(a: Readonly<Settings>, b: Readonly<Settings>): boolean {
  return SETTINGS_FIELD_NAMES.every((field) => sameValue(a[field], b[field]));
}
