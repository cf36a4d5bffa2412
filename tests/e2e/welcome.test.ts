/// <reference types="chrome" />
/**
 * The first-run welcome in real Chromium: a fresh install opens exactly one welcome tab, a browser restart
 * opens none (an update is covered through the fake browser: Chromium drops a command-line-loaded extension
 * on runtime.reload()), answers reach storage.sync and the background's alarms, the test reminder reports what the browser
 * said, and the options page opens the welcome again. Screenshots in both themes at 1280 × 800.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultSettings } from '../../lib/settings/settings';
import { seriousAxeViolations } from './axe';
import { launchExtension, waitFor, type ExtensionSession } from './harness';

const isWelcome = (page: Page) => page.url().endsWith('/welcome.html');
const welcomeTabs = (ext: ExtensionSession) => ext.context.pages().filter(isWelcome);

async function theWelcomeTab(ext: ExtensionSession): Promise<Page> {
  await waitFor(() => welcomeTabs(ext).length > 0, 15_000, 'the welcome tab');
  const page = welcomeTabs(ext)[0]!;
  await page.waitForSelector('.welcome-questions h2');
  return page;
}

describe('the welcome in Chromium', () => {
  let ext: ExtensionSession;
  beforeEach(async () => {
    ext = await launchExtension();
  });
  afterEach(async () => {
    await ext.close();
  });

  it('opens exactly one welcome tab on install, and none when the browser starts again', async () => {
    await ext.close(); // this test launches its own browser twice, on one profile
    const profileDir = mkdtempSync(join(tmpdir(), 'btc-welcome-'));
    try {
      ext = await launchExtension({ profileDir });
      const page = await theWelcomeTab(ext);
      await page.evaluate(() => chrome.storage.sync.set({ settings: { movementIntervalMin: 40 } }));
      // Give a second tab every chance to appear before counting.
      await new Promise((r) => setTimeout(r, 1500));
      expect(welcomeTabs(ext)).toHaveLength(1);
      ext.expectNoErrors();
      await page.close(); // read and closed: a restored session must not bring it back either
      await ext.close();

      ext = await launchExtension({ profileDir });
      const options = await ext.openPage('options.html');
      await waitFor(async () => (await options.evaluate(() => chrome.alarms.getAll())).length > 0, 10_000, 'the alarms after the restart');
      await new Promise((r) => setTimeout(r, 1500));
      expect(welcomeTabs(ext)).toHaveLength(0);
      expect(await options.evaluate(() => chrome.storage.sync.get('settings'))).toEqual({ settings: { movementIntervalMin: 40 } });
      ext.expectNoErrors();
    } finally {
      await ext.close();
      rmSync(profileDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
    }
  });

  it('saves each answer to storage.sync at once, and the movement alarm follows', async () => {
    const page = await theWelcomeTab(ext);
    // Active hours around the browser's "now", so the movement alarm exists whatever the time of day.
    const minutesNow = await page.evaluate(() => new Date().getHours() * 60 + new Date().getMinutes());
    await page.evaluate(
      (s) => chrome.storage.sync.set({ settings: s }),
      { ...defaultSettings(), activeStartMin: (minutesNow - 60 + 1440) % 1440, activeEndMin: (minutesNow + 600) % 1440 },
    );
    await page.getByLabel('30 min').check();
    await waitFor(
      async () => (await page.evaluate(() => chrome.storage.sync.get('settings')) as { settings?: { movementIntervalMin?: number } }).settings?.movementIntervalMin === 30,
      5_000,
      'the 30-minute interval in storage.sync',
    );
    await waitFor(
      async () => {
        const alarm = await page.evaluate(() => chrome.alarms.getAll().then((all) => all.find((a) => a.name.startsWith('movement'))));
        return alarm !== undefined && Math.abs(alarm.scheduledTime - (Date.now() + 30 * 60_000)) < 2 * 60_000;
      },
      10_000,
      'the movement alarm about 30 minutes from now',
    );
    await page.getByLabel('Not feeding now').check();
    await waitFor(
      async () => {
        const stored = (await page.evaluate(() => chrome.storage.sync.get('settings'))) as { settings?: { feedingEnabled?: boolean } };
        return stored.settings?.feedingEnabled === false;
      },
      5_000,
      'feeding reminders off',
    );
    await expect(page.locator('.first-reminder').textContent()).resolves.toMatch(/The first movement reminder comes at/);
    ext.expectNoErrors();
  });

  it('sends a test reminder and reports that the browser showed it', async () => {
    const page = await theWelcomeTab(ext);
    await page.getByRole('button', { name: 'Send me a test reminder' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Sent' }).first().textContent()).resolves.toMatch(/on screen now/);
    const shown = await page.evaluate(() => chrome.notifications.getAll());
    expect(Object.keys(shown).some((id) => id.startsWith('test:'))).toBe(true);
    ext.expectNoErrors();
  });

  it('opens again from the options page', async () => {
    await theWelcomeTab(ext);
    for (const page of welcomeTabs(ext)) await page.close();
    const options = await ext.openPage('options.html', { width: 1000 });
    const opened = ext.context.waitForEvent('page', { predicate: isWelcome });
    await options.getByRole('link', { name: 'Show the welcome again' }).click();
    await (await opened).waitForSelector('.welcome-questions h2');
    expect(welcomeTabs(ext)).toHaveLength(1);
    ext.expectNoErrors();
  });

  it.each(['light', 'dark'] as const)('fits the questions on the first screen of 1280 × 800, axe clean (%s)', async (colorScheme) => {
    const page = await theWelcomeTab(ext);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.emulateMedia({ colorScheme });
    await ext.screenshot(page, `welcome-${colorScheme}`, { fullPage: false });
    await ext.screenshot(page, `welcome-${colorScheme}-full`);
    const questions = await page.locator('.welcome-questions').boundingBox();
    expect(questions).not.toBeNull();
    expect(questions!.y + questions!.height).toBeLessThanOrEqual(800);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
    expect(overflow).toBe(false);
    expect(await seriousAxeViolations(page)).toEqual([]);
    ext.expectNoErrors();
  });
});
