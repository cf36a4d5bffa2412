/**
 * What a store submission takes from the built extension: the listing images, made by the same code as
 * `npm run store:assets` into a temporary directory (CI never commits them) and checked for the stores' sizes
 * from the PNG headers; and the privacy policy, shipped as an extension page and opened from the options page.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeStoreAssets, PROMO_SIZE, SCREENSHOT_SIZE } from '../../scripts/release/store-assets';
import { launchExtension } from './harness';

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8).toString('hex'), `${file} is a PNG`).toBe('89504e470d0a1a0a');
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('store assets', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'btc-store-'));
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it('makes the 1280 × 800 screenshots, light and dark, and the 440 × 280 promo tile from the build', async () => {
    const { made, slots } = await makeStoreAssets(outDir);
    const names = readdirSync(outDir).sort();
    expect(names).toEqual(made.map((m) => m.file.slice(outDir.length + 1)).sort());
    for (const kind of ['1-popup', '2-drill', '3-options']) {
      for (const scheme of ['light', 'dark']) {
        expect(pngSize(join(outDir, `${kind}-${scheme}.png`))).toEqual(SCREENSHOT_SIZE);
      }
    }
    expect(pngSize(join(outDir, 'promo-small-440x280.png'))).toEqual(PROMO_SIZE);
    // The welcome page's screenshots are made once the build has one; until then they are a named slot.
    const welcome = names.filter((n) => n.startsWith('4-welcome-'));
    expect(welcome.length + slots.filter((s) => s.startsWith('4-welcome-')).length).toBe(2);
    for (const name of welcome) expect(pngSize(join(outDir, name))).toEqual(SCREENSHOT_SIZE);
  }, 180_000);
});

describe('the privacy policy', () => {
  it('opens from the options page\'s About as an extension page, in a new tab, with nothing from the web', async () => {
    const ext = await launchExtension();
    try {
      const requests: string[] = [];
      ext.context.on('request', (request) => requests.push(request.url()));
      const options = await ext.openPage('options.html', { width: 900 });
      const link = options.getByRole('link', { name: 'Privacy policy' });
      expect(await link.getAttribute('target')).toBe('_blank');
      const [policy] = await Promise.all([ext.context.waitForEvent('page'), link.click()]);
      await policy.waitForLoadState();
      expect(policy.url()).toBe(`chrome-extension://${ext.extensionId}/privacy.html`);
      await expect(policy.locator('h1').textContent()).resolves.toBe('Back to Core — privacy policy');
      await expect(policy.getByRole('heading', { name: 'What never leaves your computer' }).count()).resolves.toBe(1);
      await expect(policy.locator('text=5,000 entries').count()).resolves.toBe(1);
      expect(requests.filter((url) => !url.startsWith(`chrome-extension://${ext.extensionId}/`))).toEqual([]);
      await ext.screenshot(policy, 'privacy-policy');
      ext.expectNoErrors();
    } finally {
      await ext.close();
    }
  });
});
