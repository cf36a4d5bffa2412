/// <reference types="chrome" />
/**
 * The states the popup can lead with, as the background stores them (times relative to `now`): the popup
 * suites (popup.test.ts, and the language suites in locales.test.ts and pseudo-locale.test.ts) put each one
 * in storage and open the popup on it.
 */
import { SCHEMA_VERSION } from '../../lib/migrate';
import type { Page } from 'playwright-core';
import { waitFor, type ExtensionSession } from './harness';

export type Stored = Record<string, unknown>;

const MIN = 60_000;

export const POPUP_STATES = {
  idle: () => ({}),
  'waiting-movement': (now: number) => ({ waiting: { kind: 'movement', at: now - 2 * MIN, tipId: 'lift-hip-hinge', notified: true } }),
  'waiting-feeding': (now: number) => ({ waiting: { kind: 'feeding', at: now - MIN, tipId: 'feed-pillow-mid-back', notified: true } }),
  'feed-running': (now: number) => ({
    feed: { side: 'left', startedAt: now - 4 * MIN - 5000, nextCheckInAt: now + 6 * MIN, checkIns: 0 },
    lastFeedSide: 'left',
  }),
  'feed-check': (now: number) => ({
    feed: { side: 'right', startedAt: now - 10 * MIN - 20_000, nextCheckInAt: now + 10 * MIN, checkIns: 1 },
    waiting: { kind: 'checkin', at: now - 20_000, tipId: 'breath-feed-breaths', notified: true },
    lastFeedSide: 'right',
  }),
  paused: (now: number) => ({ pausedUntil: now + 60 * MIN }),
} satisfies Record<string, (now: number) => Stored>;

export type PopupStateName = keyof typeof POPUP_STATES;
export const POPUP_STATE_NAMES = Object.keys(POPUP_STATES) as PopupStateName[];

/**
 * Puts a popup state over the running schedule (nothing waiting, no feed, no pause otherwise). The background
 * may still be writing its own state (a settings change it is applying), so the write is checked a moment later
 * and made again if it was overwritten.
 */
export async function putPopupState(ext: ExtensionSession, patch: Stored): Promise<void> {
  const wanted = { waiting: null, feed: null, pausedUntil: null, snoozed: null, ...patch };
  let last: string | null = null;
  for (let attempt = 0; attempt < 10; attempt++) {
    last = await ext.inWorker(async (p) => {
      const { state: current } = await chrome.storage.local.get('state');
      await chrome.storage.local.set({ state: { ...(current as object), ...p } });
      await new Promise((r) => setTimeout(r, 250));
      const { state: after } = await chrome.storage.local.get('state');
      // Storage hands objects back with their keys in its own order: compare by value, whatever the order.
      const same = (x: unknown, y: unknown): boolean =>
        x && y && typeof x === 'object' && typeof y === 'object'
          ? Object.keys(x).length === Object.keys(y).length &&
            Object.entries(x).every(([k, v]) => same(v, (y as Record<string, unknown>)[k]))
          : x === y;
      const differ = Object.entries(p).filter(([key, value]) => !same((after as Record<string, unknown>)[key], value));
      return differ.length === 0 ? null : JSON.stringify({ differ, after });
    }, wanted);
    if (last === null) return;
  }
  throw new Error(`The background kept overwriting the seeded popup state: ${last}`);
}

/** Active hours around now, whatever the clock says when a suite runs, and waits until the schedule is stored. */
export async function scheduleAroundNow(ext: ExtensionSession): Promise<void> {
  await ext.inWorker(async () => {
    const now = new Date();
    const minute = now.getHours() * 60 + now.getMinutes();
    await chrome.storage.sync.set({
      settings: { activeDays: [0, 1, 2, 3, 4, 5, 6], activeStartMin: (minute + 1380) % 1440, activeEndMin: (minute + 180) % 1440 },
    });
  });
  await waitFor(
    async () => typeof ((await ext.inWorker(async () => (await chrome.storage.local.get('state')).state)) as Stored | undefined)?.movementDueAt === 'number',
    10_000,
    'the schedule',
  );
}

/** Stores `history` as the background would: the value and this release's schema version, in one call. */
export function putHistory(ext: ExtensionSession, history: readonly unknown[]): Promise<void> {
  return ext.inWorker(([list, v]) => chrome.storage.local.set({ history: list, history$: { v } }), [history, SCHEMA_VERSION] as const);
}

/** Waits for the whole popup: the part below the lead and the tip comes a frame after them (AfterFirstPaint). */
export function wholePopup(page: Page): Promise<void> {
  return page.locator('.popup-footer').waitFor();
}
