/**
 * The options page's settings state: what is in force, what the user got wrong, and the saving behind it.
 *
 * - A valid change is in force at once on the page and written to `storage.sync` after a short quiet spell
 *   (debounced), never faster than the sync quotas allow (see write-budget.ts).
 * - An invalid value is refused: its field gets an error and the last good value stays in force.
 * - A change from elsewhere (another page, another synced browser) is taken in live, except for fields the
 *   user changed here and that are still waiting to be written: those are the user's newer intent.
 * - A rejected write is kept as a visible failure with a retry, never dropped.
 */
import { computed, signal } from '@preact/signals';
import {
  crossFieldErrors,
  defaultSettings,
  parseSettings,
  settingsEqual,
  validateField,
  type FieldError,
  type Settings,
  type SettingsField,
} from '../../lib/settings/settings';
import { delayBeforeWrite, pruneWriteTimes } from './write-budget';

export interface OptionsDeps {
  /** Reads the raw stored settings (anything: they are parsed here). */
  loadRaw(): Promise<unknown>;
  /** Writes the settings (shell/storage's `saveSettings`, which keeps what a newer version stored). */
  save(settings: Settings): Promise<void>;
  /** Calls back with the raw new value whenever the stored settings change; returns an unwatch function. */
  watch(callback: (raw: unknown) => void): () => void;
  now(): number;
  /** Quiet time after the last change before writing (ms). */
  debounceMs: number;
}

export const SAVE_DEBOUNCE_MS = 400;

export type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saved' }
  | { kind: 'failed'; message: string };

export type FieldErrors = Partial<Record<SettingsField, FieldError>>;

export type OptionsState = ReturnType<typeof createOptionsState>;

