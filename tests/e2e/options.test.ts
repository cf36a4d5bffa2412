/// <reference types="chrome" />
/**
 * The options page in real Chromium, against the built extension: saving reaches the background's alarms,
 * the test reminder reaches the notification centre, export → import round-trips, and the page passes an
 * axe scan in both themes.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../lib/history/history';
import { defaultSettings, type Settings } from '../../lib/settings/settings';
import { seriousAxeViolations } from './axe';
import { launchExtension, waitFor, type ExtensionSession } from './harness';

const MIN = 60_000;
const DAY = 24 * 60 * MIN;

/** A few weeks of plausible history ending now. */
function sampleHistory(now: number): HistoryEntry[] {
  const entries: HistoryEntry[] = [];
  for (let day = 20; day >= 0; day -= 1) {
    const base = now - day * DAY - 6 * 60 * MIN;
    const n = (day * 7) % 5;
    for (let i = 0; i < n + 2; i += 1) {
      entries.push({ type: 'reminder', at: base + i * 50 * MIN, kind: 'movement', outcome: i % 4 === 3 ? 'snoozed' : i % 5 === 4 ? 'missed' : 'done' });
    }
    if (day % 2 === 0) entries.push({ type: 'drill', at: base + 20 * MIN, durationSec: 60 });
    for (let f = 0; f < 3 + (day % 3); f += 1) {
      const at = base + f * 150 * MIN + 25 * MIN;
      entries.push({ type: 'feed', at, startedAt: at - 25 * MIN, side: f % 2 ? 'left' : 'right', endedBy: 'user' });
    }
  }
  return entries.sort((a, b) => a.at - b.at);
}

async function seed(ext: ExtensionSession, settings: Settings, history: HistoryEntry[]): Promise<void> {
  await ext.inWorker(
    async ({ settings, history }) => {
      await chrome.storage.sync.set({ settings });
      await chrome.storage.local.set({ history });
    },
    { settings, history },
  );
}

const storedSettings = (ext: ExtensionSession) => ext.inWorker(async () => (await chrome.storage.sync.get('settings')).settings);
const storedHistory = (ext: ExtensionSession) => ext.inWorker(async () => (await chrome.storage.local.get('history')).history);
const alarmTimes = (ext: ExtensionSession) =>
  ext.inWorker(async () => Object.fromEntries((await chrome.alarms.getAll()).map((a) => [a.name, a.scheduledTime])) as Record<string, number>);
const storedDue = (ext: ExtensionSession) =>
  ext.inWorker(async () => (await chrome.storage.local.get('state')).state as { movementDueAt: number | null; feedingDueAt: number | null } | undefined);

/**
 * The background's first schedule, once its alarms carry it: movement and feeding alarms equal to the stored due
 * times. The browser runs at midday (see the harness), inside the default active hours, so both are today.
 */
async function firstSchedule(ext: ExtensionSession): Promise<{ movement: number; feeding: number }> {
  let found: { movement: number; feeding: number } | null = null;
  await waitFor(
    async () => {
      const [alarms, state] = [await alarmTimes(ext), await storedDue(ext)];
      const agree = state != null && alarms.movement === state.movementDueAt && alarms.feeding === state.feedingDueAt;
      if (agree) found = { movement: alarms.movement!, feeding: alarms.feeding! };
      return agree;
    },
    15_000,
    'the first schedule',
  );
  return found!;
}

/** Epoch ms of `minutes` after today's local midnight, in the browser's zone. */
const todayAt = (ext: ExtensionSession, minutes: number) =>
  ext.inWorker((m) => {
    const d = new Date();
    d.setHours(0, m, 0, 0);
    return d.getTime();
  }, minutes);

/** Where an element is, in the viewport (px). */
const box = async (page: Page, selector: string) => (await page.locator(selector).boundingBox())!;
const noHorizontalOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

