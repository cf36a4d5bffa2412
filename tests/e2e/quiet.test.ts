/// <reference types="chrome" />
/**
 * Quiet when it matters, in real Chromium: a reminder that falls due while a window is fullscreen waits (no
 * notification; the popup says why), and appears once the window leaves fullscreen.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { launchExtension, waitFor, type ExtensionSession } from './harness';

describe('holding reminders while a window is fullscreen, in Chromium', () => {
  let ext: ExtensionSession;
  beforeEach(async () => {
    ext = await launchExtension();
  });
  afterEach(async () => {
    await ext.close();
  });

  it('holds a due reminder while fullscreen, says so in the popup, and shows it when fullscreen ends', async () => {
    const page = await ext.openPage('options.html');
    const state = () => ext.inWorker(async () => (await chrome.storage.local.get('state')).state as { held: { by: string } | null; movementDueAt: number });
    const notifications = () => ext.inWorker(async () => Object.keys(await chrome.notifications.getAll()));
    // The browser runs where it is midday (see the harness): inside the default active hours.
    await waitFor(async () => ((await state())?.movementDueAt ?? 0) > 0, 10_000, 'the first schedule');

    const windowId = await page.evaluate(async () => (await chrome.windows.getCurrent()).id!);
    await page.evaluate((id) => chrome.windows.update(id, { state: 'fullscreen' }), windowId);
    await waitFor(async () => (await page.evaluate(() => chrome.windows.getAll())).some((w) => w.state === 'fullscreen'), 10_000, 'a fullscreen window');

    await ext.inWorker(async () => {
      const { state } = await chrome.storage.local.get('state');
      await chrome.storage.local.set({ state: { ...(state as object), movementDueAt: Date.now() - 1000 } });
      await chrome.alarms.create('movement', { when: Date.now() + 300 });
    });
    await waitFor(async () => (await state()).held?.by === 'fullscreen', 10_000, 'the reminder to be held');
    expect(await notifications()).toEqual([]);
    const recheck = await ext.inWorker(async () => (await chrome.alarms.get('held'))?.scheduledTime ?? 0);
    expect(recheck).toBeGreaterThan(Date.now() + 60_000);

    const popup = await ext.openPage('popup.html', { width: 360 });
    await popup.getByText('Waiting until your fullscreen window closes').waitFor({ timeout: 10_000 });
    await ext.screenshot(popup, 'popup-held-fullscreen', { fullPage: false });

    await page.evaluate((id) => chrome.windows.update(id, { state: 'normal' }), windowId);
    // The slow re-check comes two minutes later; bring it forward rather than wait.
    await ext.inWorker(() => chrome.alarms.create('held', { when: Date.now() + 300 }));
    await waitFor(async () => (await notifications()).length === 1, 10_000, 'the notification once fullscreen ended');
    expect((await notifications())[0]).toMatch(/^reminder:movement:\d+$/);
    expect((await state()).held).toBeNull();
    ext.expectNoErrors();
  });
});
