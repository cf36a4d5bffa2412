/**
 * The one validation style: small checks that compose into a schema per value the extension reads from
 * outside its own memory (settings, engine state, history, command messages, the import file). A check
 * takes anything and returns the value it vouches for, or the first problem with a path into the value and
 * a reason from {@link Reason} — the one list of reasons every refusal uses, so the options page's field
 * errors, the import's errors and the background's refusals are all turned into words in one place.
 *
 * Why not valibot (which the import used before): its runtime costs about 2.3 kB gzip in the background for
 * the command schemas alone (measured), and the background's budget is 15 kB. These checks are a few hundred
 * bytes, and the settings table (lib/settings) already drove the rules. Like the rest of `lib/`, this floor
 * imports nothing.
 */

/** Why a value, a file or a command was refused. Each has a plain sentence in the locale messages. */
export type Reason =
  // a value
  | 'missing'
  | 'wrong-type'
  | 'not-a-whole-number'
  | 'too-small'
  | 'too-large'
  | 'not-a-time'
  | 'not-a-day-list'
  | 'same-start-and-end'
  | 'unknown-field'
  | 'unknown-value'
  | 'in-the-future'
  | 'not-an-object'
  // a file
  | 'file-too-large'
  | 'not-json'
  | 'not-an-export'
  | 'unknown-version'
  | 'newer-version'
  | 'invalid-entry'
  | 'unreadable'
  // a command
  | 'not-a-command'
  | 'nothing-waiting'
  | 'not-paused'
  | 'no-feed'
  | 'not-shown'
  | 'not-saved'
  | 'no-reply';

/** One refusal: why, and where (`snoozeMin`, `settings.snoozeMin`, `history[3].kind`; empty for the whole). */
export interface Problem {
  reason: Reason;
  field: string;
  /** The allowed range of a number, for "between 10 and 240 minutes". */
  min?: number;
  max?: number;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; problem: Problem };

/** A check: anything in, the value it vouches for (possibly normalised) or the first problem. Never throws. */
export type Check<T> = (value: unknown, field?: string) => Checked<T>;

export type Checks<T> = { [K in keyof T]: Check<T[K]> };

export const pass = <T>(value: T): Checked<T> => ({ ok: true, value });
export const refuse = <T = never>(reason: Reason, field = '', extra?: Partial<Problem>): Checked<T> => ({
  ok: false,
  problem: { reason, field, ...extra },
});

const at = (field: string, key: string | number) => (typeof key === 'number' ? `${field}[${key}]` : field ? `${field}.${key}` : key);

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A number in [min, max], whole when `whole`; NaN and the infinities are the wrong type. */
export const number =
  (min: number, max: number, whole = true): Check<number> =>
  (value, field) => {
    const range = { min, max };
    if (typeof value !== 'number' || !Number.isFinite(value)) return refuse('wrong-type', field, range);
    if (whole && !Number.isInteger(value)) return refuse('not-a-whole-number', field, range);
    if (value < min) return refuse('too-small', field, range);
    return value > max ? refuse('too-large', field, range) : pass(value);
  };

/** An instant as epoch ms: finite and not before 1970. */
export const time: Check<number> = number(0, Infinity, false);

/** True for an instant (see {@link time}). */
export const isTime = (value: unknown): value is number => time(value).ok;

export const boolean: Check<boolean> = (value, field) => (typeof value === 'boolean' ? pass(value) : refuse('wrong-type', field));

export const string: Check<string> = (value, field) => (typeof value === 'string' ? pass(value) : refuse('wrong-type', field));

/** One of a vocabulary's words (lib/vocabulary.ts). */
export const oneOf =
  <T extends string>(words: readonly T[]): Check<T> =>
  (value, field) =>
    words.includes(value as T) ? pass(value as T) : refuse('unknown-value', field);

export const nullable =
  <T>(check: Check<T>): Check<T | null> =>
  (value, field) =>
    value === null ? pass(null) : check(value, field);

/** A check whose refusal carries `reason` instead (e.g. a time of day: "not a time" rather than "too large"). */
export const because =
  <T>(reason: Reason, check: Check<T>): Check<T> =>
  (value, field) => {
    const result = check(value, field);
    return result.ok ? result : refuse(reason, field);
  };

/** An array of items each passing `item`, at most `maxItems` long. */
export const arrayOf =
  <T>(item: Check<T>, maxItems = Infinity): Check<T[]> =>
  (value, field = '') => {
    if (!Array.isArray(value)) return refuse('wrong-type', field);
    if (value.length > maxItems) return refuse('too-large', field, { max: maxItems });
    const out: T[] = [];
    for (let i = 0; i < value.length; i++) {
      const result = item(value[i], at(field, i));
      if (!result.ok) return result;
      out.push(result.value);
    }
    return pass(out);
  };

/**
 * An object with exactly the keys of `checks`, each present and valid. Unknown keys are ignored (and not
 * copied) unless `strict`, which refuses them. The value returned holds only the checked keys.
 */
export const object =
  <T>(checks: Checks<T>, strict = false): Check<T> =>
  (value, field = '') => {
    if (!isRecord(value)) return refuse('not-an-object', field);
    if (strict) {
      const extra = Object.keys(value).find((key) => !(key in checks));
      if (extra !== undefined) return refuse('unknown-field', at(field, extra));
    }
    const out: Record<string, unknown> = {};
    for (const key in checks) {
      const path = at(field, key);
      if (!(key in value)) return refuse('missing', path);
      const result = (checks[key] as Check<unknown>)(value[key], path);
      if (!result.ok) return result;
      out[key] = result.value;
    }
    return pass(out as T);
  };

/** One of several object shapes, told apart by the word in `key` (a command's or a history entry's `type`). */
export const variant =
  <T>(key: string, shapes: Record<string, Check<T>>): Check<T> =>
  (value, field = '') => {
    const tag = isRecord(value) ? value[key] : undefined;
    if (typeof tag !== 'string' || !Object.hasOwn(shapes, tag)) return refuse(isRecord(value) ? 'unknown-value' : 'not-an-object', at(field, key));
    return shapes[tag]!(value, field);
  };

/**
 * Each field checked on its own, a broken one replaced by its fallback: for stored values, where one corrupt
 * field must not cost the rest. Returns the repaired value and what was repaired.
 */
export function repair<T extends object>(checks: Checks<T>, fallback: T, raw: unknown): { value: T; problems: Problem[] } {
  const value = { ...fallback };
  const problems: Problem[] = [];
  if (raw === undefined || raw === null) return { value, problems };
  if (!isRecord(raw)) return { value, problems: [{ reason: 'not-an-object', field: '' }] };
  for (const key in checks) {
    if (!(key in raw)) continue; // a field added in a later version: its fallback stands
    const result = (checks[key] as Check<unknown>)(raw[key], key);
    if (result.ok) (value as Record<string, unknown>)[key] = result.value;
    else problems.push(result.problem);
  }
  return { value, problems };
}
