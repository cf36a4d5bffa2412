/**
 * The background through WXT's fake browser: its real `main()`, real storage, alarms and notifications
 * (faked by the browser, not by us), events triggered as the browser would.
 */
import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background';
import { settled } from '../../entrypoints/background/reminders';
import { HISTORY_MAX_ENTRIES, type HistoryEntry } from '../../lib/history/history';
import type { Command, CommandReply } from '../../lib/schedule/commands';
import { defaultSettings, type Settings } from '../../lib/settings/settings';
import { initialState, type EngineState } from '../../lib/schedule/state';
import { installFakeCommands } from '../support/fake-commands';
import { installFakeI18n } from '../support/fake-i18n';
import { fakeIdle, installFakeIdle } from '../support/fake-idle';

const MIN = 60_000;
const MONDAY = (hhmm: string) => new Date(`2026-11-23T${hhmm}`).getTime();

let shortcut: ReturnType<typeof installFakeCommands>;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(MONDAY('09:00'));
  shortcut = installFakeCommands();
});
afterEach(() => vi.useRealTimers());

const readState = async () => (await fakeBrowser.storage.local.get('state')).state as EngineState | undefined;
const readHistory = async () => ((await fakeBrowser.storage.local.get('history')).history ?? []) as HistoryEntry[];
const alarms = async () => Object.fromEntries((await fakeBrowser.alarms.getAll()).map((a) => [a.name, a.scheduledTime]));
const notificationIds = async () => Object.keys(await fakeBrowser.notifications.getAll());
const badge = () => fakeBrowser.action.getBadgeText({});
/** Sends a command as a page would, and waits until the background has finished with it. */
async function send(command: Command): Promise<CommandReply> {
  const reply = (await fakeBrowser.runtime.sendMessage(command)) as CommandReply;
  await settled();
  return reply;
}

async function seed(state: Partial<EngineState>, extra: Record<string, unknown> = {}) {
  await fakeBrowser.storage.local.set({ state: { ...initialState(), ...state }, ...extra });
}

/** Starts the worker and waits until its first catch-up has run. */
async function start(): Promise<void> {
  background.main();
  await settled();
}

/** A worker stopped and started again: module memory and listeners gone, storage kept; alarms kept unless told. */
async function restart({ clearAlarms }: { clearAlarms: boolean }): Promise<void> {
  const local = await fakeBrowser.storage.local.get();
  const sync = await fakeBrowser.storage.sync.get();
  const kept = clearAlarms ? [] : await fakeBrowser.alarms.getAll();
  fakeBrowser.reset();
  installFakeIdle();
  installFakeI18n();
  shortcut = installFakeCommands();
  await fakeBrowser.storage.local.set(local);
  await fakeBrowser.storage.sync.set(sync);
  for (const alarm of kept) await fakeBrowser.alarms.create(alarm.name, { when: alarm.scheduledTime });
  await start();
}

/** Fires an alarm at `at` and waits until the background has handled it. */
async function fireAlarm(name: string, at: number) {
  vi.setSystemTime(at);
  await fakeBrowser.alarms.onAlarm.trigger({ name, scheduledTime: at });
  await settled();
}

