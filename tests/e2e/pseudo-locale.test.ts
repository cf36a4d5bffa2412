/**
 * The pseudo-locale build (scripts/pseudo-locale.ts: every message and tip accented and about a third longer,
 * as German and French run) in real Chromium: the popup in each state it can lead with, the drill, the options
 * page and the welcome, with nothing scrolling sideways, spilling out of its box or cut off, the popup's main
 * action still inside 600 px, and no visible text that did not come from the messages. Screenshots are kept.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, PSEUDO_EXTENSION_DIR, type ExtensionSession } from './harness';
import { layoutProblems, untranslatedTexts } from './layout';
import { POPUP_STATE_NAMES, POPUP_STATES, putPopupState, scheduleAroundNow, wholePopup } from './popup-states';

/**
 * Words that are not messages: the shortcut's keys, and what Intl writes for the pseudo build's locale (en):
 * "PM", "Mon, Nov 30". The real languages' suite checks that Intl follows each locale.
 */
const NAMES = ['Alt+Shift+F', 'AM', 'PM', ...'Mon Tue Wed Thu Fri Sat Sun Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ')];

async function settled(page: Page): Promise<void> {
  await page.locator('#tip-title').waitFor();
  await wholePopup(page);
  await page.locator('.tip-illustration:not(:has(svg))').first().waitFor({ state: 'detached', timeout: 5000 });
}

describe('the pseudo-locale (longer, accented text) in Chromium', () => {
  let ext: ExtensionSession;

  beforeAll(async () => {
    ext = await launchExtension({ extensionDir: PSEUDO_EXTENSION_DIR });
    await scheduleAroundNow(ext);
  });
  afterAll(() => ext?.close());

  for (const name of POPUP_STATE_NAMES) {
    it(`popup, ${name}: fits 360 px with nothing clipped, its main action inside 600 px, every text from the messages`, async () => {
      await putPopupState(ext, POPUP_STATES[name](Date.now()));
      const page = await ext.openPage('popup.html', { width: 360, height: 600 });
      await settled(page);
      await ext.screenshot(page, `pseudo-popup-${name}`);
      const lead = await page.locator('.lead button').first().boundingBox();
      expect(lead, 'the leading action').not.toBeNull();
      expect(Math.ceil(lead!.y + lead!.height), `${name}: the main action's bottom`).toBeLessThanOrEqual(600);
      expect(await layoutProblems(page, 360)).toEqual([]);
      expect(await untranslatedTexts(page, NAMES)).toEqual([]);
      await page.close();
      ext.expectNoErrors();
    });
  }

  it('popup, drill and clinician note: fit 360 px, nothing clipped', async () => {
    await putPopupState(ext, {});
    const page = await ext.openPage('popup.html', { width: 360, height: 600 });
    await settled(page);
    await page.locator('.popup-footer summary').click();
    await page.locator('.popup-footer li').first().waitFor();
    await ext.screenshot(page, 'pseudo-popup-clinician-note');
    expect(await layoutProblems(page, 360)).toEqual([]);
    expect(await untranslatedTexts(page, NAMES)).toEqual([]);
    await page.locator('.lead button').first().click();
    await page.locator('.drill-phase').waitFor();
    await page.waitForTimeout(4500); // past the set-up and the 3-2-1, into the first breath
    await ext.screenshot(page, 'pseudo-popup-drill');
    const stop = await page.locator('.drill button').first().boundingBox();
    expect(Math.ceil(stop!.y + stop!.height)).toBeLessThanOrEqual(600);
    expect(await layoutProblems(page, 360)).toEqual([]);
    expect(await untranslatedTexts(page, NAMES)).toEqual([]);
    await page.close();
    ext.expectNoErrors();
  });

  for (const width of [1000, 360]) {
    it(`options page at ${width} px: nothing clipped or scrolling sideways, every text from the messages`, async () => {
      const page = await ext.openPage('options.html', { width, height: 800 });
      await page.locator('form, section').first().waitFor();
      await ext.screenshot(page, `pseudo-options-${width}`);
      expect(await layoutProblems(page, width)).toEqual([]);
      expect(await untranslatedTexts(page, NAMES)).toEqual([]);
      await page.close();
      ext.expectNoErrors();
    });
  }

  it('the welcome at 1000 px: nothing clipped, every text from the messages', async () => {
    const page = await ext.openPage('welcome.html', { width: 1000, height: 800 });
    await ext.screenshot(page, 'pseudo-welcome-1000');
    expect(await layoutProblems(page, 1000)).toEqual([]);
    expect(await untranslatedTexts(page, NAMES)).toEqual([]);
    await page.close();
    ext.expectNoErrors();
  });
});
