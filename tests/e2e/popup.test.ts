/**
 * The toolbar popup in the built extension, in real Chromium with the real background: every state the popup
 * can lead with (idle, a waiting reminder, a running feed, a posture check during it, a pause, the drill, the
 * drill under reduced motion), each in light and dark at 360 × 600: its main action inside the first 600 px,
 * no sideways overflow, no accessibility problems, a screenshot to look at and its full height measured
 * (test-results/popup-heights.json). Then the flows: the drill's phases and motion, keyboard use, a reminder
 * answered, a feed started and ended across a closed popup with a posture check answered inside it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousAxeViolations } from './axe';
import { launchExtension, SCREENSHOT_DIR, waitFor, type ExtensionSession } from './harness';
import { longHistory } from '../support/long-history';
import { POPUP_STATES, putHistory, putPopupState, scheduleAroundNow, wholePopup, type PopupStateName, type Stored } from './popup-states';

const MIN = 60_000;
const HEIGHTS_FILE = join(dirname(SCREENSHOT_DIR), 'popup-heights.json');

/** Each state the popup can lead with (popup-states.ts) and, in English, the main action that must lead. */
const STATES: Array<{ name: PopupStateName; lead: { role: 'button'; name: string | RegExp }; leadText: RegExp }> = [
  { name: 'idle', lead: { role: 'button', name: /^Breathe · / }, leadText: /Breathe · 1 min/ },
  { name: 'waiting-movement', lead: { role: 'button', name: 'Done' }, leadText: /Time for a movement break/ },
  { name: 'waiting-feeding', lead: { role: 'button', name: 'Done' }, leadText: /Set up for the next feed/ },
  { name: 'feed-running', lead: { role: 'button', name: 'End feed' }, leadText: /Feeding · Left/ },
  { name: 'feed-check', lead: { role: 'button', name: 'End feed' }, leadText: /Posture check now/ },
  { name: 'paused', lead: { role: 'button', name: 'Resume' }, leadText: /Paused until/ },
];

interface Measured {
  /** The whole popup's height in px (what Chrome would size its popup window to, up to its 600 px cap). */
  height: number;
  /** The bottom edge of the leading action, px from the top. */
  leadBottom: number;
  scrollWidth: number;
}

async function measure(page: Page, lead: { role: 'button'; name: string | RegExp }): Promise<Measured> {
  await wholePopup(page);
  const box = await page.getByRole(lead.role, { name: lead.name }).first().boundingBox();
  const { height, scrollWidth } = await page.evaluate(() => ({
    height: Math.ceil(document.querySelector('main')!.getBoundingClientRect().height),
    scrollWidth: document.documentElement.scrollWidth,
  }));
  return { height, leadBottom: Math.ceil((box?.y ?? 1e9) + (box?.height ?? 0)), scrollWidth };
}

/**
 * Runs in the page before its scripts: notes each storage get's keys, and whether a frame had begun since the
 * popup's content was put into the page (an animation frame requested when it appeared has run).
 */
function recordStorageGets(): void {
  const gets: Array<{ keys: string[]; afterContentFrame: boolean }> = [];
  (globalThis as unknown as { __gets: typeof gets }).__gets = gets;
  let framed = false;
  const observer = new MutationObserver(() => {
    if (!document.querySelector('#app > *')) return;
    observer.disconnect();
    requestAnimationFrame(() => (framed = true));
  });
  observer.observe(document, { childList: true, subtree: true });
  for (const area of [chrome.storage.local, chrome.storage.sync]) {
    const get = area.get.bind(area) as (keys: unknown) => Promise<unknown>;
    (area as unknown as { get: typeof get }).get = (keys) => {
      gets.push({ keys: ([] as string[]).concat((keys as string | string[] | null) ?? []), afterContentFrame: framed });
      return get(keys);
    };
  }
}

