/**
 * The options page's settings writer: every way a save can go, as a few named states.
 *
 *   idle/saved ──edit──▶ pending ──quiet spell, budget allows──▶ writing ──▶ saved
 *                          ▲  │                                    │
 *                          │  └─budget spent: wait for it─┐        └──▶ failed(reason) ──retry──▶ writing
 *                          └──────────────────────────────┘
 *
 * Rules, in the order they matter:
 * - The value in force on the page is the stored value with this page's unsaved edits on top.
 * - Edits are written after `debounceMs` of quiet, all in one write, and never faster than storage.sync's
 *   quotas allow (write-budget.ts). The quotas are per browser, so writes seen from other pages count too.
 * - A write from another page (or another synced browser) becomes the stored value; this page's unsaved
 *   edits stay on top of it: they are the user's newer intent. If it arrives while our own write is on its
 *   way, which of the two landed last is unknown, so our fields are written once more on top of theirs.
 * - A rejected write keeps its edits and names a reason (the page turns it into a sentence and offers a
 *   retry). A write refused for the per-minute quota is tried again on its own once that minute is over.
 *
 * `writerStep` is the whole machine, pure: a model and an event in, the next model and the effects to carry
 * out. `createSettingsWriter` runs it with timers and the injected `save`.
 */
import { computed, signal } from '@preact/signals';
import { DEFAULT_SETTINGS, SETTINGS_FIELD_NAMES, type Settings, type SettingsField } from '../../lib/settings/settings';
import { delayBeforeWrite, pruneWriteTimes, SYNC_WRITE_LIMITS, type WriteLimit } from './write-budget';

/** Why a write was refused, in the browser's terms turned into ours (see `saveFailureReason`). */
export type SaveFailure = 'too-many-writes' | 'storage-full' | 'unavailable';

export type WriterPhase =
  | { readonly name: 'idle' }
  | { readonly name: 'pending' }
  | { readonly name: 'writing' }
  | { readonly name: 'saved' }
  | { readonly name: 'failed'; readonly reason: SaveFailure };

type Edits = Readonly<Partial<Settings>>;

export interface WriterModel {
  readonly phase: WriterPhase;
  /** The last value known to be in storage. */
  readonly stored: Readonly<Settings>;
  /** Changes made on this page and not sent yet. */
  readonly edits: Edits;
  /** The write on its way: the edits it carries, the whole value sent, and whether another write was seen meanwhile. */
  readonly inFlight: { readonly id: number; readonly edits: Edits; readonly value: Readonly<Settings>; readonly othersWrote: boolean } | null;
  /** The value this page wrote last, to tell our own write coming back from someone else's. */
  readonly lastWritten: Readonly<Settings> | null;
  /** Epoch ms of recent writes to storage.sync (ours and those seen from other pages), oldest first. */
  readonly writeTimes: readonly number[];
  readonly nextWriteId: number;
}

export type WriterEvent =
  | { readonly type: 'loaded'; readonly value: Readonly<Settings>; readonly at: number }
  | { readonly type: 'edit'; readonly changes: Edits; readonly at: number }
  /** Reset or import: every field, written at once. */
  | { readonly type: 'replace'; readonly value: Readonly<Settings>; readonly at: number }
  /** The wait the last `wait` effect asked for has passed. */
  | { readonly type: 'quiet'; readonly at: number }
  | { readonly type: 'written'; readonly id: number; readonly at: number }
  | { readonly type: 'rejected'; readonly id: number; readonly reason: SaveFailure; readonly at: number }
  /** storage.sync changed (another page, another synced browser, or our own write coming back). */
  | { readonly type: 'stored'; readonly value: Readonly<Settings>; readonly at: number }
  | { readonly type: 'retry'; readonly at: number }
  /** All data was deleted: defaults are in force and nothing is waiting. */
  | { readonly type: 'forget'; readonly at: number };

export type WriterEffect =
  /** (Re)start the one timer; when it fires, send `quiet`. */
  | { readonly type: 'wait'; readonly ms: number }
  | { readonly type: 'stop-waiting' }
  | { readonly type: 'write'; readonly id: number; readonly value: Readonly<Settings> };

export interface WriterConfig {
  /** Quiet time after the last edit before writing (ms). */
  debounceMs: number;
  limits?: readonly WriteLimit[];
}

/** After the per-minute quota refused a write, when to try again on our own (ms). */
export const QUOTA_RETRY_MS = 60_000;

export function initialModel(stored: Readonly<Settings> = DEFAULT_SETTINGS): WriterModel {
  return { phase: { name: 'idle' }, stored, edits: {}, inFlight: null, lastWritten: null, writeTimes: [], nextWriteId: 1 };
}

/** The settings in force on the page: stored, then the write on its way, then the edits not sent yet. */
export function shownSettings(model: WriterModel): Readonly<Settings> {
  if (!model.inFlight && Object.keys(model.edits).length === 0) return model.stored;
  return { ...model.stored, ...model.inFlight?.edits, ...model.edits };
}