describe('background', () => {
  it('on install, the alarms match the settings: one per pending due time, no polling tick', async () => {
    await start();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    await settled();
    expect(await alarms()).toEqual({ movement: MONDAY('09:50'), feeding: MONDAY('12:00') });
    expect((await fakeBrowser.alarms.getAll()).every((a) => a.periodInMinutes === undefined)).toBe(true);
    expect(fakeIdle().detectionIntervalSec).toBe(300);
    expect(await badge()).toBe('');
  });

  it('a due alarm shows a silent notification with Done and Snooze, records it and marks the badge', async () => {
    await start();
    await fireAlarm('movement', MONDAY('09:50'));
    const id = `reminder:movement:${MONDAY('09:50')}`;
    expect(await notificationIds()).toEqual([id]);
    const notification = (await fakeBrowser.notifications.getAll())[id] as unknown as Record<string, unknown>;
    expect(notification).toMatchObject({ type: 'basic', title: 'Time for a movement break', silent: true, requireInteraction: false });
    expect(notification.message).toEqual(expect.any(String));
    expect((notification.message as string).length).toBeGreaterThan(5);
    expect(notification.buttons).toEqual([{ title: 'Done' }, { title: 'Snooze 5 min' }]);
    expect(await readHistory()).toEqual([{ type: 'reminder', at: MONDAY('09:50'), kind: 'movement', outcome: 'shown' }]);
    expect(await badge()).toBe('!');
    expect((await alarms()).movement).toBe(MONDAY('10:40'));
  });

  it('a duplicate or early alarm does nothing', async () => {
    await start();
    await fireAlarm('movement', MONDAY('09:50'));
    expect(await readHistory()).toHaveLength(1);
    await fireAlarm('movement', MONDAY('09:50'));
    await fireAlarm('feeding', MONDAY('09:51')); // early: feeding is due at 12:00
    expect(await readHistory()).toHaveLength(1);
    expect(await notificationIds()).toHaveLength(1);
  });

  it.each([
    [0, 'done'],
    [1, 'snoozed'],
  ] as const)('button %i from a cold-started worker answers the waiting reminder (%s)', async (button, outcome) => {
    await start();
    await fireAlarm('movement', MONDAY('09:50'));
    expect((await readState())?.waiting).not.toBeNull();
    await restart({ clearAlarms: false });
    vi.setSystemTime(MONDAY('09:52'));
    await fakeBrowser.notifications.onButtonClicked.trigger(`reminder:movement:${MONDAY('09:50')}`, button);
    await settled();
    expect((await readHistory()).at(-1)).toMatchObject({ kind: 'movement', outcome });
    expect((await readState())?.waiting).toBeNull();
    expect(await notificationIds()).toEqual([]);
    expect(await badge()).toBe('');
    if (outcome === 'snoozed') expect((await alarms()).snooze).toBe(MONDAY('09:57'));
    else expect((await alarms()).movement).toBe(MONDAY('10:42'));
  });

  it('a stale notification id is ignored (its notification just goes)', async () => {
    await start();
    await fireAlarm('movement', MONDAY('09:50'));
    expect(await readHistory()).toHaveLength(1);
    const stale = `reminder:movement:${MONDAY('08:00')}`;
    await fakeBrowser.notifications.create(stale, { type: 'basic', title: 'old', message: 'old', iconUrl: 'x' });
    await fakeBrowser.notifications.onButtonClicked.trigger(stale, 0);
    await fakeBrowser.notifications.onButtonClicked.trigger('something-else', 1);
    await settled();
    expect(await notificationIds()).toEqual([`reminder:movement:${MONDAY('09:50')}`]);
    expect(await readHistory()).toHaveLength(1);
    expect((await readState())?.waiting).not.toBeNull();
  });

  it('clicking the notification opens the popup (a small window where openPopup is not allowed)', async () => {
    await start();
    await fireAlarm('movement', MONDAY('09:50'));
    expect(await notificationIds()).toHaveLength(1);
    const before = (await fakeBrowser.windows.getAll()).length; // the fake starts with a browser window
    await fakeBrowser.notifications.onClicked.trigger(`reminder:movement:${MONDAY('09:50')}`);
    await settled();
    const windows = await fakeBrowser.windows.getAll({ populate: true });
    expect(windows).toHaveLength(before + 1);
    expect(windows.at(-1)).toMatchObject({ type: 'popup' });
    expect((await readState())?.waiting).not.toBeNull(); // still waiting: the popup shows Done and Snooze
  });

  it('a restart with alarms cleared rebuilds them from storage, without firing anything', async () => {
    await start();
    await fireAlarm('movement', MONDAY('09:50'));
    expect((await alarms()).movement).toBe(MONDAY('10:40'));
    const before = await alarms();
    await restart({ clearAlarms: true });
    expect(await alarms()).toEqual(before);
    expect(await readHistory()).toHaveLength(1);
  });

  it('idle or locked at the due time: held, then shown when the user is back', async () => {
    await start();
    vi.setSystemTime(MONDAY('09:48'));
    await fakeIdle().onStateChanged.trigger('locked');
    await fireAlarm('movement', MONDAY('09:50'));
    expect(await notificationIds()).toEqual([]);
    vi.setSystemTime(MONDAY('09:51'));
    await fakeIdle().onStateChanged.trigger('active');
    await settled();
    expect(await notificationIds()).toEqual([`reminder:movement:${MONDAY('09:51')}`]);
  });

  it('a settings change reschedules at once; a write with the same values changes nothing', async () => {
    await start();
    const settings: Settings = { ...defaultSettings(), movementIntervalMin: 20 };
    vi.setSystemTime(MONDAY('09:10'));
    await fakeBrowser.storage.sync.set({ settings });
    await settled();
    expect((await alarms()).movement).toBe(MONDAY('09:30'));
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    const create = vi.spyOn(fakeBrowser.alarms, 'create');
    vi.setSystemTime(MONDAY('09:15'));
    await fakeBrowser.storage.sync.set({ settings: { ...settings } });
    await settled();
    expect(set).not.toHaveBeenCalled();
    expect(create).not.toHaveBeenCalled();
    expect((await alarms()).movement).toBe(MONDAY('09:30'));
  });

  it('the natural-break length sets the idle detection interval', async () => {
    await start();
    await fakeBrowser.storage.sync.set({ settings: { ...defaultSettings(), naturalBreakMin: 2 } });
    await settled();
    expect(fakeIdle().detectionIntervalSec).toBe(120);
  });

  it('corrupt settings: the schedule runs on the defaults', async () => {
    await fakeBrowser.storage.sync.set({ settings: 'not settings at all' });
    await start();
    expect(await alarms()).toEqual({ movement: MONDAY('09:50'), feeding: MONDAY('12:00') });
  });

  it('a rejected notification still leaves the reminder waiting: badge and popup carry it', async () => {
    vi.spyOn(fakeBrowser.notifications, 'create').mockRejectedValue(new Error('Notifications are blocked'));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await start();
    await fireAlarm('movement', MONDAY('09:50'));
    expect((await readState())?.waiting).toMatchObject({ kind: 'movement', notified: false });
    expect(await badge()).toBe('!');
    expect(warn).toHaveBeenCalled();
  });

  it('notifications reported as blocked: the reminder waits, unnotified, for the badge and popup', async () => {
    // The fake has no getPermissionLevel (Chrome has; Firefox has not): lend it one for this test only.
    const notifications = fakeBrowser.notifications as { getPermissionLevel?: () => Promise<string> };
    notifications.getPermissionLevel = async () => 'denied';
    onTestFinished(() => void delete notifications.getPermissionLevel);
    await start();
    await fireAlarm('movement', MONDAY('09:50'));
    expect((await readState())?.waiting).toMatchObject({ kind: 'movement', notified: false });
    expect(await badge()).toBe('!');
    expect(await readHistory()).toEqual([{ type: 'reminder', at: MONDAY('09:50'), kind: 'movement', outcome: 'shown' }]);
  });

  it('corrupt state and history in storage: the schedule is rebuilt and good history entries are kept', async () => {
    const drill = { type: 'drill', at: MONDAY('08:00'), durationSec: 60 };
    await fakeBrowser.storage.local.set({ state: 'garbage', history: [drill, { type: 'nonsense' }, 42] });
    await start();
    expect(await alarms()).toEqual({ movement: MONDAY('09:50'), feeding: MONDAY('12:00') });
    await fireAlarm('movement', MONDAY('09:50'));
    expect(await readHistory()).toEqual([drill, { type: 'reminder', at: MONDAY('09:50'), kind: 'movement', outcome: 'shown' }]);
  });

  it('a rejected storage write loses no history: the next write carries it', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await start();
    const set = vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    set.mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    await fireAlarm('movement', MONDAY('09:50'));
    expect(await notificationIds()).toHaveLength(1); // shown all the same
    expect(warn).toHaveBeenCalledTimes(2);
    vi.setSystemTime(MONDAY('09:52'));
    expect(await send({ type: 'drill-finished', durationSec: 60 })).toEqual({ ok: true });
    expect((await readHistory()).map((e) => e.type)).toEqual(['reminder', 'drill']);
  });

  it('history over its cap drops the oldest first', async () => {
    const old: HistoryEntry[] = Array.from({ length: HISTORY_MAX_ENTRIES }, (_, i) => ({
      type: 'drill',
      at: MONDAY('09:00') - (HISTORY_MAX_ENTRIES - i) * MIN,
      durationSec: 60,
    }));
    await seed({}, { history: old });
    await start();
    await fireAlarm('movement', MONDAY('09:50'));
    expect((await readHistory()).at(-1)?.type).toBe('reminder');
    const history = await readHistory();
    expect(history).toHaveLength(HISTORY_MAX_ENTRIES);
    expect(history[0]).toEqual(old[1]);
  });

  describe('a test reminder reports what the browser said (Chrome build; Firefox\'s signals: notification-signals.test.ts)', () => {
    // The fake browser has no getPermissionLevel; Chrome's is added per test.
    const chromePermission = (level: string) =>
      Object.assign(fakeBrowser.notifications, { getPermissionLevel: () => Promise.resolve(level) });
    afterEach(() => {
      delete (fakeBrowser.notifications as { getPermissionLevel?: unknown }).getPermissionLevel;
    });

    it('created with permission granted: shown, a real notification now, and nothing recorded', async () => {
      chromePermission('granted');
      await start();
      expect(await send({ type: 'test-reminder' })).toEqual({ ok: true, test: 'shown' });
      const ids = await notificationIds();
      expect(ids).toEqual([`test:movement:${MONDAY('09:00')}`]);
      expect((await fakeBrowser.notifications.getAll())[ids[0]!]).toMatchObject({ title: 'Test reminder: Time for a movement break' });
      expect(await readHistory()).toEqual([]);
      expect(await badge()).toBe('');
    });

    it('notifications denied for the browser: reported as such', async () => {
      chromePermission('denied');
      await start();
      expect(await send({ type: 'test-reminder' })).toEqual({ ok: true, test: 'permission-denied' });
      expect((await readState())?.waiting).toBeNull();
    });

    it('a create() the browser rejects: refused, not claimed as sent', async () => {
      chromePermission('granted');
      vi.spyOn(fakeBrowser.notifications, 'create').mockRejectedValue(new Error('Notifications are blocked'));
      vi.spyOn(console, 'warn').mockImplementation(() => undefined);
      await start();
      expect(await send({ type: 'test-reminder' })).toEqual({ ok: true, test: 'refused' });
      expect((await readState())?.waiting).toBeNull();
    });

    it('a real reminder the browser reports denied still waits, for the badge and the popup', async () => {
      chromePermission('denied');
      await start();
      await fireAlarm('movement', MONDAY('09:50'));
      expect((await readState())?.waiting).toMatchObject({ kind: 'movement', notified: false });
      expect(await badge()).toBe('!');
    });
  });

  it('pause shows the paused mark and one pause-end wake-up; resume clears it', async () => {
    await start();
    expect(await send({ type: 'pause', preset: '1h' })).toEqual({ ok: true });
    expect(await alarms()).toEqual({ 'pause-end': MONDAY('10:00') });
    expect(await badge()).toBe('❚❚');
    expect(await send({ type: 'resume' })).toEqual({ ok: true });
    expect(await badge()).toBe('');
    expect(await alarms()).toEqual({ movement: MONDAY('09:50'), feeding: MONDAY('12:00') });
  });

  it('"Delete all data" removes everything, clears the notification on screen and starts a fresh schedule', async () => {
    await fakeBrowser.storage.sync.set({ settings: { ...defaultSettings(), movementIntervalMin: 30 } });
    await start();
    expect(await send({ type: 'start-feed', side: 'left' })).toEqual({ ok: true });
    await fireAlarm('checkin', MONDAY('09:10'));
    expect(await notificationIds()).toEqual([`reminder:checkin:${MONDAY('09:10')}`]);
    vi.setSystemTime(MONDAY('10:00'));
    expect(await send({ type: 'delete-all' })).toEqual({ ok: true });
    expect(await notificationIds()).toEqual([]);
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toBeUndefined();
    expect(await readHistory()).toEqual([]);
    expect(await readState()).toMatchObject({ waiting: null, feed: null, movementDueAt: MONDAY('10:50') });
    expect(await alarms()).toEqual({ movement: MONDAY('10:50'), feeding: MONDAY('13:00') });
    expect(await badge()).toBe('');
  });

  it('messages that are not commands get no answer', async () => {
    await start();
    expect(await fakeBrowser.runtime.sendMessage({ type: 'something-else' })).toBeUndefined();
  });
});

