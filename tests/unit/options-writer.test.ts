import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings/settings';
import {
  QUOTA_RETRY_MS,
  createSettingsWriter,
  initialModel,
  saveFailureReason,
  shownSettings,
  writerStep,
  type SaveFailure,
  type WriterEffect,
  type WriterEvent,
  type WriterModel,
} from '../../components/options/settings-writer';

const DEBOUNCE = 400;
const config = { debounceMs: DEBOUNCE };
const S = (changes: Partial<Settings> = {}): Readonly<Settings> => ({ ...DEFAULT_SETTINGS, ...changes });

/** Events without their time: each happens 10 ms after the one before. */
type Script = Array<WriterEvent extends infer E ? (E extends WriterEvent ? Omit<E, 'at'> : never) : never>;

function play(script: Script, start: WriterModel = initialModel()) {
  let model = start;
  const effects: WriterEffect[] = [];
  script.forEach((event, i) => {
    const step = writerStep(model, { ...event, at: 1_000_000 + i * 10 } as WriterEvent, config);
    model = step.model;
    effects.push(...step.effects);
  });
  const writes = effects.flatMap((e) => (e.type === 'write' ? [e.value] : []));
  const lastWait = [...effects].reverse().find((e) => e.type === 'wait' || e.type === 'stop-waiting');
  return { model, writes, shown: shownSettings(model), lastWait };
}

const edit = (changes: Partial<Settings>) => ({ type: 'edit', changes }) as const;
const quiet = { type: 'quiet' } as const;
const written = (id = 1) => ({ type: 'written', id }) as const;
const rejected = (reason: SaveFailure, id = 1) => ({ type: 'rejected', id, reason }) as const;
const stored = (changes: Partial<Settings>) => ({ type: 'stored', value: S(changes) }) as const;
const retry = { type: 'retry' } as const;

describe('writerStep: the named states', () => {
  it.each<[string, Script, WriterModel['phase']['name'], Array<Partial<Settings>>, Partial<Settings>]>([
    // name, events, phase after, what was written (fields that differ from the defaults), what the page shows
    ['an edit waits for a quiet spell', [edit({ snoozeMin: 7 })], 'pending', [], { snoozeMin: 7 }],
    ['a quiet spell writes the edit', [edit({ snoozeMin: 7 }), quiet], 'writing', [{ snoozeMin: 7 }], { snoozeMin: 7 }],
    ['a confirmed write is saved', [edit({ snoozeMin: 7 }), quiet, written()], 'saved', [{ snoozeMin: 7 }], { snoozeMin: 7 }],
    ['rapid edits become one write', [edit({ snoozeMin: 7 }), edit({ snoozeMin: 8 }), edit({ breaths: 9 }), quiet, written()], 'saved', [{ snoozeMin: 8, breaths: 9 }], { snoozeMin: 8, breaths: 9 }],
    ['an edit back to the stored value needs no write', [edit({ snoozeMin: 7 }), edit({ snoozeMin: 5 }), quiet], 'saved', [], {}],
    ['an edit while writing is written next', [edit({ snoozeMin: 7 }), quiet, edit({ breaths: 9 }), quiet, written(), quiet], 'writing', [{ snoozeMin: 7 }, { snoozeMin: 7, breaths: 9 }], { snoozeMin: 7, breaths: 9 }],
    ['a rejected write keeps the edit and says why', [edit({ snoozeMin: 7 }), quiet, rejected('unavailable')], 'failed', [{ snoozeMin: 7 }], { snoozeMin: 7 }],
    ['retry after a rejection writes the edit again', [edit({ snoozeMin: 7 }), quiet, rejected('storage-full'), retry, written(2)], 'saved', [{ snoozeMin: 7 }, { snoozeMin: 7 }], { snoozeMin: 7 }],
    ['another page’s write is taken in while idle', [stored({ breaths: 12 })], 'idle', [], { breaths: 12 }],
    ['another page’s write while pending: ours stays on top of theirs', [edit({ snoozeMin: 7 }), stored({ snoozeMin: 9, breaths: 12 }), quiet], 'writing', [{ snoozeMin: 7, breaths: 12 }], { snoozeMin: 7, breaths: 12 }],
    ['another page wrote what we were about to: nothing left to write', [edit({ snoozeMin: 7 }), stored({ snoozeMin: 7 }), quiet], 'saved', [], { snoozeMin: 7 }],
    ['another page’s write while ours is on its way: ours is written again on top', [edit({ snoozeMin: 7 }), quiet, stored({ breaths: 12 }), written(), quiet], 'writing', [{ snoozeMin: 7 }, { snoozeMin: 7, breaths: 12 }], { snoozeMin: 7, breaths: 12 }],
    ['our own write coming back changes nothing', [edit({ snoozeMin: 7 }), quiet, stored({ snoozeMin: 7 }), written()], 'saved', [{ snoozeMin: 7 }], { snoozeMin: 7 }],
    ['an answer to a forgotten write is ignored', [edit({ snoozeMin: 7 }), quiet, { type: 'forget' }, written()], 'idle', [{ snoozeMin: 7 }], {}],
    ['replace writes every field at once', [edit({ snoozeMin: 7 }), { type: 'replace', value: S({ breaths: 3 }) }, written()], 'saved', [{ breaths: 3 }], { breaths: 3 }],
  ])('%s', (_name, script, phase, writes, shown) => {
    const result = play(script);
    expect(result.model.phase.name).toBe(phase);
    expect(result.writes).toEqual(writes.map((w) => S(w)));
    expect(result.shown).toEqual(S(shown));
  });

  it('waits for the write budget instead of writing over it', () => {
    const full: WriterModel = { ...initialModel(), writeTimes: Array.from({ length: 60 }, (_, i) => 1_000_000 - 30_000 + i) };
    const { model, writes, lastWait } = play([edit({ snoozeMin: 7 }), quiet], full);
    expect(writes).toEqual([]);
    expect(model.phase.name).toBe('pending');
    // The oldest of the 60 writes leaves the minute window 30 s after it was made: then there is room.
    expect(lastWait).toEqual({ type: 'wait', ms: 30_000 - 10 });
  });

  it('counts writes seen from other pages against the same budget (the quota is per browser)', () => {
    const others: Script = Array.from({ length: 60 }, (_, i) => stored({ breaths: (i % 19) + 1 }));
    const { writes, model } = play([...others, edit({ snoozeMin: 7 }), quiet]);
    expect(writes).toEqual([]);
    expect(model.phase.name).toBe('pending');
  });

  it('after the per-minute quota refused a write, tries again on its own a minute later; other refusals wait for the user', () => {
    expect(play([edit({ snoozeMin: 7 }), quiet, rejected('too-many-writes')]).lastWait).toEqual({ type: 'wait', ms: QUOTA_RETRY_MS });
    expect(play([edit({ snoozeMin: 7 }), quiet, rejected('unavailable')]).lastWait).toEqual({ type: 'stop-waiting' });
  });

  it('returns the very same model for a no-op change event, so the page does not re-render', () => {
    const start = play([stored({ breaths: 12 })]).model;
    expect(writerStep(start, { type: 'stored', value: S({ breaths: 12 }), at: 2_000_000 }, config).model).toBe(start);
    expect(shownSettings(start)).toBe(start.stored);
  });
});

