/// <reference types="chrome" />
/**
 * Each shipped language in real Chromium, started with `--lang=<locale>` (Debian's chromium-l10n): the
 * browser picks that `_locales` folder, and the popup (idle and with a reminder waiting), a tip, the options
 * page (and the privacy policy it links to), the welcome and a test notification all come in that language, with its own clock format, nothing cut off or
 * scrolling sideways at 360 px (popup) and 1000 px (options). Screenshots are kept per locale.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCALES, type Locale } from '../../lib/locales/locales';
import type { TipWords } from '../../lib/tips/tip-index';
import { formatMessage, messagesOf } from '../support/fake-i18n';
import { launchExtension, type ExtensionSession } from './harness';
import { layoutProblems } from './layout';
import { POPUP_STATES, putPopupState, scheduleAroundNow } from './popup-states';

const WORDS = import.meta.glob<Record<string, TipWords>>('../../lib/tips/tip-words/*/*.ts', { import: 'WORDS', eager: true });
const titlesIn = (locale: Locale) =>
  Object.entries(WORDS)
    .filter(([file]) => file.includes(`/tip-words/${locale}/`))
    .flatMap(([, words]) => Object.values(words).map((w) => w.title));

/** The UI language each locale is started with, and the tag its pages' Intl formats with. */
const LANG: Record<Exclude<Locale, 'en'>, string> = { es: 'es', fr: 'fr', de: 'de', pt_BR: 'pt-BR' };

describe.each(LOCALES.filter((l): l is Exclude<Locale, 'en'> => l !== 'en'))('Chromium in %s', (locale) => {
  // A locale whose folder is missing fails its tests below (with no messages), not the whole file.
  const messages = existsSync(resolve(import.meta.dirname, '../../lib/locales', locale)) ? messagesOf(locale) : {};
  const say = (key: string, ...subs: string[]) => formatMessage(messages, key, subs);
  let ext: ExtensionSession;

  beforeAll(async () => {
    ext = await launchExtension({ lang: LANG[locale] });
    await scheduleAroundNow(ext);
  });
  afterAll(() => ext?.close());

  it('takes its messages from that locale', async () => {
    const seen = await ext.inWorker(() => ({ ui: chrome.i18n.getUILanguage(), own: chrome.i18n.getMessage('messagesLocale') }));
    expect(seen.ui.toLowerCase()).toMatch(new RegExp(`^${LANG[locale].toLowerCase()}`));
    expect(seen.own).toBe(locale);
  });

  it('shows the popup and a tip in that language, with its clock, nothing clipped at 360 px', async () => {
    await putPopupState(ext, POPUP_STATES.paused(Date.now()));
    const page = await ext.openPage('popup.html', { width: 360, height: 600 });
    await page.locator('#tip-title').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(LANG[locale]);
    expect(titlesIn(locale)).toContain(await page.locator('#tip-title').textContent());
    expect(await page.getByRole('button', { name: say('openOptions') }).count()).toBe(1);
    // "Paused until 14:05": every one of these locales writes a 24-hour clock (no AM / PM).
    const until = (await page.getByTestId('status-line').textContent()) ?? '';
    expect(until).toMatch(/\b\d{1,2}[:h]\d{2}\b/);
    expect(until).not.toMatch(/AM|PM|a\. ?m\.|p\. ?m\./i);
    await ext.screenshot(page, `locale-${locale}-popup-paused`);
    expect(await layoutProblems(page, 360)).toEqual([]);
    await page.close();
    ext.expectNoErrors();
  });

  it('shows a waiting reminder with its cue in that language', async () => {
    await putPopupState(ext, POPUP_STATES['waiting-movement'](Date.now()));
    const page = await ext.openPage('popup.html', { width: 360, height: 600 });
    await page.locator('#tip-title').waitFor();
    await expect(page.locator('#reminder-title').textContent()).resolves.toContain(say('popupWaitingMovement'));
    await expect(page.locator('.reminder-cue').textContent()).resolves.toBe(say('cue_lift_hip_hinge'));
    await ext.screenshot(page, `locale-${locale}-popup-waiting`);
    expect(await layoutProblems(page, 360)).toEqual([]);
    await putPopupState(ext, {});
    await page.close();
    ext.expectNoErrors();
  });

  it('shows the options page in that language, nothing clipped at 1000 px, and sends a test notification in it', async () => {
    // Record what the background asks the browser to show (the notification centre cannot be read back).
    await ext.inWorker(() => {
      const scope = globalThis as unknown as { shown: chrome.notifications.NotificationOptions[] };
      scope.shown = [];
      const create = chrome.notifications.create.bind(chrome.notifications) as (...args: unknown[]) => unknown;
      (chrome.notifications as unknown as { create: unknown }).create = (...args: unknown[]) => {
        scope.shown.push(args.find((a) => typeof a === 'object') as chrome.notifications.NotificationOptions);
        return create(...args);
      };
    });
    const page = await ext.openPage('options.html', { width: 1000, height: 800 });
    expect(await page.title()).toBe(say('optionsDocumentTitle'));
    await page.getByRole('button', { name: say('optionsTestButton') }).click();
    await expect.poll(() => page.locator('.test-result').textContent()).toBe(say('optionsTestShown'));
    const shown = await ext.inWorker(() => (globalThis as unknown as { shown: chrome.notifications.NotificationOptions[] }).shown);
    expect(shown).toHaveLength(1);
    expect(shown[0]!.title).toBe(say('bgTitleTest', say('bgTitleMovement')));
    const cues = Object.entries(messages).filter(([key]) => key.startsWith('cue_')).map(([, m]) => m.message);
    expect(cues).toContain(shown[0]!.message);
    expect(shown[0]!.buttons?.map((b) => b.title)).toEqual([say('bgButtonDone'), say('bgButtonSnooze', '5')]);
    // The privacy policy it links to is the one in this language, shipped in the extension.
    const policy = await page.locator('a[href*="privacy"]').getAttribute('href');
    expect(policy).toBe(`/privacy.${locale}.html`);
    expect(await page.evaluate((href) => fetch(href).then((r) => r.text()), policy!)).toContain(`<html lang="${LANG[locale]}">`);
    await ext.screenshot(page, `locale-${locale}-options`);
    expect(await layoutProblems(page, 1000)).toEqual([]);
    await page.close();
    ext.expectNoErrors();
  });

  it('shows the welcome in that language, nothing clipped at 1280 × 800', async () => {
    const page = await ext.openPage('welcome.html', { width: 1280, height: 800 });
    await expect(page.locator('h1').textContent()).resolves.toBe(say('welcomeTitle'));
    expect(await page.title()).toBe(say('welcomeDocumentTitle'));
    await ext.screenshot(page, `locale-${locale}-welcome`);
    expect(await layoutProblems(page, 1280)).toEqual([]);
    await page.close();
    ext.expectNoErrors();
  });
});