describe('commands are checked at the boundary', () => {
  const HUGE = 1e308;
  /** Every command type that carries a payload (done, snooze, resume, end-feed, test-reminder, delete-all carry none). */
  const MALFORMED: Record<string, unknown[]> = {
    pause: [{ type: 'pause' }, { type: 'pause', preset: 'bogus' }, { type: 'pause', preset: 60 }, { type: 'pause', preset: Number.NaN }, { type: 'pause', preset: null }],
    'start-feed': [{ type: 'start-feed' }, { type: 'start-feed', side: 'middle' }, { type: 'start-feed', side: 1 }, { type: 'start-feed', side: { left: true } }],
    'drill-finished': [
      { type: 'drill-finished' },
      { type: 'drill-finished', durationSec: '60' },
      { type: 'drill-finished', durationSec: Number.NaN },
      { type: 'drill-finished', durationSec: HUGE },
      { type: 'drill-finished', durationSec: Number.POSITIVE_INFINITY },
      { type: 'drill-finished', durationSec: -5 },
    ],
    import: [
      { type: 'import' },
      { type: 'import', settings: defaultSettings() },
      { type: 'import', settings: 'all', history: [] },
      { type: 'import', settings: { ...defaultSettings(), snoozeMin: Number.NaN }, history: [] },
      { type: 'import', settings: { ...defaultSettings(), movementIntervalMin: HUGE }, history: [] },
      { type: 'import', settings: defaultSettings(), history: [{ type: 'drill', at: 'now', durationSec: 60 }] },
      { type: 'import', settings: defaultSettings(), history: [{ type: 'feed', at: MONDAY('08:00'), startedAt: MONDAY('07:40'), side: 'middle', endedBy: 'user' }] },
      { type: 'import', settings: defaultSettings(), history: [{ type: 'drill', at: MONDAY('09:00') + 365 * 24 * 60 * MIN, durationSec: 60 }] },
      { type: 'import', settings: defaultSettings(), history: 'lots' },
    ],
  };
  const cases = Object.entries(MALFORMED).flatMap(([type, payloads]) => payloads.map((payload) => [type, JSON.stringify(payload), payload] as const));

  it('has a malformed payload for every command type that carries one', () => {
    expect(Object.keys(MALFORMED).sort()).toEqual(['drill-finished', 'import', 'pause', 'start-feed']);
  });

  it.each(cases)('%s: %s is refused with its reason, changing no state, alarm or history', async (_, __, payload) => {
    await fakeBrowser.storage.sync.set({ settings: { ...defaultSettings(), movementIntervalMin: 30 } });
    await seed({ movementDueAt: MONDAY('09:30'), feedingDueAt: MONDAY('12:00') }, { history: [{ type: 'drill', at: MONDAY('08:00'), durationSec: 60 }] });
    await start();
    const before = { state: await readState(), alarms: await alarms(), history: await readHistory(), settings: await fakeBrowser.storage.sync.get() };
    const reply = (await fakeBrowser.runtime.sendMessage(payload)) as CommandReply;
    expect(reply.ok).toBe(false);
    expect(!reply.ok && reply.problem.reason).toMatch(/^[a-z-]+$/);
    expect({ state: await readState(), alarms: await alarms(), history: await readHistory(), settings: await fakeBrowser.storage.sync.get() }).toEqual(before);
    expect(await badge()).toBe('');
  });

  it('a pause with an unknown preset leaves no NaN behind and the alarms in place', async () => {
    await start();
    expect(await fakeBrowser.runtime.sendMessage({ type: 'pause', preset: 'bogus' })).toEqual({ ok: false, problem: { reason: 'unknown-value', field: 'preset' } });
    expect((await readState())?.pausedUntil).toBeNull();
    expect(await alarms()).toEqual({ movement: MONDAY('09:50'), feeding: MONDAY('12:00') });
  });
});

