/**
 * The options page's settings state: what is in force, what the user got wrong, and the saving behind it.
 *
 * - A valid change is in force at once on the page; the writer (settings-writer.ts) stores it after a short
 *   quiet spell, within the sync quotas, merging writes from other pages that arrive meanwhile.
 * - An invalid value is refused: its field gets an error and the last good value stays in force.
 * - A rejected write is kept as a visible failure with a retry, never dropped.
 * - Opening the page never writes: stored values this version had to repair are written only with the
 *   user's next change.
 */
import { computed, signal } from '@preact/signals';
import {
  crossFieldErrors,
  parseSettings,
  settingsEqual,
  validateField,
  type FieldError,
  type Settings,
  type SettingsField,
} from '../../lib/settings/settings';
import { saveFailureText } from './save-messages';
import { createSettingsWriter, SaveFailedError, type SaveFailure } from './settings-writer';

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

/** What the page says about saving: the writer's phase, or that the stored settings could not be read. */
export type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saved' }
  | { kind: 'failed'; reason: SaveFailure }
  | { kind: 'unreadable' };

export type FieldErrors = Partial<Record<SettingsField, FieldError>>;

export type OptionsState = ReturnType<typeof createOptionsState>;

/** `deps`: the browser's storage from entrypoints/options/deps.ts, or a test's. */
export function createOptionsState(deps: OptionsDeps) {
  const writer = createSettingsWriter({ save: deps.save, now: deps.now, debounceMs: deps.debounceMs });
  /** The settings in force on this page: the stored ones plus changes waiting to be written. */
  const settings = writer.settings;
  const errors = signal<FieldErrors>({});
  const loaded = signal(false);
  const unreadable = signal(false);
  /** Stored settings were broken and have been repaired on this page: it says so until dismissed. */
  const repaired = signal(false);
  let unwatch: (() => void) | null = null;

  const status = computed<SaveStatus>(() => {
    const phase = writer.phase.value;
    switch (phase.name) {
      case 'pending':
      case 'writing':
        return { kind: 'pending' };
      case 'failed':
        return { kind: 'failed', reason: phase.reason };
      case 'saved':
        return { kind: 'saved' };
      case 'idle':
        return unreadable.value ? { kind: 'unreadable' } : { kind: 'idle' };
    }
  });
  const hasErrors = computed(() => Object.keys(errors.value).length > 0);

  async function start(): Promise<void> {
    unwatch = deps.watch((raw) => writer.stored(parseSettings(raw).settings));
    let raw: unknown;
    try {
      raw = await deps.loadRaw();
    } catch {
      unreadable.value = true;
      loaded.value = true;
      return;
    }
    const parsed = parseSettings(raw);
    writer.loaded(parsed.settings);
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
    writer.stop();
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
    if (!settingsEqual(next, settings.value)) writer.edit({ [field]: result.value } as Partial<Settings>);
    return true;
  }

  /**
   * Replaces every setting at once and writes now (reset to defaults, import). Throws an Error whose
   * message is a sentence for the user if the write is refused.
   */
  async function replaceAll(next: Readonly<Settings>): Promise<void> {
    errors.value = {};
    try {
      await writer.replaceAll(next);
    } catch (error) {
      throw error instanceof SaveFailedError ? new Error(saveFailureText(error.reason)) : error;
    }
  }

  /**
   * Takes settings the background has just written (an import) as stored and in force, dropping changes
   * waiting here: the user chose to replace them.
   */
  function adopt(next: Readonly<Settings>): void {
    errors.value = {};
    writer.forget();
    writer.stored(next);
  }

  /** Forgets pending changes and shows the defaults (all data was deleted). */
  function forgetAll(): void {
    errors.value = {};
    writer.forget();
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
    /** Writes now whatever is waiting (the "Try again" after a failed write). */
    retry: writer.retry,
    dismissRepaired: () => {
      repaired.value = false;
    },
  };
}
