/**
 * Updates keep the user's data: the pure migration steps, and what release 0.1.0 left in storage
 * (tests/fixtures/release-0.1.0-storage.json) read by this release — through the storage shell and by the
 * background's real main() — without losing anything.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background';
import { settled } from '../../entrypoints/background/reminders';
import { MIGRATIONS, SCHEMA_VERSION, migrate, storedVersion, type MigrationStep } from '../../lib/migrate';
import { defaultSettings, type Settings } from '../../lib/settings/settings';
import { loadHistory, loadSettings, loadState, saveSettings } from '../../shell/storage';
import { installFakeCommands } from '../support/fake-commands';
import release010 from '../fixtures/release-0.1.0-storage.json';

const MIN = 60_000;

/** Everything this release reads back, as the pages and the background do. */
async function loadAll() {
  const [settings, state, history] = await Promise.all([loadSettings(), loadState(), loadHistory()]);
  return { settings, state, history };
}
const at = (hhmm: string) => new Date(`2026-11-23T${hhmm}`).getTime(); // Europe/Berlin in this suite

describe('migrate', () => {
  it('is the identity from version 1 to this release today, for every item', () => {
    expect(SCHEMA_VERSION).toBe(1);
    for (const steps of Object.values(MIGRATIONS)) {
      const value = { any: ['thing'] };
      expect(migrate(value, { v: 1 }, steps)).toBe(value);
      expect(migrate(value, undefined, steps)).toBe(value);
    }
  });

  it('runs each step from the stored version up to the target, in order', () => {
    const steps: Record<number, MigrationStep> = {
      1: (v) => ({ ...(v as object), renamed: (v as { old: number }).old }),
      2: (v) => ({ ...(v as object), doubled: (v as { renamed: number }).renamed * 2 }),
    };
    expect(migrate({ old: 4 }, null, steps, 3)).toEqual({ old: 4, renamed: 4, doubled: 8 });
    expect(migrate({ renamed: 5 }, { v: 2 }, steps, 3)).toEqual({ renamed: 5, doubled: 10 });
    expect(migrate({ doubled: 1 }, { v: 3 }, steps, 3)).toEqual({ doubled: 1 });
  });

  it('reads a newer version as it is (the parser keeps what it knows)', () => {
    const fromTheFuture = { movementIntervalMin: 300, newField: true };
    expect(migrate(fromTheFuture, { v: SCHEMA_VERSION + 3 }, { 1: () => 'never run' })).toBe(fromTheFuture);
  });

  it.each([
    [undefined, 1],
    [null, 1],
    ['2', 1],
    [{ v: 0 }, 1],
    [{ v: 2.5 }, 1],
    [{ v: Number.NaN }, 1],
    [{ v: 2 }, 2],
  ])('takes the version from the metadata %j as %i', (meta, version) => {
    expect(storedVersion(meta)).toBe(version);
  });
});

describe('data saved by release 0.1.0', () => {
  const { settings, state, history } = { ...release010.sync, ...release010.local };

  beforeEach(async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    installFakeCommands();
    await fakeBrowser.storage.sync.set(release010.sync);
    await fakeBrowser.storage.local.set(release010.local);
  });
  afterEach(() => vi.useRealTimers());

  it('reads into this release whole: every setting, the running feed and waiting check-in, every history entry', async () => {
    const all = await loadAll();
    // Fields 0.1.0 did not have take their defaults; nothing it had is lost or called damaged.
    expect(all.settings).toEqual({ settings: { ...defaultSettings(), ...settings }, problems: [] });
    expect(all.state).toEqual({ ...state, pausedAt: null, held: null });
    expect(all.history).toEqual(history);
  });

  it('the background runs on from where 0.1.0 left off, and writes back stamped with the schema version', async () => {
    vi.setSystemTime(at('09:02'));
    background.main();
    await settled();
    expect((await loadAll()).state).toEqual({ ...state, pausedAt: null, held: null });
    expect((await fakeBrowser.storage.local.get()).state).toEqual(state); // nothing due: nothing rewritten
    const alarms = Object.fromEntries((await fakeBrowser.alarms.getAll()).map((a) => [a.name, a.scheduledTime]));
    expect(alarms).toEqual({ checkin: state.feed.nextCheckInAt, 'feed-end': state.feed.startedAt + 90 * MIN });

    vi.setSystemTime(at('09:05'));
    await fakeBrowser.alarms.onAlarm.trigger({ name: 'checkin', scheduledTime: at('09:05') });
    await settled();
    const after = await fakeBrowser.storage.local.get();
    expect((after.history as unknown[]).slice(0, history.length)).toEqual(history);
    expect(after.history).toHaveLength(history.length + 2); // the unanswered check-in, missed; the new one, shown
    // The same feed runs on at the user's 15-minute check-in interval; the rest of the schedule is untouched.
    expect(after.state).toMatchObject({
      movementDueAt: state.movementDueAt,
      feedingDueAt: state.feedingDueAt,
      lastFeedSide: 'right',
      feed: { side: 'right', startedAt: state.feed.startedAt, checkIns: 2, nextCheckInAt: at('09:20') },
      waiting: { kind: 'checkin', at: at('09:05') },
    });
    expect(after['state$']).toEqual({ v: SCHEMA_VERSION });
    expect(after['history$']).toEqual({ v: SCHEMA_VERSION });
    expect((await loadSettings()).settings).toEqual({ ...defaultSettings(), ...settings }); // never rewritten by the background
  });

  it('settings saved by this release read back the same, with the version beside them', async () => {
    const changed = { ...defaultSettings(), ...(settings as Partial<Settings>), snoozeMin: 12 };
    await saveSettings(changed);
    expect(await fakeBrowser.storage.sync.get()).toEqual({ settings: changed, settings$: { v: SCHEMA_VERSION } });
    expect(await loadSettings()).toEqual({ settings: changed, problems: [] });
  });
});