describe('import through the background', () => {
  const entry = (at: number): HistoryEntry => ({ type: 'drill', at, durationSec: 60 });

  it('keeps all history the background records while an import is confirmed', async () => {
    await start();
    const imported = [entry(MONDAY('07:00')), entry(MONDAY('07:30'))];
    // A reminder falls due and is shown, and a drill is logged, both queued just before the import arrives.
    vi.setSystemTime(MONDAY('09:50'));
    const alarm = fakeBrowser.alarms.onAlarm.trigger({ name: 'movement', scheduledTime: MONDAY('09:50') });
    const drill = send({ type: 'drill-finished', durationSec: 60 });
    const reply = await send({ type: 'import', settings: { ...defaultSettings(), snoozeMin: 9 }, history: imported });
    await Promise.all([alarm, drill]);
    expect(reply).toEqual({ ok: true, added: 2 });
    const history = await readHistory();
    expect(history).toEqual(expect.arrayContaining([...imported, entry(MONDAY('09:50')), { type: 'reminder', at: MONDAY('09:50'), kind: 'movement', outcome: 'shown' }]));
    expect(history).toHaveLength(4);
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toMatchObject({ snoozeMin: 9 });
  });

  it('imported settings reschedule: a new movement interval moves the alarm', async () => {
    await start();
    expect(await send({ type: 'import', settings: { ...defaultSettings(), movementIntervalMin: 20 }, history: [] })).toEqual({ ok: true, added: 0 });
    await settled();
    expect((await alarms()).movement).toBe(MONDAY('09:20'));
  });

  it('importing the same entries twice adds nothing', async () => {
    await start();
    const file: Command = { type: 'import', settings: defaultSettings(), history: [entry(MONDAY('08:00'))] };
    expect(await send(file)).toEqual({ ok: true, added: 1 });
    expect(await send(file)).toEqual({ ok: true, added: 0 });
    expect(await readHistory()).toEqual([entry(MONDAY('08:00'))]);
  });
});