type Step = { model: WriterModel; effects: WriterEffect[] };

export function writerStep(model: WriterModel, event: WriterEvent, config: WriterConfig): Step {
  const limits = config.limits ?? SYNC_WRITE_LIMITS;
  const same = (): Step => ({ model, effects: [] });
  const settle = (next: WriterModel): Step => ({
    model: { ...next, phase: model.phase.name === 'idle' ? { name: 'idle' } : { name: 'saved' } },
    effects: [{ type: 'stop-waiting' }],
  });

  switch (event.type) {
    case 'loaded':
      return { model: { ...model, stored: event.value, edits: dropSaved(model.edits, event.value) }, effects: [] };

    case 'edit': {
      // An edit back to the value already on its way (or stored) is no longer an edit.
      const base = model.inFlight ? model.inFlight.value : model.stored;
      const edits = dropSaved({ ...model.edits, ...event.changes }, base);
      const next = { ...model, edits };
      if (Object.keys(edits).length === 0 && !model.inFlight) return settle(next);
      return {
        model: { ...next, phase: model.inFlight ? { name: 'writing' } : { name: 'pending' } },
        effects: [{ type: 'wait', ms: config.debounceMs }],
      };
    }

    case 'replace': {
      const next = { ...model, edits: { ...event.value } };
      if (model.inFlight) return { model: { ...next, phase: { name: 'writing' } }, effects: [] };
      return startWrite(next, event.at, limits);
    }

    case 'quiet':
    case 'retry': {
      if (model.inFlight) return same(); // the write's answer decides what comes next
      if (Object.keys(model.edits).length === 0) return settle(model);
      const wait = delayBeforeWrite(model.writeTimes, event.at, limits);
      if (wait > 0) return { model: { ...model, phase: { name: 'pending' } }, effects: [{ type: 'wait', ms: wait }] };
      return startWrite(model, event.at, limits);
    }

    case 'written': {
      const flight = model.inFlight;
      if (!flight || flight.id !== event.id) return same();
      // Someone else wrote while ours was on its way: theirs may have landed last, or ours over theirs.
      // Either way, writing our fields again on top of theirs leaves both.
      const stored = flight.othersWrote ? model.stored : flight.value;
      const edits = flight.othersWrote ? { ...flight.edits, ...model.edits } : dropSaved(model.edits, stored);
      const next: WriterModel = { ...model, stored, edits, inFlight: null };
      if (Object.keys(edits).length === 0) return { model: { ...next, phase: { name: 'saved' } }, effects: [{ type: 'stop-waiting' }] };
      return {
        model: { ...next, phase: { name: 'pending' } },
        effects: [{ type: 'wait', ms: flight.othersWrote ? 0 : config.debounceMs }],
      };
    }

    case 'rejected': {
      const flight = model.inFlight;
      if (!flight || flight.id !== event.id) return same();
      const edits = dropSaved({ ...flight.edits, ...model.edits }, model.stored);
      const next: WriterModel = { ...model, edits, inFlight: null, lastWritten: null };
      if (Object.keys(edits).length === 0) return settle(next);
      return {
        model: { ...next, phase: { name: 'failed', reason: event.reason } },
        effects: [event.reason === 'too-many-writes' ? { type: 'wait', ms: QUOTA_RETRY_MS } : { type: 'stop-waiting' }],
      };
    }

    case 'stored': {
      // Our own write coming back, or a no-op change event (Firefox sends those): nothing new.
      if (settingsSame(event.value, model.stored) || (model.lastWritten && settingsSame(event.value, model.lastWritten))) return same();
      const writeTimes = [...pruneWriteTimes(model.writeTimes, event.at, limits), event.at];
      if (model.inFlight) {
        return { model: { ...model, stored: event.value, writeTimes, inFlight: { ...model.inFlight, othersWrote: true } }, effects: [] };
      }
      const edits = dropSaved(model.edits, event.value);
      const next: WriterModel = { ...model, stored: event.value, edits, writeTimes };
      if (Object.keys(edits).length === 0 && model.phase.name === 'pending') return settle(next);
      return { model: next, effects: [] };
    }

    case 'forget':
      return {
        model: { ...initialModel(), writeTimes: model.writeTimes, nextWriteId: model.nextWriteId },
        effects: [{ type: 'stop-waiting' }],
      };
  }
}

function startWrite(model: WriterModel, at: number, limits: readonly WriteLimit[]): Step {
  const value: Readonly<Settings> = { ...model.stored, ...model.edits };
  const id = model.nextWriteId;
  return {
    model: {
      ...model,
      phase: { name: 'writing' },
      edits: {},
      inFlight: { id, edits: model.edits, value, othersWrote: false },
      lastWritten: value,
      writeTimes: [...pruneWriteTimes(model.writeTimes, at, limits), at],
      nextWriteId: id + 1,
    },
    effects: [{ type: 'stop-waiting' }, { type: 'write', id, value }],
  };
}