describe('the options page in Chromium', () => {
  let ext: ExtensionSession;
  beforeEach(async () => {
    ext = await launchExtension();
  });
  afterEach(async () => {
    await ext?.close();
  });

  it('exports settings and history to a file, and importing that file restores them exactly', async () => {
    const now = Date.now();
    const settings: Settings = { ...defaultSettings(), movementIntervalMin: 35, activeDays: [1, 2, 3, 4, 5], sound: true, weeksSinceBirth: 14, caesarean: true };
    const history = sampleHistory(now);
    await seed(ext, settings, history);
    const page = await ext.openPage('options.html', { width: 900 });
    await expect.poll(() => page.inputValue('#field-movementIntervalMin')).toBe('35');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export settings and history' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^back-to-core-\d{4}-\d{2}-\d{2}\.json$/);
    const filePath = await download.path();
    const file = JSON.parse(readFileSync(filePath, 'utf8'));
    expect(file).toMatchObject({ format: 'back-to-core-export', version: 1, settings, history });

    // Lose everything, then bring it back from the file.
    await page.getByRole('button', { name: 'Delete all data…' }).click();
    await page.getByRole('button', { name: 'Delete everything' }).click();
    await expect.poll(() => page.getByText('All data was deleted').count()).toBe(1);
    expect(await storedSettings(ext)).toBeUndefined();
    expect(await storedHistory(ext)).toBeUndefined();
    await expect.poll(() => page.inputValue('#field-movementIntervalMin')).toBe('50');

    await page.setInputFiles('#import-file', filePath);
    await expect
      .poll(() => page.locator('#import-preview-text').textContent())
      .toContain(`This will replace your schedule and add ${history.length} history entries.`);
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await expect.poll(() => page.getByText('Imported.').count()).toBe(1);

    expect(await storedSettings(ext)).toEqual(settings);
    expect(await storedHistory(ext)).toEqual(history);
    await expect.poll(() => page.inputValue('#field-movementIntervalMin')).toBe('35');
    ext.expectNoErrors();
  });

  it('moves the background’s movement alarm when the interval changes on the page', async () => {
    const before = await firstSchedule(ext);

    const page = await ext.openPage('options.html', { width: 900 });
    await page.fill('#field-movementIntervalMin', '200');
    await page.press('#field-movementIntervalMin', 'Enter');
    await expect.poll(() => page.locator('.save-status').textContent(), { timeout: 5_000 }).toContain('Saved');
    expect(await storedSettings(ext)).toMatchObject({ movementIntervalMin: 200 });

    // 150 more minutes between reminders: the next one moves 150 minutes later, whichever moment the engine
    // counts from (the start or now — both are within seconds of each other here).
    await waitFor(
      async () => Math.abs((await alarmTimes(ext)).movement! - before.movement - 150 * MIN) < 2 * MIN,
      15_000,
      'the movement alarm to move 150 minutes later',
    );
    expect((await alarmTimes(ext)).movement).toBe((await storedDue(ext))?.movementDueAt);
    ext.expectNoErrors();
  });

  it('moves the background’s alarms into new active hours edited on the page', async () => {
    const before = await firstSchedule(ext);
    // About midday now: active hours from the next hour but one, so both reminders move into that window.
    const minutesNow = await ext.inWorker(() => new Date().getHours() * 60 + new Date().getMinutes());
    const start = (Math.floor(minutesNow / 60) + 2) * 60;
    const page = await ext.openPage('options.html', { width: 900 });
    await page.fill('#field-activeStartMin', `${String(start / 60).padStart(2, '0')}:00`);
    await expect.poll(() => page.locator('.save-status').textContent()).toContain('Saved');
    expect(await storedSettings(ext)).toMatchObject({ activeStartMin: start });

    const expected = { movement: await todayAt(ext, start + 50), feeding: await todayAt(ext, start + 180) };
    expect(expected.movement).toBeGreaterThan(before.movement);
    await waitFor(async () => {
      const alarms = await alarmTimes(ext);
      return alarms.movement === expected.movement && alarms.feeding === expected.feeding;
    }, 15_000, 'the alarms to move into the new active hours');
    expect(await storedDue(ext)).toMatchObject({ movementDueAt: expected.movement, feedingDueAt: expected.feeding });
    ext.expectNoErrors();
  });

  it('typing "120" a key at a time never stores 12; the value is stored once typing pauses', async () => {
    const page = await ext.openPage('options.html', { width: 1000 });
    const input = page.locator('#field-movementIntervalMin');
    await input.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    const seen: unknown[] = [];
    for (const key of ['1', '2', '0']) {
      await page.keyboard.press(key);
      await page.waitForTimeout(350); // a slow, one-handed typist
      seen.push(((await storedSettings(ext)) as Settings | undefined)?.movementIntervalMin);
    }
    expect(seen).toEqual([undefined, undefined, undefined]);
    await expect.poll(() => page.locator('.save-status').textContent(), { timeout: 5_000 }).toContain('Saved');
    expect(await storedSettings(ext)).toMatchObject({ movementIntervalMin: 120 });
    expect(await input.inputValue()).toBe('120');

    // The arrow keys still step, as on a native number box.
    await page.keyboard.press('ArrowUp');
    await expect.poll(async () => ((await storedSettings(ext)) as Settings).movementIntervalMin, { timeout: 5_000 }).toBe(121);
    ext.expectNoErrors();
  });

  it('has no native spinner and never shows the browser’s validation bubble: a negative number gets our own sentence', async () => {
    const page = await ext.openPage('options.html', { width: 1000 });
    const input = page.locator('#field-snoozeMin');
    expect(await input.getAttribute('type')).toBe('text');
    // Nothing the browser would validate (and so no "Please enter a number" bubble).
    expect(await input.evaluate((el: HTMLInputElement) => el.willValidate && el.checkValidity() && el.validationMessage === '')).toBe(true);
    await input.fill('-5');
    await input.press('Enter');
    await expect.poll(() => page.locator('#field-snoozeMin-error').textContent()).toBe('That is below the lowest value, so it was not saved.');
    expect(await input.evaluate((el: HTMLInputElement) => el.validationMessage)).toBe('');
    // The range is said once, on the line above.
    expect(await page.locator('#field-snoozeMin-hint').textContent()).toBe('From 1 to 60 minutes.');
    expect(await storedSettings(ext)).toBeUndefined();
    ext.expectNoErrors();
  });

  it.each(['light', 'dark'] as const)(
    'shows the schedule on the first screen and every other section one click away, at 1000 px and narrower (%s)',
    async (colorScheme) => {
      await seed(ext, defaultSettings(), sampleHistory(Date.now()));
      const page = await ext.openPage('options.html', { colorScheme, width: 1000 });
      await page.setViewportSize({ width: 1000, height: 760 });
      await page.waitForSelector('svg.bars');
      // The reminder schedule, and the start of active hours, without scrolling.
      expect((await box(page, '#reminders')).y).toBeLessThan(120);
      expect((await box(page, '#active-hours-title')).y + 30).toBeLessThan(760);
      expect(await noHorizontalOverflow(page)).toBe(true);
      await ext.screenshot(page, `options-layout-${colorScheme}`, { fullPage: false });

      for (const [name, id] of [['Your data', 'data'], ['History', 'history'], ['About & safety', 'about']] as const) {
        // One activation of the link, by keyboard: the section's heading comes into view below the header.
        await page.getByRole('link', { name, exact: true }).focus();
        await page.keyboard.press('Enter');
        await expect.poll(async () => (await box(page, `#${id}-title`)).y).toBeGreaterThan(40);
        const heading = await box(page, `#${id}-title`);
        expect(heading.y).toBeLessThan(300);
        await expect.poll(() => page.getByRole('link', { name, exact: true }).getAttribute('aria-current')).toBe('location');
      }
      await page.getByRole('link', { name: 'Your data', exact: true }).click();
      await page.waitForTimeout(300);
      await ext.screenshot(page, `options-layout-${colorScheme}-data`, { fullPage: false });
      expect(await seriousAxeViolations(page)).toEqual([]);

      for (const width of [820, 700, 380]) {
        await page.setViewportSize({ width, height: 760 });
        await page.evaluate(() => window.scrollTo(0, 0));
        expect(await noHorizontalOverflow(page), `${width} px`).toBe(true);
        expect((await box(page, 'nav.contents')).y, `${width} px`).toBeLessThan(160);
        await page.getByRole('link', { name: 'Your data', exact: true }).click();
        await expect.poll(async () => (await box(page, '#data-title')).y).toBeLessThan(300);
        // The heading is not hidden under the sticky header and links.
        expect((await box(page, '#data-title')).y).toBeGreaterThan((await box(page, 'nav.contents')).y + (await box(page, 'nav.contents')).height - 1);
        await ext.screenshot(page, `options-layout-${colorScheme}-${width}`, { fullPage: false });
      }
      // Scrolled by hand at 380 px, the marked link follows and stays in sight in the row of links.
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.evaluate(() => document.getElementById('about')!.scrollIntoView());
      await expect.poll(() => page.getByRole('link', { name: 'About & safety', exact: true }).getAttribute('aria-current')).toBe('location');
      await page.evaluate(() => document.getElementById('reminders')!.scrollIntoView());
      await expect.poll(() => page.getByRole('link', { name: 'Reminders', exact: true }).getAttribute('aria-current')).toBe('location');
      // The row scrolls the marked link into sight smoothly: wait for it to arrive.
      await expect.poll(async () => (await box(page, 'a[href="#reminders"]')).x).toBeGreaterThanOrEqual(0);
      const link = await box(page, 'a[href="#reminders"]');
      expect(link.x + link.width).toBeLessThanOrEqual(380);
      ext.expectNoErrors();
    },
  );

  it('"Send a test reminder" shows a real notification', async () => {
    const page = await ext.openPage('options.html', { width: 900 });
    await page.getByRole('button', { name: 'Send a test reminder' }).click();
    await expect.poll(() => page.locator('.test-result').textContent()).toContain('Shown:');
    await waitFor(async () => Object.keys(await ext.inWorker(() => chrome.notifications.getAll())).length > 0, 10_000, 'a notification');
    ext.expectNoErrors();
  });

  it.each(['light', 'dark'] as const)('passes an axe scan with no serious or critical violations (%s), and is screenshotted', async (colorScheme) => {
    await seed(ext, { ...defaultSettings(), activeStartMin: 22 * 60, activeEndMin: 6 * 60 }, sampleHistory(Date.now()));
    const page = await ext.openPage('options.html', { colorScheme, width: 900 });
    await page.waitForSelector('svg.bars');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await ext.screenshot(page, `options-${colorScheme}`);

    // The same checks with a refused value, an open table and an import preview on screen.
    await page.fill('#field-snoozeMin', '90');
    await page.press('#field-snoozeMin', 'Enter');
    await expect.poll(() => page.locator('#field-snoozeMin-error').count()).toBe(1);
    await page.locator('details.numbers summary').click();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await ext.screenshot(page, `options-${colorScheme}-error`);

    await page.setViewportSize({ width: 380, height: 720 });
    await ext.screenshot(page, `options-${colorScheme}-narrow`);
    ext.expectNoErrors();
  });
});