describe('feeding mode in the background', () => {
  it('start → check-ins → end → after-feed nudge, all in history', async () => {
    await start();
    expect(await send({ type: 'start-feed', side: 'right' })).toEqual({ ok: true });
    // No reminder at the start of a feed: the first posture check is one interval later.
    expect(await notificationIds()).toEqual([]);
    expect(await alarms()).toMatchObject({ checkin: MONDAY('09:10') });
    expect(Object.keys(await alarms()).sort()).toEqual(['checkin', 'feed-end']);
    await fireAlarm('checkin', MONDAY('09:10'));
    expect(await notificationIds()).toEqual([`reminder:checkin:${MONDAY('09:10')}`]);
    vi.setSystemTime(MONDAY('09:25'));
    expect(await send({ type: 'end-feed' })).toEqual({ ok: true });
    expect(await notificationIds()).toEqual([]);
    expect((await readHistory()).filter((e) => e.type === 'feed')).toEqual([
      { type: 'feed', at: MONDAY('09:25'), startedAt: MONDAY('09:00'), side: 'right', endedBy: 'user' },
    ]);
    expect((await alarms())['after-feed']).toBe(MONDAY('09:27'));
    expect((await alarms()).movement).toBe(MONDAY('10:15'));
    await fireAlarm('after-feed', MONDAY('09:27'));
    expect(await notificationIds()).toEqual([`reminder:after-feed:${MONDAY('09:27')}`]);
    expect((await readState())?.lastFeedSide).toBe('right');
  });

  it('a check-in notification offers End feed, and its button ends the feed', async () => {
    await start();
    await send({ type: 'start-feed', side: 'left' });
    await fireAlarm('checkin', MONDAY('09:10'));
    const id = `reminder:checkin:${MONDAY('09:10')}`;
    expect(await notificationIds()).toEqual([id]);
    expect((await fakeBrowser.notifications.getAll())[id]).toMatchObject({ buttons: [{ title: 'Done' }, { title: 'End feed' }] });
    vi.setSystemTime(MONDAY('09:20'));
    await fakeBrowser.notifications.onButtonClicked.trigger(id, 1);
    await settled();
    expect((await readState())?.feed).toBeNull();
    expect((await readHistory()).filter((e) => e.type === 'feed')).toEqual([
      { type: 'feed', at: MONDAY('09:20'), startedAt: MONDAY('09:00'), side: 'left', endedBy: 'user' },
    ]);
    expect(await notificationIds()).toEqual([]);
  });

  it('survives the worker stopping and the browser restarting mid-feed', async () => {
    await start();
    await send({ type: 'start-feed', side: 'left' });
    await restart({ clearAlarms: false });
    expect((await readState())?.feed).toMatchObject({ side: 'left', startedAt: MONDAY('09:00') });
    await restart({ clearAlarms: true }); // Firefox drops alarms on restart
    expect(Object.keys(await alarms()).sort()).toEqual(['checkin', 'feed-end']);
    await fireAlarm('checkin', MONDAY('09:10'));
    expect(await notificationIds()).toContain(`reminder:checkin:${MONDAY('09:10')}`);
  });

  it('the keyboard shortcut starts a feed on the suggested side, and ends it', async () => {
    await seed({ lastFeedSide: 'left' });
    await start();
    shortcut.trigger('toggle-feed');
    await settled();
    expect((await readState())?.feed?.side).toBe('right');
    shortcut.trigger('toggle-feed');
    await settled();
    expect((await readState())?.feed).toBeNull();
    expect((await readHistory()).filter((e) => e.type === 'feed')).toHaveLength(1);
  });

  it('ending a feed when none is running is refused and changes nothing', async () => {
    await start();
    const before = await readState();
    expect(await send({ type: 'end-feed' })).toEqual({ ok: false, problem: { reason: 'no-feed', field: '' } });
    expect(await readState()).toEqual(before);
  });
});