/** The edits that differ from `base`. */
function dropSaved(edits: Edits, base: Readonly<Settings>): Edits {
  const keys = Object.keys(edits) as SettingsField[];
  const kept = keys.filter((field) => !sameValue(edits[field], base[field]));
  if (kept.length === keys.length) return edits;
  return Object.fromEntries(kept.map((field) => [field, edits[field]])) as Edits;
}

function sameValue(a: unknown, b: unknown): boolean {
  return Array.isArray(a) && Array.isArray(b) ? a.length === b.length && a.every((x, i) => x === b[i]) : a === b;
}

function settingsSame(a: Readonly<Settings>, b: Readonly<Settings>): boolean {
  return SETTINGS_FIELD_NAMES.every((field) => sameValue(a[field], b[field]));
}

/**
 * Turns what the browser threw into a reason. Chrome names its quotas in the message
 * ("This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota."); Firefox throws a QuotaExceededError
 * when sync storage is full.
 */
export function saveFailureReason(error: unknown): SaveFailure {
  const text = error instanceof Error ? `${error.name} ${error.message}` : String(error);
  if (/MAX_WRITE_OPERATIONS|MAX_SUSTAINED_WRITE_OPERATIONS/.test(text)) return 'too-many-writes';
  if (/QUOTA_BYTES|MAX_ITEMS|quota/i.test(text)) return 'storage-full';
  return 'unavailable';
}

/** Thrown by `replaceAll` when its write is refused; `reason` says why. */
export class SaveFailedError extends Error {
  constructor(readonly reason: SaveFailure) {
    super(reason);
    this.name = 'SaveFailedError';
  }
}

export interface WriterDeps {
  save(settings: Readonly<Settings>): Promise<void>;
  now(): number;
  debounceMs: number;
  limits?: readonly WriteLimit[];
}

type Input = WriterEvent extends infer E ? (E extends WriterEvent ? Omit<E, 'at'> : never) : never;

export type SettingsWriter = ReturnType<typeof createSettingsWriter>;

/** Runs `writerStep` against real timers and `deps.save`. */
export function createSettingsWriter(deps: WriterDeps) {
  const model = signal<WriterModel>(initialModel());
  const config: WriterConfig = { debounceMs: deps.debounceMs, limits: deps.limits };
  let timer: ReturnType<typeof setTimeout> | null = null;
  /** Callers of `replaceAll` waiting for the outcome. */
  let waiters: Array<{ resolve(): void; reject(error: Error): void }> = [];

  function send(input: Input): void {
    const { model: next, effects } = writerStep(model.peek(), { ...input, at: deps.now() } as WriterEvent, config);
    model.value = next;
    for (const effect of effects) run(effect);
    const phase = next.phase;
    if (phase.name === 'saved' || phase.name === 'idle' || phase.name === 'failed') {
      const settled = waiters;
      waiters = [];
      for (const w of settled) phase.name === 'failed' ? w.reject(new SaveFailedError(phase.reason)) : w.resolve();
    }
  }

  function run(effect: WriterEffect): void {
    if (effect.type === 'stop-waiting' || effect.type === 'wait') {
      if (timer) clearTimeout(timer);
      timer = null;
    }
    if (effect.type === 'wait') {
      timer = setTimeout(() => {
        timer = null;
        send({ type: 'quiet' });
      }, effect.ms);
    }
    if (effect.type === 'write') {
      const { id } = effect;
      deps.save(effect.value).then(
        () => send({ type: 'written', id }),
        (error: unknown) => send({ type: 'rejected', id, reason: saveFailureReason(error) }),
      );
    }
  }

  // The same object for as long as the values are the same, so the page re-renders only for a real change.
  let shown: Readonly<Settings> = shownSettings(model.peek());
  const settings = computed(() => {
    const next = shownSettings(model.value);
    if (!settingsSame(next, shown)) shown = next;
    return shown;
  });

  return {
    /** The settings in force on the page. */
    settings,
    phase: computed(() => model.value.phase),
    model: computed(() => model.value),
    loaded: (value: Readonly<Settings>) => send({ type: 'loaded', value }),
    edit: (changes: Readonly<Partial<Settings>>) => send({ type: 'edit', changes }),
    stored: (value: Readonly<Settings>) => send({ type: 'stored', value }),
    retry: () => send({ type: 'retry' }),
    forget: () => send({ type: 'forget' }),
    /** Writes every field now; resolves once stored, rejects with a `SaveFailedError`. */
    replaceAll(value: Readonly<Settings>): Promise<void> {
      const outcome = new Promise<void>((resolve, reject) => waiters.push({ resolve, reject }));
      send({ type: 'replace', value });
      return outcome;
    },
    stop(): void {
      if (timer) clearTimeout(timer);
      timer = null;
    },
  };
}
