/**
 * The toolbar popup in the built extension, in real Chromium with the real background: the drill's phases and
 * motion (and none under reduced motion), keyboard use, a waiting reminder answered, a feed started and ended
 * across a closed popup, accessibility scans in light and dark, and screenshots to look at.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, waitFor, type ExtensionSession } from './harness';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

type Stored = Record<string, unknown>;

/** Runs axe-core in the page (injected with evaluate: extension pages' CSP refuses inline script tags). */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

describe('the popup in Chromium', () => {
  let ext: ExtensionSession;
  const local = (key: string) => ext.inWorker(async (k) => (await chrome.storage.local.get(k))[k], key) as Promise<Stored | Stored[] | undefined>;
  const state = async () => (await local('state')) as Stored;

  beforeAll(async () => {
    ext = await launchExtension();
    // Active hours around now, whatever the clock says when this runs, so reminders are scheduled.
    await ext.inWorker(async () => {
      const now = new Date();
      const minute = now.getHours() * 60 + now.getMinutes();
      await chrome.storage.sync.set({
        settings: { activeDays: [0, 1, 2, 3, 4, 5, 6], activeStartMin: (minute + 1380) % 1440, activeEndMin: (minute + 180) % 1440 },
      });
    });
    await waitFor(async () => typeof (await state())?.movementDueAt === 'number', 10_000, 'the schedule');
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('opens at 360 px with what comes next, large targets, and no accessibility problems in light or dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await ext.openPage('popup.html', { colorScheme });
      await expect(page.getByTestId('status-line').textContent()).resolves.toMatch(/^Move in \d+ min/);
      await page.locator('.tip-illustration svg, .tip:not(:has(.tip-illustration))').first().waitFor();
      expect(await page.locator('main').evaluate((el) => el.getBoundingClientRect().width)).toBe(360);
      const small = await page.evaluate(() =>
        [...document.querySelectorAll('button, summary')]
          .map((el) => ({ text: el.textContent, box: el.getBoundingClientRect() }))
          .filter(({ box }) => box.height < 44 || box.width < 44)
          .map(({ text, box }) => `${text} ${box.width}×${box.height}`),
      );
      expect(small).toEqual([]);
      expect(await seriousViolations(page)).toEqual([]);
      await ext.screenshot(page, `popup-idle-${colorScheme}`);
      await page.close();
    }
    ext.expectNoErrors();
  });

  it('loads a tip\'s drawing after the first paint, with its text alternative', async () => {
    const page = await ext.openPage('popup.html');
    // The drawings are a chunk of their own: the page does not load or preload them for the first paint.
    const html = await page.evaluate(() => fetch('/popup.html').then((r) => r.text()));
    expect(html).not.toMatch(/illustrations/);
    const another = page.getByRole('button', { name: 'Another tip' });
    const title = page.locator('#tip-title');
    for (let i = 0; i < 40 && (await page.locator('.tip-illustration').count()) === 0; i++) {
      // Each tip's words load on their own: wait for the new tip before looking at it.
      const before = await title.textContent();
      await another.click();
      await page.waitForFunction((old) => document.querySelector('#tip-title')?.textContent !== old, before);
    }
    const drawing = page.locator('.tip-illustration svg[role="img"]');
    await drawing.waitFor();
    expect(await drawing.getAttribute('aria-label')).toBeTruthy();
    expect(await page.evaluate(() => performance.getEntriesByName('btc:first-tip').length)).toBe(1);
    await ext.screenshot(page, 'popup-tip-illustration');
    await page.close();
    ext.expectNoErrors();
  });

  it('runs the drill: breathe in, then breathe out, the shape scaling with the breath, and logs it on finishing', async () => {
    const page = await ext.openPage('popup.html');
    await page.evaluate(async () => {
      const { settings } = await chrome.storage.sync.get('settings');
      await chrome.storage.sync.set({ settings: { ...(settings as object), breatheInSec: 2, breatheOutSec: 2, breaths: 2 } });
    });
    await page.reload();
    await page.getByRole('button', { name: 'Breathe · 8 s' }).click();
    const phase = page.locator('.drill-phase');
    await expect(phase.textContent()).resolves.toContain('Breathe in');
    const shape = page.getByTestId('breath-shape');
    const scale = () => shape.evaluate((el) => new DOMMatrix(getComputedStyle(el).transform).a);
    const early = await scale();
    await page.waitForTimeout(900);
    const mid = await scale();
    expect(mid).toBeGreaterThan(early);
    await expect(page.getByText('Breath 1 of 2').count()).resolves.toBe(1);
    await ext.screenshot(page, 'popup-drill-inhale');

    await page.locator('.drill-phase', { hasText: 'Breathe out' }).waitFor({ timeout: 3000 });
    const outStart = await scale();
    await page.waitForTimeout(800);
    expect(await scale()).toBeLessThan(outStart);

    await page.locator('.drill-phase', { hasText: 'All done' }).waitFor({ timeout: 8000 });
    await ext.screenshot(page, 'popup-drill-done');
    await waitFor(async () => ((await local('history')) as Stored[] | undefined)?.some((e) => e.type === 'drill') ?? false, 5000, 'the drill in history');
    const drills = ((await local('history')) as Stored[]).filter((e) => e.type === 'drill');
    expect(drills).toEqual([expect.objectContaining({ durationSec: 8 })]);
    await page.getByRole('button', { name: 'Back' }).click();
    await expect(page.getByTestId('today-drills').textContent()).resolves.toBe('1');
    await page.close();
    ext.expectNoErrors();
  });

  it('with reduced motion runs no scaling or animation: a countdown and a progress bar instead', async () => {
    const page = await ext.openPage('popup.html', { reducedMotion: 'reduce' });
    await page.getByRole('button', { name: /^Breathe · / }).click();
    await expect(page.locator('.drill-phase').textContent()).resolves.toContain('Breathe in');
    const shape = page.getByTestId('breath-shape');
    const samples: Array<{ transform: string; animations: number; progress: number; countdown: string }> = [];
    for (let i = 0; i < 8; i++) {
      samples.push(
        await page.evaluate(() => ({
          transform: getComputedStyle(document.querySelector('[data-testid="breath-shape"]')!).transform,
          animations: document.getAnimations().length,
          progress: (document.querySelector('progress') as HTMLProgressElement).value,
          countdown: document.querySelector('.breath-countdown')!.textContent!,
        })),
      );
      await page.waitForTimeout(200);
    }
    expect(samples.every((s) => s.transform === 'none' && s.animations === 0)).toBe(true);
    expect(samples.every((s) => /^\d+ s$/.test(s.countdown))).toBe(true);
    expect(samples.at(-1)!.progress).toBeGreaterThan(samples[0]!.progress);
    expect(await shape.getAttribute('style')).toBeNull();
    await ext.screenshot(page, 'popup-drill-reduced-motion');
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
    ext.expectNoErrors();
  });

  it('works with the keyboard alone: Tab to Breathe, Enter starts, Space on Stop ends, focus comes back', async () => {
    const page = await ext.openPage('popup.html');
    const focused = () => page.evaluate(() => document.activeElement?.textContent ?? '');
    const visited: string[] = [];
    for (let i = 0; i < 20 && !(await focused()).startsWith('Breathe'); i++) {
      await page.keyboard.press('Tab');
      visited.push(await focused());
    }
    expect(visited.slice(0, 4)).toEqual(['When to get help', 'Settings', 'Pause', expect.stringMatching(/suggested$/)]);
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).not.toBe('none');
    await page.keyboard.press('Enter');
    await page.locator('.drill').waitFor();
    expect(await focused()).toBe('Stop');
    await page.keyboard.press('Space');
    await page.locator('.drill').waitFor({ state: 'detached' });
    expect(await focused()).toMatch(/^Breathe · /);

    // The pause disclosure opens with Enter, closes with Escape, and gives focus back.
    await page.getByRole('button', { name: 'Pause' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('group', { name: 'Pause reminders for' }).waitFor();
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('30 minutes');
    await page.keyboard.press('Escape');
    expect(await page.getByRole('group', { name: 'Pause reminders for' }).count()).toBe(0);
    expect(await focused()).toBe('Pause');
    await page.close();
    ext.expectNoErrors();
  });

  it('pauses and resumes through the background', async () => {
    const page = await ext.openPage('popup.html');
    await page.getByRole('button', { name: 'Pause' }).click();
    await page.getByRole('button', { name: '30 minutes' }).click();
    await page.getByText(/^Paused until /).waitFor();
    expect((await state()).pausedUntil).toBeGreaterThan(Date.now() + 29 * 60_000);
    await ext.screenshot(page, 'popup-paused');
    await page.getByRole('button', { name: 'Resume' }).click();
    await page.getByText(/^Move in \d+ min/).waitFor();
    expect((await state()).pausedUntil).toBeNull();
    await page.close();
    ext.expectNoErrors();
  });

  it('shows a waiting reminder with its tip; Done answers it', async () => {
    await ext.inWorker(async () => {
      const { state } = await chrome.storage.local.get('state');
      await chrome.storage.local.set({ state: { ...(state as object), movementDueAt: Date.now() - 1000 } });
      await chrome.alarms.create('movement', { when: Date.now() + 500 });
    });
    await waitFor(async () => (await state()).waiting != null, 10_000, 'the reminder to wait');
    const tipId = ((await state()).waiting as { tipId: string }).tipId;

    const page = await ext.openPage('popup.html');
    await page.getByRole('heading', { name: 'Time for a movement break' }).waitFor();
    await expect(page.locator('.tip .eyebrow').textContent()).resolves.toBe('For this reminder');
    expect(tipId).toBeTruthy();
    await ext.screenshot(page, 'popup-waiting');
    expect(await seriousViolations(page)).toEqual([]);
    const dark = await ext.openPage('popup.html', { colorScheme: 'dark' });
    await dark.getByRole('heading', { name: 'Time for a movement break' }).waitFor();
    expect(await seriousViolations(dark)).toEqual([]);
    await ext.screenshot(dark, 'popup-waiting-dark');
    await dark.close();

    await page.getByRole('button', { name: 'Done' }).click();
    await page.getByText('Noted. Thank you.').waitFor();
    expect(await page.getByRole('button', { name: 'Done' }).count()).toBe(0);
    expect((await state()).waiting).toBeNull();
    await expect(page.getByTestId('today-movementDone').textContent()).resolves.toBe('1');
    await page.close();
    ext.expectNoErrors();
  });

  it('starts a feed in one tap, keeps it running across a closed popup, ends it, and finds it in history', async () => {
    let page = await ext.openPage('popup.html');
    const suggested = page.locator('.side-buttons .btn').first();
    await expect(suggested.textContent()).resolves.toBe('Left suggested');
    await suggested.click();
    await page.getByRole('heading', { name: 'Feeding · Left' }).waitFor();
    await page.close();

    page = await ext.openPage('popup.html');
    await page.getByRole('heading', { name: 'Feeding · Left' }).waitFor();
    const time = page.getByRole('timer');
    const first = await time.textContent();
    expect(first).toMatch(/^\d+:\d\d$/);
    await page.waitForTimeout(2100);
    expect(await time.textContent()).not.toBe(first);
    await ext.screenshot(page, 'popup-feeding');
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'End feed' }).click();
    await page.getByRole('heading', { name: 'Start a feed' }).waitFor();
    await expect(page.getByText('Suggested: Right').count()).resolves.toBe(1);
    const feeds = ((await local('history')) as Stored[]).filter((e) => e.type === 'feed');
    expect(feeds).toEqual([expect.objectContaining({ side: 'left', endedBy: 'user' })]);
    await expect(page.getByTestId('today-feeds').textContent()).resolves.toBe('1');
    await ext.screenshot(page, 'popup-after-feed');
    await page.close();
    ext.expectNoErrors();
  });
});