/** `deps`: the browser's storage from entrypoints/options/deps.ts, or a test's. */
export function createOptionsState(deps: OptionsDeps) {
  /** The settings in force on this page: the stored ones plus changes waiting to be written. */
  const settings = signal<Settings>(defaultSettings());
  const errors = signal<FieldErrors>({});
  const status = signal<SaveStatus>({ kind: 'idle' });
  const loaded = signal(false);
  /** Stored settings were broken and have been repaired: the page says so once. */
  const repaired = signal(false);

  /** The last value known to be in storage. */
  let stored: Settings = defaultSettings();
  /** Fields changed here and not written yet. */
  const unsaved = new Set<SettingsField>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  let writing: Promise<void> | null = null;
  let writeTimes: number[] = [];
  let unwatch: (() => void) | null = null;

  const hasErrors = computed(() => Object.keys(errors.value).length > 0);

  async function start(): Promise<void> {
    unwatch = deps.watch(takeRemote);
    let raw: unknown;
    try {
      raw = await deps.loadRaw();
    } catch (error) {
      status.value = { kind: 'failed', message: messageOf(error) };
      loaded.value = true;
      return;
    }
    const parsed = parseSettings(raw);
    stored = parsed.settings;
    settings.value = { ...parsed.settings, activeDays: [...parsed.settings.activeDays] };
    loaded.value = true;
    // A key this version does not know may come from a newer version in another synced browser: that alone
    // is not damage. Anything else was repaired in memory and is said once; a page load never writes (the
    // stored value may be a newer version's, which the next save keeps: see settingsForSave).
    if (parsed.problems.some((p) => p.reason !== 'unknown-field' && p.reason !== 'too-large' && p.reason !== 'too-small')) {
      repaired.value = true;
    }
  }

  function stop(): void {
    unwatch?.();
    if (timer) clearTimeout(timer);
    timer = null;
  }

  /**
   * Applies one change from a control. Returns false (and records the error beside the field) when the
   * value is refused; the value in force then stays as it was.
   */
  function update<F extends SettingsField>(field: F, value: unknown): boolean {
    const result = validateField(field, value);
    if (!result.ok) {
      setError(field, result.error);
      return false;
    }
    const next: Settings = { ...settings.value, [field]: result.value };
    const cross = crossFieldErrors(next)[0];
    if (cross) {
      setError(field, { ...cross, field });
      return false;
    }
    clearError(field);
    // Start and end are checked together: a fix to one clears the other's "same time" error.
    if (field === 'activeStartMin' || field === 'activeEndMin') {
      for (const other of ['activeStartMin', 'activeEndMin'] as const) {
        if (errors.value[other]?.reason === 'same-start-and-end') clearError(other);
      }
    }
    if (settingsEqual(next, settings.value)) return true;
    settings.value = next;
    unsaved.add(field);
    status.value = { kind: 'pending' };
    schedule(deps.debounceMs);
    return true;
  }

  /** Replaces every setting at once and writes now (reset to defaults, import). Throws if the write fails. */
  async function replaceAll(next: Settings): Promise<void> {
    cancelTimer();
    unsaved.clear();
    errors.value = {};
    settings.value = { ...next, activeDays: [...next.activeDays] };
    await write(next, { force: true, rethrow: true });
  }

  /**
   * Takes settings the background has just written (an import) as stored and in force, dropping changes
   * waiting here: the user chose to replace them.
   */
  function adopt(next: Readonly<Settings>): void {
    cancelTimer();
    unsaved.clear();
    errors.value = {};
    stored = { ...next, activeDays: [...next.activeDays] };
    settings.value = { ...next, activeDays: [...next.activeDays] };
    status.value = { kind: 'idle' };
  }

  /** Forgets pending changes and shows the defaults (all data was deleted). */
  function forgetAll(): void {
    adopt(defaultSettings());
  }

  /** Writes now whatever is waiting (the "Try again" after a failed write). */
  function retry(): Promise<void> {
    cancelTimer();
    return flush();
  }

  function takeRemote(raw: unknown): void {
    const incoming = parseSettings(raw).settings;
    if (settingsEqual(incoming, stored)) return; // our own write coming back, or a no-op event (Firefox)
    stored = incoming;
    const merged: Settings = { ...incoming, activeDays: [...incoming.activeDays] };
    for (const field of unsaved) (merged as unknown as Record<string, unknown>)[field] = settings.value[field];
    if (!settingsEqual(merged, settings.value)) settings.value = merged;
  }

  function schedule(delayMs: number): void {
    cancelTimer();
    timer = setTimeout(() => {
      timer = null;
      void flush();
    }, delayMs);
  }

  function cancelTimer(): void {
    if (timer) clearTimeout(timer);
    timer = null;
  }

  async function flush(): Promise<void> {
    if (writing) await writing;
    if (unsaved.size === 0) return;
    const wait = delayBeforeWrite(writeTimes, deps.now());
    if (wait > 0) {
      schedule(wait);
      return;
    }
    const snapshot = settings.value;
    const fields = [...unsaved];
    await write(snapshot, {});
    if (status.value.kind === 'failed') return;
    for (const field of fields) {
      if (sameValue(settings.value[field], snapshot[field])) unsaved.delete(field);
    }
  }

  async function write(value: Settings, options: { force?: boolean; rethrow?: boolean }): Promise<void> {
    if (!options.force && settingsEqual(value, stored)) {
      status.value = { kind: 'saved' };
      return;
    }
    const run = (async () => {
      const now = deps.now();
      writeTimes = [...pruneWriteTimes(writeTimes, now), now];
      await deps.save(value);
    })();
    writing = run.catch(() => undefined);
    try {
      await run;
      stored = value;
      status.value = unsaved.size > 0 && !settingsEqual(settings.value, value) ? { kind: 'pending' } : { kind: 'saved' };
    } catch (error) {
      status.value = { kind: 'failed', message: messageOf(error) };
      if (options.rethrow) throw error;
    } finally {
      writing = null;
    }
  }

  function setError(field: SettingsField, error: FieldError): void {
    errors.value = { ...errors.value, [field]: error };
  }

  function clearError(field: SettingsField): void {
    if (!(field in errors.value)) return;
    const next = { ...errors.value };
    delete next[field];
    errors.value = next;
  }

  return {
    settings,
    errors,
    status,
    loaded,
    repaired,
    hasErrors,
    start,
    stop,
    update,
    replaceAll,
    adopt,
    forgetAll,
    retry,
    dismissRepaired: () => {
      repaired.value = false;
    },
  };
}

function sameValue(a: unknown, b: unknown): boolean {
  return Array.isArray(a) && Array.isArray(b) ? a.length === b.length && a.every((x, i) => x === b[i]) : a === b;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
