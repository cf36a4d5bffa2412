/**
 * The reminder engine in the built extension: real alarms, notifications, storage and worker lifecycle.
 * OS notification buttons cannot be clicked from here; tests/unit/background.test.ts covers them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, waitFor, type ExtensionSession } from './harness';

type Alarms = Record<string, number>;

describe('reminders in Chromium', () => {
  let ext: ExtensionSession;
  beforeAll(async () => {
    ext = await launchExtension();
  });
  afterAll(async () => {
    await ext?.close();
  });

  const alarms = () =>
    ext.inWorker(async () => Object.fromEntries((await chrome.alarms.getAll()).map((a) => [a.name, a.scheduledTime])) as Alarms);
  const local = <T>(key: string) => ext.inWorker(async (k) => (await chrome.storage.local.get(k))[k], key) as Promise<T>;

  it('after install the alarms match the settings and the stored schedule', async () => {
    await waitFor(async () => Object.keys(await alarms()).length > 0, 10_000, 'the first alarms');
    const state = await local<{ movementDueAt: number | null; feedingDueAt: number | null }>('state');
    const expected: Alarms = {};
    if (state.movementDueAt) expected.movement = state.movementDueAt;
    if (state.feedingDueAt) expected.feeding = state.feedingDueAt;
    expect(await alarms()).toEqual(expected);
    // With default settings the movement reminder is 50 min of active time away (or tomorrow morning).
    if (state.movementDueAt) expect(state.movementDueAt).toBeGreaterThan(Date.now());
  });

  it('a due reminder produces a notification and a history entry; a stopped and woken worker neither loses nor repeats it', async () => {
    const page = await ext.openPage('options.html');
    // Active hours around now, whatever the clock says when this runs; then a movement reminder due a second ago.
    await ext.inWorker(async () => {
      const now = new Date();
      const minute = now.getHours() * 60 + now.getMinutes();
      const { settings } = await chrome.storage.sync.get('settings');
      await chrome.storage.sync.set({
        settings: { ...(settings ?? {}), activeDays: [0, 1, 2, 3, 4, 5, 6], activeStartMin: (minute + 1380) % 1440, activeEndMin: (minute + 180) % 1440 },
      });
    });
    await waitFor(async () => (await local<{ movementDueAt: number }>('state')).movementDueAt > 0, 5000, 'the new schedule');
    await ext.inWorker(async () => {
      const { state } = await chrome.storage.local.get('state');
      await chrome.storage.local.set({ state: { ...(state as object), movementDueAt: Date.now() - 1000 } });
      await chrome.alarms.create('movement', { when: Date.now() + 500 });
    });

    const notifications = () => ext.inWorker(async () => Object.keys(await chrome.notifications.getAll()));
    await waitFor(async () => (await notifications()).length === 1, 10_000, 'the notification');
    const [id] = await notifications();
    expect(id).toMatch(/^reminder:movement:\d+$/);
    const history = await local<Array<{ type: string; kind: string; outcome: string }>>('history');
    expect(history.filter((e) => e.outcome === 'shown')).toEqual([expect.objectContaining({ type: 'reminder', kind: 'movement' })]);
    expect(await ext.inWorker(() => chrome.action.getBadgeText({}))).toBe('!');
    const before = await alarms();
    expect(before.movement).toBeGreaterThan(Date.now() + 45 * 60_000);

    await ext.stopWorker(page);
    await ext.wakeWorker(page);
    await waitFor(async () => !('e2e-wake' in (await alarms())), 5000, 'the worker to tidy the wake-up alarm');
    expect(await alarms()).toEqual(before);
    expect(await notifications()).toEqual([id]);
    expect(await local<unknown[]>('history')).toHaveLength(history.length);
    expect((await local<{ waiting: { kind: string } }>('state')).waiting.kind).toBe('movement');
    ext.expectNoErrors();
  });
});
