import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionSession } from './harness';

describe('the built extension in Chromium', () => {
  let ext: ExtensionSession;
  beforeAll(async () => {
    ext = await launchExtension();
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('runs in its pinned zone at about midday, inside the default active hours, whatever the real time', async () => {
    const clock = await ext.inWorker(() => ({ zone: Intl.DateTimeFormat().resolvedOptions().timeZone, minutes: new Date().getHours() * 60 + new Date().getMinutes() }));
    expect(clock.zone.replace(/^UTC$/, 'Etc/GMT')).toBe(ext.timeZone);
    expect(clock.minutes).toBeGreaterThanOrEqual(11 * 60 + 29);
    expect(clock.minutes).toBeLessThanOrEqual(12 * 60 + 31 + 5); // half an hour either side, plus a slow start
  });

  it('starts its service worker with exactly the four permissions', async () => {
    const manifest = await ext.inWorker(() => chrome.runtime.getManifest());
    expect(manifest.permissions).toEqual(['alarms', 'notifications', 'storage', 'idle']);
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.content_scripts ?? []).toEqual([]);
  });

  it('makes no network requests: everything it loads comes from the extension itself', async () => {
    const requests: string[] = [];
    ext.context.on('request', (request) => requests.push(request.url()));
    const popup = await ext.openPage('popup.html');
    await popup.getByRole('button', { name: 'Another tip' }).click();
    await popup.locator('summary', { hasText: 'When to get help' }).click();
    const options = await ext.openPage('options.html', { width: 900 });
    await options.getByRole('button', { name: 'Last 30 days' }).click();
    await options.waitForTimeout(300);
    expect(requests.length).toBeGreaterThan(0); // the listener does see the pages' own loads
    expect(requests.filter((url) => !url.startsWith(`chrome-extension://${ext.extensionId}/`))).toEqual([]);
    await popup.close();
    await options.close();
    ext.expectNoErrors();
  });

  it('opens the popup and the options page with no errors, and screenshots both', async () => {
    const popup = await ext.openPage('popup.html');
    await expect(popup.locator('h1').first().textContent()).resolves.toContain('Back to Core');
    await ext.screenshot(popup, 'smoke-popup');
    const options = await ext.openPage('options.html', { width: 900 });
    await expect(options.locator('h1').first().textContent()).resolves.toContain('Back to Core');
    await ext.screenshot(options, 'smoke-options');
    ext.expectNoErrors();
  });
});