describe('quiet when it matters, in the background', () => {
  /** A tab plays sound: the fake browser's tabs cannot be made audible, so its query answers as Chrome would. */
  const playingSound = () =>
    vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation(async (info) => (info.audible ? [{ id: 7, audible: true } as never] : []));

  it('holds a reminder while a window is fullscreen, looks again slowly, and shows it once the window is back', async () => {
    await start();
    const fullscreen = await fakeBrowser.windows.create({ state: 'fullscreen' });
    await fireAlarm('movement', MONDAY('09:50'));
    expect(await notificationIds()).toEqual([]);
    expect((await readState())?.held).toEqual({ by: 'fullscreen', since: MONDAY('09:50') });
    expect((await alarms()).held).toBe(MONDAY('09:52'));

    await fireAlarm('held', MONDAY('09:52')); // still fullscreen: still held, one more look
    expect(await notificationIds()).toEqual([]);
    expect((await alarms()).held).toBe(MONDAY('09:54'));

    await fakeBrowser.windows.remove(fullscreen.id!);
    await fireAlarm('held', MONDAY('09:54'));
    expect(await notificationIds()).toEqual([`reminder:movement:${MONDAY('09:54')}`]);
    expect((await readState())?.held).toBeNull();
    expect((await alarms()).held).toBeUndefined();
  });

  it('holds while a tab plays sound only when that is chosen', async () => {
    await fakeBrowser.storage.sync.set({ settings: { ...defaultSettings(), holdWhileAudible: true } });
    await start();
    playingSound();
    await fireAlarm('movement', MONDAY('09:50'));
    expect(await notificationIds()).toEqual([]);
    expect((await readState())?.held?.by).toBe('sound');
  });

  it('shows reminders over sound when waiting for sound is not chosen (the default)', async () => {
    await start();
    playingSound();
    await fireAlarm('movement', MONDAY('09:50'));
    expect(await notificationIds()).toEqual([`reminder:movement:${MONDAY('09:50')}`]);
  });

  it('shows reminders over a fullscreen window when waiting for it is switched off', async () => {
    await fakeBrowser.storage.sync.set({ settings: { ...defaultSettings(), holdWhileFullscreen: false } });
    await start();
    await fakeBrowser.windows.create({ state: 'fullscreen' });
    await fireAlarm('movement', MONDAY('09:50'));
    expect(await notificationIds()).toEqual([`reminder:movement:${MONDAY('09:50')}`]);
  });
});
