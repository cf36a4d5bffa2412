/// <reference types="chrome" />
/**
 * Drives the built extension (.output/chrome-mv3) in Debian's headless Chromium with playwright-core.
 * Every page and the service worker are watched for console errors and uncaught exceptions; a test ends
 * with `expectNoErrors()`.
 *
 * The browser runs in a zone where it is about midday at launch (see `middayZone`), so the default active
 * hours (07:00–21:00) hold the tests' moments whenever and wherever they run.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';

export const EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3');
/** The pseudo-locale build (`npm run build:pseudo`, scripts/pseudo-locale.ts): English made accented and longer. */
export const PSEUDO_EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3-pseudo');
export const SCREENSHOT_DIR = resolve(import.meta.dirname, '../../test-results/screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface ExtensionSession {
  context: BrowserContext;
  /** The browser's time zone (its TZ): one where it was about midday at launch. */
  timeZone: string;
  extensionId: string;
  worker: Worker;
  /** Console errors and uncaught exceptions seen so far, from pages and the worker. */
  errors: string[];
  /** Opens an extension page (e.g. 'popup.html') in a new tab and waits for it to render. */
  openPage(
    path: string,
    options?: { colorScheme?: 'light' | 'dark'; reducedMotion?: 'reduce' | 'no-preference'; width?: number; height?: number },
  ): Promise<Page>;
  /** Saves a PNG under test-results/screenshots/ and returns its path. */
  screenshot(page: Page, name: string, options?: { fullPage?: boolean }): Promise<string>;
  /** Runs code in the service worker (only while it is running: see stopWorker). */
  inWorker<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  /** Stops the service worker the way the browser does when it idles, and waits until it is stopped. */
  stopWorker(page: Page): Promise<void>;
  /** Starts a stopped worker the way the browser would — with an alarm it listens for — and waits until it runs. */
  wakeWorker(page: Page): Promise<void>;
  expectNoErrors(): void;
  close(): Promise<void>;
}

/**
 * Launches headless Chromium with the built extension (or another unpacked copy, e.g. the benchmark's).
 * A given `profileDir` is kept on close, so a second launch is a browser restart; otherwise each launch
 * gets a fresh profile, removed on close. `lang` starts the browser in that UI language (`--lang`; Debian's
 * Chromium needs its chromium-l10n package for any but en-US).
 */
export async function launchExtension({
  extensionDir = EXTENSION_DIR,
  profileDir,
  lang,
}: { extensionDir?: string; profileDir?: string; lang?: string } = {}): Promise<ExtensionSession> {
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No build at ${extensionDir}: run "npm run build" first`);
  }
  const userDataDir = profileDir ?? mkdtempSync(join(tmpdir(), 'btc-e2e-'));
  const timeZone = middayZone();
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    // The service worker has no per-page emulation: the zone is the browser process's own.
    // On Linux, Chromium's own UI strings (a file input's button, a time field's format) follow LANGUAGE.
    env: { ...process.env, TZ: timeZone, ...(lang && { LANGUAGE: lang.replace('-', '_'), LANG: `${lang.replace('-', '_')}.UTF-8` }) },
    headless: true,
    timeout: 30_000,
    ...(lang && { locale: lang }),
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
      ...(lang ? [`--lang=${lang}`] : []),
    ],
  });
  const errors: string[] = [];
  const watchPage = (page: Page) => {
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(`[${page.url()}] console.error: ${msg.text()}`);
    });
    page.on('pageerror', (error) => errors.push(`[${page.url()}] uncaught: ${error.message}`));
  };
  context.on('page', watchPage);

  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  worker.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`[worker] console.error: ${msg.text()}`);
  });
  const extensionId = new URL(worker.url()).host;
  let cdp: CDPSession | null = null;
  let closing: Promise<void> | null = null;
  const statuses: string[] = [];

  const session: ExtensionSession = {
    context,
    timeZone,
    extensionId,
    worker,
    errors,
    async openPage(path, options = {}) {
      const page = await context.newPage();
      await page.setViewportSize({ width: options.width ?? 400, height: options.height ?? 720 });
      await page.emulateMedia({
        colorScheme: options.colorScheme ?? 'light',
        reducedMotion: options.reducedMotion ?? 'no-preference',
      });
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      await page.waitForSelector('#app > *');
      return page;
    },
    async screenshot(page, name, options = {}) {
      mkdirSync(SCREENSHOT_DIR, { recursive: true });
      const path = join(SCREENSHOT_DIR, `${name}.png`);
      await page.screenshot({ path, fullPage: options.fullPage ?? true });
      return path;
    },
    inWorker(fn, arg) {
      return worker.evaluate(fn as (arg: unknown) => never, arg);
    },
    async stopWorker(page) {
      if (!cdp) {
        cdp = await context.newCDPSession(page);
        cdp.on('ServiceWorker.workerVersionUpdated', (event: { versions: Array<{ runningStatus: string }> }) => {
          for (const v of event.versions) statuses.push(v.runningStatus);
        });
        await cdp.send('ServiceWorker.enable');
      }
      statuses.length = 0;
      await cdp.send('ServiceWorker.stopAllWorkers');
      await waitFor(() => statuses.includes('stopped'), 10_000, 'the service worker to stop');
    },
    async wakeWorker(page) {
      statuses.length = 0;
      await page.evaluate(() => chrome.alarms.create('e2e-wake', { when: Date.now() + 50 }));
      await waitFor(() => statuses.includes('running'), 10_000, 'the service worker to start again');
    },
    expectNoErrors() {
      if (errors.length > 0) throw new Error(`Errors in the extension:\n${errors.join('\n')}`);
    },
    close() {
      // Idempotent: a benchmark's watchdog and its normal end may both close.
      closing ??= context
        .close()
        .finally(() => profileDir ?? rmSync(userDataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 }));
      return closing;
    },
  };
  return session;
}

/**
 * A fixed-offset zone (no daylight saving) where it is between 11:30 and 12:30 at `now`: Etc/GMT zones run from
 * UTC−12 to UTC+14, so one always exists. Midday is hours away from either end of the default active hours,
 * unlike a seeded window around "now", which the background may not have applied yet when a test reads it.
 */
export function middayZone(now = Date.now()): string {
  const utcHours = (now % 86_400_000) / 3_600_000;
  const east = Math.round(12 - utcHours); // −12 … +12
  // POSIX signs are inverted: Etc/GMT-3 is three hours east of UTC.
  return east === 0 ? 'Etc/GMT' : `Etc/GMT${east > 0 ? '-' : '+'}${Math.abs(east)}`;
}

/** Polls `check` until it is true or `timeoutMs` passes. */
export async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
