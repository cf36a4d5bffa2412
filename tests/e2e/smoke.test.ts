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

  it('starts its service worker with exactly the four permissions', async () => {
    const manifest = await ext.inWorker(() => chrome.runtime.getManifest());
    expect(manifest.permissions).toEqual(['alarms', 'notifications', 'storage', 'idle']);
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.content_scripts ?? []).toEqual([]);
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