describe('the popup in Chromium', () => {
  let ext: ExtensionSession;
  const local = (key: string) => ext.inWorker(async (k) => (await chrome.storage.local.get(k))[k], key) as Promise<Stored | Stored[] | undefined>;
  const state = async () => (await local('state')) as Stored;
  const setState = (patch: Stored) => putPopupState(ext, patch);
  const heights: Record<string, number | Measured> = {};

  beforeAll(async () => {
    ext = await launchExtension();
    await scheduleAroundNow(ext);
  });
  afterAll(async () => {
    mkdirSync(dirname(HEIGHTS_FILE), { recursive: true });
    writeFileSync(HEIGHTS_FILE, `${JSON.stringify(heights, null, 2)}\n`);
    await ext?.close();
  });

  for (const { name, lead, leadText } of STATES) {
    it(`${name}: leads with its main action inside 360 × 600, no overflow, axe clean, light and dark`, async () => {
      await setState(POPUP_STATES[name](Date.now()));
      for (const colorScheme of ['light', 'dark'] as const) {
        const page = await ext.openPage('popup.html', { colorScheme, width: 360, height: 600 });
        await page.locator('.lead').filter({ hasText: leadText }).waitFor();
        await page.locator('#tip-title').waitFor();
        // A drawing, where there is one, has arrived (its box is reserved, so nothing moves when it does).
        await page.locator('.tip-illustration:not(:has(svg))').first().waitFor({ state: 'detached', timeout: 5000 });
        const m = await measure(page, lead);
        expect(m.leadBottom, `${name}: the main action ends at ${m.leadBottom} px`).toBeLessThanOrEqual(600);
        expect(m.scrollWidth, `${name}: scroll width`).toBeLessThanOrEqual(360);
        if (name === 'idle') expect(m.height).toBeLessThanOrEqual(600);
        heights[`${name}-${colorScheme}`] = m;
        await ext.screenshot(page, `popup-${name}-${colorScheme}`);
        expect((await seriousAxeViolations(page)).join('\n')).toBe('');
        await page.close();
      }
      ext.expectNoErrors();
    });
  }

  it('idle stays within 600 px whatever the tip (with or without a drawing)', async () => {
    await setState({});
    const page = await ext.openPage('popup.html', { width: 360, height: 600 });
    const title = page.locator('#tip-title');
    await title.waitFor();
    let tallest = 0;
    let shotWithDrawing = false;
    for (let i = 0; i < 24; i++) {
      await page.locator('.tip-illustration:not(:has(svg))').first().waitFor({ state: 'detached', timeout: 5000 });
      const m = await measure(page, { role: 'button', name: /^Breathe · / });
      tallest = Math.max(tallest, m.height);
      // The README's picture: the idle popup with a tip that has a drawing.
      if (!shotWithDrawing && (await page.locator('.tip-illustration svg').count()) > 0) {
        shotWithDrawing = true;
        await ext.screenshot(page, 'popup-idle-with-drawing');
      }
      expect(m.height, `with "${await title.textContent()}"`).toBeLessThanOrEqual(600);
      const before = await title.textContent();
      await page.getByRole('button', { name: 'Another tip' }).click();
      await page.waitForFunction((old) => document.querySelector('#tip-title')?.textContent !== old, before);
    }
    heights['idle-tallest-of-24-tips'] = tallest;
    await page.close();
    ext.expectNoErrors();
  });

  for (const reducedMotion of ['no-preference', 'reduce'] as const) {
    it(`the drill${reducedMotion === 'reduce' ? ' under reduced motion' : ''}: Stop inside 600 px, axe clean, light and dark`, async () => {
      await setState({});
      const suffix = reducedMotion === 'reduce' ? 'drill-reduced-motion' : 'drill';
      for (const colorScheme of ['light', 'dark'] as const) {
        const page = await ext.openPage('popup.html', { colorScheme, reducedMotion, width: 360, height: 600 });
        await page.getByRole('button', { name: /^Breathe · / }).click();
        await expect(page.locator('.drill-phase').textContent()).resolves.toContain('Sit tall, ribs over your pelvis, hands on your lower ribs.');
        await page.locator('.drill-phase', { hasText: 'Breathe in' }).waitFor({ timeout: 5000 });
        await page.waitForTimeout(1500);
        const m = await measure(page, { role: 'button', name: 'Stop' });
        expect(m.leadBottom).toBeLessThanOrEqual(600);
        expect(m.scrollWidth).toBeLessThanOrEqual(360);
        heights[`${suffix}-${colorScheme}`] = m;
        expect(await seriousAxeViolations(page)).toEqual([]);
        await ext.screenshot(page, `popup-${suffix}-${colorScheme}`);
        await page.getByRole('button', { name: 'Stop' }).click();
        await page.close();
      }
      ext.expectNoErrors();
    });
  }

  it('has large targets everywhere and a drawing with its text alternative', async () => {
    await setState({ waiting: { kind: 'movement', at: Date.now() - MIN, tipId: 'lift-hip-hinge', notified: true } });
    const page = await ext.openPage('popup.html', { width: 360, height: 600 });
    const drawing = page.locator('.reminder .tip-illustration svg[role="img"]');
    await drawing.waitFor();
    expect(await drawing.getAttribute('aria-label')).toBeTruthy();
    // The drawings are a chunk of their own: the page does not load or preload them for the first paint.
    const html = await page.evaluate(() => fetch('/popup.html').then((r) => r.text()));
    expect(html).not.toMatch(/illustrations/);
    const small = await page.evaluate(() =>
      [...document.querySelectorAll('button, summary')]
        .map((el) => ({ text: el.textContent, box: el.getBoundingClientRect() }))
        .filter(({ box }) => box.height < 44 || box.width < 44)
        .map(({ text, box }) => `${text} ${box.width}×${box.height}`),
    );
    expect(small).toEqual([]);
    expect(await page.evaluate(() => performance.getEntriesByName('btc:first-tip').length)).toBe(1);
    await page.close();
    await setState({});
    ext.expectNoErrors();
  });

  it('runs the drill: set-up and 3-2-1, breathe in, breathe out, the shape scaling, and says it was counted', async () => {
    await setState({});
    const page = await ext.openPage('popup.html');
    await page.evaluate(async () => {
      const { settings } = await chrome.storage.sync.get('settings');
      await chrome.storage.sync.set({ settings: { ...(settings as object), breatheInSec: 2, breatheOutSec: 2, breaths: 2 } });
    });
    await page.reload();
    await page.getByRole('button', { name: 'Breathe · 8 s' }).click();
    await expect(page.getByTestId('drill-number').textContent()).resolves.toMatch(/^[321]$/);
    const shape = page.getByTestId('breath-shape');
    const scale = () => shape.evaluate((el) => new DOMMatrix(getComputedStyle(el).transform).a);
    const phase = page.locator('.drill-phase');
    await page.locator('.drill-phase', { hasText: 'Breathe in' }).waitFor({ timeout: 5000 });
    const early = await scale();
    await page.waitForTimeout(900);
    expect(await scale()).toBeGreaterThan(early);
    await expect(page.getByText('Breath 1 of 2').count()).resolves.toBe(1);
    // The whole drill's bar moves through transform only.
    const bar = () => page.locator('.drill-bar-fill').evaluate((el) => new DOMMatrix(getComputedStyle(el).transform).a);
    expect(await bar()).toBeGreaterThan(0);

    await page.locator('.drill-phase', { hasText: 'Breathe out' }).waitFor({ timeout: 3000 });
    const outStart = await scale();
    await page.waitForTimeout(800);
    expect(await scale()).toBeLessThan(outStart);
    // The soft change between in and out: only opacity fades.
    const fading = await page.evaluate(() => document.getAnimations().map((a) => (a as CSSTransition).transitionProperty));
    expect(fading.every((p) => p === 'opacity')).toBe(true);

    await page.getByTestId('drill-counted').waitFor({ timeout: 8000 });
    await expect(phase.textContent()).resolves.toContain('Counted for today.');
    await ext.screenshot(page, 'popup-drill-done');
    const drills = ((await local('history')) as Stored[]).filter((e) => e.type === 'drill');
    expect(drills).toEqual([expect.objectContaining({ durationSec: 8 })]);
    await page.getByRole('button', { name: 'Back' }).click();
    await expect(page.getByTestId('today').textContent()).resolves.toBe('Today so far: a breathing drill.');
    await page.evaluate(async () => {
      const { settings } = await chrome.storage.sync.get('settings');
      await chrome.storage.sync.set({ settings: { ...(settings as object), breatheInSec: 4, breatheOutSec: 6, breaths: 6 } });
    });
    await page.close();
    ext.expectNoErrors();
  });

  it('with reduced motion runs no scaling or animation: a countdown and a stepped bar instead', async () => {
    const page = await ext.openPage('popup.html', { reducedMotion: 'reduce' });
    await page.getByRole('button', { name: /^Breathe · / }).click();
    await page.locator('.drill-phase', { hasText: 'Breathe in' }).waitFor({ timeout: 5000 });
    const shape = page.getByTestId('breath-shape');
    const samples: Array<{ transform: string; animations: number; progress: number; countdown: string }> = [];
    for (let i = 0; i < 8; i++) {
      samples.push(
        await page.evaluate(() => ({
          transform: getComputedStyle(document.querySelector('[data-testid="breath-shape"]')!).transform,
          animations: document.getAnimations().length,
          progress: Number(document.querySelector('[data-testid="drill-bar"]')!.getAttribute('aria-valuenow')),
          countdown: document.querySelector('[data-testid="drill-number"]')!.textContent!,
        })),
      );
      await page.waitForTimeout(250);
    }
    expect(samples.every((s) => s.transform === 'none' && s.animations === 0)).toBe(true);
    expect(samples.every((s) => /^\d+ s$/.test(s.countdown))).toBe(true);
    expect(samples.at(-1)!.progress).toBeGreaterThan(samples[0]!.progress);
    expect(await shape.getAttribute('style')).toBeNull();
    await page.close();
    ext.expectNoErrors();
  });

  it('works with the keyboard alone: Tab to Breathe, Enter starts, Space on Stop ends, focus comes back; Esc closes Pause', async () => {
    await setState({});
    const page = await ext.openPage('popup.html');
    const focused = () => page.evaluate(() => document.activeElement?.textContent ?? '');
    const visited: string[] = [];
    for (let i = 0; i < 20 && !(await focused()).startsWith('Breathe'); i++) {
      await page.keyboard.press('Tab');
      visited.push(await focused());
    }
    expect(visited).toEqual(['Pause', 'Settings', expect.stringMatching(/^Breathe · /)]);
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).not.toBe('none');
    await page.keyboard.press('Enter');
    await page.locator('.drill').waitFor();
    expect(await focused()).toBe('Stop');
    await page.keyboard.press('Space');
    await page.locator('.drill').waitFor({ state: 'detached' });
    expect(await focused()).toMatch(/^Breathe · /);

    // The pause choices open with Enter and close with Escape, from the toggle itself or from a choice.
    const choices = page.getByRole('group', { name: 'Pause reminders for' });
    await page.getByRole('button', { name: 'Pause' }).focus();
    await page.keyboard.press('Enter');
    await choices.waitFor();
    await page.keyboard.press('Escape');
    expect(await choices.count()).toBe(0);
    expect(await focused()).toBe('Pause');
    await page.keyboard.press('Enter');
    await choices.waitFor();
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('30 minutes');
    await page.keyboard.press('Escape');
    expect(await choices.count()).toBe(0);
    expect(await focused()).toBe('Pause');
    await page.close();
    ext.expectNoErrors();
  });

  it('pauses and resumes through the background; the Pause label stays inside its border', async () => {
    await setState({});
    const page = await ext.openPage('popup.html', { width: 360, height: 600 });
    const toggle = page.getByRole('button', { name: 'Pause' });
    const spill = await toggle.evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(spill).toBe(0);
    await toggle.click();
    await page.getByRole('button', { name: '30 minutes' }).click();
    await page.getByText(/^Paused until /).waitFor();
    expect((await state()).pausedUntil).toBeGreaterThan(Date.now() + 29 * MIN);
    await page.getByRole('button', { name: 'Resume' }).click();
    await page.getByText(/^Move in \d+ min/).waitFor();
    expect((await state()).pausedUntil).toBeNull();
    expect(await page.getByTestId('status-line').evaluate((el) => el.getBoundingClientRect().height)).toBeLessThan(30);
    await page.close();
    ext.expectNoErrors();
  });

  it('a reminder the background raised leads with its instruction; Done answers it and Today says so', async () => {
    await setState({});
    await ext.inWorker(async () => {
      const { state } = await chrome.storage.local.get('state');
      await chrome.storage.local.set({ state: { ...(state as object), movementDueAt: Date.now() - 1000 } });
      await chrome.alarms.create('movement', { when: Date.now() + 500 });
    });
    await waitFor(async () => (await state()).waiting != null, 10_000, 'the reminder to wait');
    const page = await ext.openPage('popup.html');
    await page.getByRole('heading', { name: 'Time for a movement break' }).waitFor();
    // Top-down: title, one short instruction, then the answers.
    const order = await page.locator('.reminder').evaluate((card) =>
      [...card.children].map((el) => el.className || el.tagName.toLowerCase()),
    );
    expect(order.indexOf('reminder-cue')).toBeGreaterThan(order.indexOf('reminder-title'));
    expect(order.indexOf('button-pair')).toBe(order.length - 1);
    await expect(page.locator('.tip .eyebrow').textContent()).resolves.toBe('For this reminder');
    await page.getByRole('button', { name: 'Done' }).click();
    await page.getByText('Noted. Thank you.').waitFor();
    expect(await page.getByRole('button', { name: 'Done' }).count()).toBe(0);
    expect((await state()).waiting).toBeNull();
    await expect(page.getByTestId('today').textContent()).resolves.toMatch(/a movement break/);
    await page.close();
    ext.expectNoErrors();
  });

  it('with three months of history stored, paints first, reads the history after, and counts only today\'s part of it', async () => {
    const kept = await local('history');
    const now = Date.now(); // the browser's zone makes it midday (harness), so the last half hour is today
    const history = [
      ...longHistory(now, 1),
      { type: 'reminder', at: now - 30 * 60_000, kind: 'movement', outcome: 'done' },
      { type: 'drill', at: now - 20 * 60_000, durationSec: 60 },
      { type: 'reminder', at: now - 10 * 60_000, kind: 'movement', outcome: 'done' },
    ];
    try {
      await putHistory(ext, history);
      const page = await ext.context.newPage();
      await page.addInitScript(recordStorageGets);
      await page.goto(`chrome-extension://${ext.extensionId}/popup.html`);
      await page.locator('section.today[aria-busy="false"]').waitFor();
      await expect(page.getByTestId('today').textContent()).resolves.toBe('Today so far: 2 movement breaks and a breathing drill.');
      // Settings and state were asked for before anything was shown; the history only once a frame had shown the popup.
      const gets = await page.evaluate(() => (globalThis as unknown as { __gets: Array<{ keys: string[]; afterContentFrame: boolean }> }).__gets);
      const askedAfterFrame = (key: string) => gets.filter((get) => get.keys.includes(key)).map((get) => get.afterContentFrame);
      expect(askedAfterFrame('settings')).toEqual([false]);
      expect(askedAfterFrame('state')).toEqual([false]);
      expect(askedAfterFrame('history')).toEqual([true]);
      await page.close();
      ext.expectNoErrors();
    } finally {
      await ext.inWorker((list) => chrome.storage.local.set({ history: list ?? [] }), kept);
    }
  });

  it('starts a feed calmly (no reminder at its start), answers a posture check in one tap, ends it, finds it in history', async () => {
    await setState({});
    let page = await ext.openPage('popup.html');
    const suggested = page.locator('.side-buttons .btn').first();
    const side = ((await suggested.textContent()) ?? '').replace(/suggested$/, '').trim();
    await suggested.click();
    await page.getByRole('heading', { name: `Feeding · ${side}` }).waitFor();
    // The first posture check is not a reminder at the start: nothing waits, no notification, the cue is inline.
    expect((await state()).waiting).toBeNull();
    expect(await ext.inWorker(async () => Object.keys(await chrome.notifications.getAll()))).toEqual([]);
    await expect(page.getByTestId('feed-cue').textContent()).resolves.toMatch(/^While you feed.+Next posture check in \d+ min$/);
    await page.close();

    // A posture check falls due (its alarm fires): it is answered inside the feed card.
    await ext.inWorker(async () => {
      const { state } = await chrome.storage.local.get('state');
      const s = state as { feed: object };
      await chrome.storage.local.set({ state: { ...s, feed: { ...s.feed, nextCheckInAt: Date.now() - 1000 } } });
      await chrome.alarms.create('checkin', { when: Date.now() + 300 });
    });
    await waitFor(async () => ((await state()).waiting as Stored | null)?.kind === 'checkin', 10_000, 'the posture check');
    page = await ext.openPage('popup.html');
    const cue = page.getByTestId('feed-cue');
    await cue.filter({ hasText: 'Posture check now' }).waitFor();
    const time = page.getByRole('timer');
    const first = await time.textContent();
    expect(first).toMatch(/^\d+:\d\d$/);
    await cue.getByRole('button', { name: 'Done' }).click();
    await cue.filter({ hasText: 'While you feed' }).waitFor();
    expect((await state()).waiting).toBeNull();
    await page.waitForTimeout(1100);
    expect(await time.textContent()).not.toBe(first);

    await page.getByRole('button', { name: 'End feed' }).click();
    await page.getByRole('heading', { name: 'Start a feed' }).waitFor();
    const feeds = ((await local('history')) as Stored[]).filter((e) => e.type === 'feed');
    expect(feeds).toEqual([expect.objectContaining({ side: side.toLowerCase(), endedBy: 'user' })]);
    await expect(page.getByTestId('today').textContent()).resolves.toMatch(/a feed/);
    await page.close();
    ext.expectNoErrors();
  });
});