describe('saveFailureReason', () => {
  it.each<[unknown, SaveFailure]>([
    [new Error('This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.'), 'too-many-writes'],
    [new Error('This request exceeds the MAX_WRITE_OPERATIONS_PER_HOUR quota.'), 'too-many-writes'],
    [new Error('QUOTA_BYTES_PER_ITEM quota exceeded'), 'storage-full'],
    [Object.assign(new Error('storage.sync API call exceeded its quota limitations.'), { name: 'QuotaExceededError' }), 'storage-full'],
    [new Error('Extension context invalidated.'), 'unavailable'],
    ['something odd', 'unavailable'],
  ])('%s → %s', (error, reason) => {
    expect(saveFailureReason(error)).toBe(reason);
  });
});

describe('createSettingsWriter', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('saves after the quiet spell, through the injected save', async () => {
    const saved: Array<Readonly<Settings>> = [];
    const writer = createSettingsWriter({ save: async (s) => void saved.push(s), now: () => Date.now(), debounceMs: DEBOUNCE });
    writer.edit({ snoozeMin: 7 });
    await vi.advanceTimersByTimeAsync(DEBOUNCE - 1);
    expect(saved).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(saved).toEqual([S({ snoozeMin: 7 })]);
    expect(writer.phase.value.name).toBe('saved');
  });

  it('a quota refusal is retried on its own a minute later, and replaceAll rejects with the reason', async () => {
    const save = vi
      .fn<(s: Readonly<Settings>) => Promise<void>>()
      .mockRejectedValueOnce(new Error('MAX_WRITE_OPERATIONS_PER_MINUTE'))
      .mockResolvedValue(undefined);
    const writer = createSettingsWriter({ save, now: () => Date.now(), debounceMs: DEBOUNCE });
    await expect(writer.replaceAll(S({ breaths: 3 }))).rejects.toMatchObject({ reason: 'too-many-writes' });
    expect(writer.phase.value).toEqual({ name: 'failed', reason: 'too-many-writes' });
    expect(writer.settings.value.breaths).toBe(3); // kept on the page
    await vi.advanceTimersByTimeAsync(QUOTA_RETRY_MS);
    expect(save).toHaveBeenCalledTimes(2);
    expect(writer.phase.value.name).toBe('saved');
  });
});
