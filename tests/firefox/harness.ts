/**
 * Drives the built add-on (.output/firefox-mv3) in a real, headless Firefox ESR over WebDriver BiDi with
 * puppeteer-core: installed as a temporary add-on, its pages opened in tabs. Firefox's quirks shape this file
 * (docs in ../../../shared/docs/PLATFORM.md, "End-to-end in a real Firefox"):
 * - the remote agent skips extension contexts (bug 1755014): no load or console events arrive for
 *   moz-extension:// pages, so `page.goto()` would never resolve. Pages are opened with the browsing context's
 *   own `navigate(url, 'interactive')` and then polled; console problems are read from Firefox's output and,
 *   on 153, its console service (console-collector.ts).
 * - on 140, `page.setViewport`, `waitForFunction` and locators fail (an unknown BiDi command; the extension CSP
 *   refuses their `Function()`): the browsing context's `setViewport`, own polling and element handles instead.
 * - only 153 lets the remote agent into the chrome scope (`--remote-allow-system-access`): reading the console
 *   service and clicking Firefox's own alert window need it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';
import { addOnProblems, lineSplitter, type AddOn } from './console-collector';

export const EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/firefox-mv3');
export const SCREENSHOT_DIR = resolve(import.meta.dirname, '../../test-results/screenshots');
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const ADD_ON: AddOn = { id: 'back-to-core@backtocore.app', uuid: '0b4c2d1e-7a3f-4e59-9b6d-3c8e5f2a1d40' };
export const ORIGIN = `moz-extension://${ADD_ON.uuid}`;
/** How long the event page may idle before Firefox stops it (ms): short, so a test can watch it stop. */
export const IDLE_TIMEOUT_MS = 3000;

/**
 * A fixed-offset zone in which it is mid-morning now (10:00–10:59 local), with no daylight saving: with active
 * hours covering the day, no reminder in the suite falls near midnight or a window's edge, whatever the time
 * of day the suite runs at. (Etc/GMT-N is N hours *ahead* of UTC.)
 */
export function midMorningZone(now = new Date()): string {
  let offset = 10 - now.getUTCHours();
  if (offset < -12) offset += 24;
  return offset === 0 ? 'Etc/GMT' : `Etc/GMT${offset > 0 ? '-' : '+'}${Math.abs(offset)}`;
}

const PREFS = {
  // moz-extension://<uuid>/ instead of a random host.
  'extensions.webextensions.uuids': JSON.stringify({ [ADD_ON.id]: ADD_ON.uuid }),
  // Console calls of content scopes (extension pages, the background page) go to stdout.
  'devtools.console.stdout.content': true,
  // Firefox's own alert window instead of the system's (there is no notification daemon here): onShown fires.
  'alerts.useSystemBackend': false,
  'extensions.background.idle.timeout': IDLE_TIMEOUT_MS,
  // Firefox's own loggers that would otherwise write to the same stdout in an offline profile.
  'extensions.webcompat.perform_injections': false,
  'browser.newtabpage.activity-stream.feeds.topsites': false,
  'browser.topsites.contile.enabled': false,
  'services.settings.loglevel': 'off',
  'messaging-system.log': 'off',
  'messaging-system.rsexperimentloader.enabled': false,
};

export interface FirefoxSession {
  browser: Browser;
  /** Firefox's major version (140, 153…). */
  major: number;
  /** Opens an extension page (e.g. 'popup.html') in a new tab and waits until it has rendered. */
  openPage(path: string, viewport?: { width: number; height: number }): Promise<Page>;
  /** Evaluates an expression in Firefox's chrome scope, JSON in and out; null where the remote agent does not allow it (140). */
  inChrome(expression: string): Promise<unknown>;
  /** Errors and warnings from the add-on seen so far. */
  problems(): Promise<string[]>;
  /** Saves a full-page PNG under test-results/screenshots/ and returns its path. */
  screenshot(page: Page, name: string): Promise<string>;
  close(): Promise<void>;
}

/** The BiDi browsing context behind a puppeteer page (not in puppeteer's public types). */
interface BrowsingContext {
  id: string;
  navigate(url: string, wait: 'none' | 'interactive' | 'complete'): Promise<void>;
  setViewport(options: { viewport: { width: number; height: number } }): Promise<void>;
  captureScreenshot(options: { origin: 'viewport' | 'document' }): Promise<string>;
  userContext: { browser: { session: { send(method: string, params: object): Promise<{ result: unknown }> } } };
}
const contextOf = (page: Page) => (page.mainFrame() as unknown as { browsingContext: BrowsingContext }).browsingContext;

export async function launchFirefox(): Promise<FirefoxSession> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: PREFS,
    env: { ...process.env, TZ: midMorningZone() },
  });
  const output: string[] = [];
  const collect = lineSplitter((line) => output.push(line));
  browser.process()?.stdout?.on('data', (chunk) => collect(String(chunk)));
  browser.process()?.stderr?.on('data', (chunk) => collect(String(chunk)));
  const major = Number(/\/(\d+)/.exec(await browser.version())?.[1]);
  await browser.installExtension(EXTENSION_DIR);

  const first = (await browser.pages())[0]!;
  const session = contextOf(first).userContext.browser.session;
  let chromeContext: string | null | undefined;
  const inChrome = async (expression: string): Promise<unknown> => {
    if (chromeContext === undefined) {
      const tree = (await session.send('browsingContext.getTree', { 'moz:scope': 'chrome' })).result as {
        contexts: Array<{ context: string; url: string }>;
      };
      // 140 ignores the scope and lists the content tabs.
      chromeContext = tree.contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml')?.context ?? null;
    }
    if (chromeContext === null) return null;
    const { result } = (await session.send('script.evaluate', {
      expression: `(async () => JSON.stringify(await (${expression})))()`,
      target: { context: chromeContext },
      awaitPromise: true,
    })) as { result: { type: string; result?: { value?: unknown }; exceptionDetails?: { text: string } } };
    if (result.type === 'exception') throw new Error(`chrome scope: ${result.exceptionDetails?.text}`);
    return JSON.parse(String(result.result?.value ?? 'null'));
  };

  return {
    browser,
    major,
    async openPage(path, viewport = { width: 400, height: 720 }) {
      // A tab beside the first one: on 140, browser.newPage() picks the most recent window, which may be
      // Firefox's alert window (no tabs there) while a notification shows.
      const created = (await session.send('browsingContext.create', { type: 'tab', referenceContext: contextOf(first).id })).result as {
        context: string;
      };
      const page = await poll(
        async () => (await browser.pages()).find((p) => contextOf(p).id === created.context),
        5000,
        'the new tab',
      );
      const context = contextOf(page);
      await context.setViewport({ viewport });
      await context.navigate(`${ORIGIN}/${path}`, 'interactive');
      await poll(() => page.evaluate(() => document.querySelector('#app > *') !== null), 10_000, `${path} to render`);
      return page;
    },
    inChrome,
    async problems() {
      const service = (await inChrome(
        'Services.console.getMessageArray().map((m) => m.message ?? m.toString()).join("\\n")',
      )) as string | null;
      return addOnProblems([...output, ...(service ? service.split('\n') : [])], ADD_ON);
    },
    async screenshot(page, name) {
      mkdirSync(SCREENSHOT_DIR, { recursive: true });
      const path = join(SCREENSHOT_DIR, `${name}.png`);
      writeFileSync(path, Buffer.from(await contextOf(page).captureScreenshot({ origin: 'document' }), 'base64'));
      return path;
    },
    async close() {
      await browser.close();
    },
  };
}

/** Polls `check` until it returns true (or a value that is not false/null/undefined); throws after `timeoutMs`. */
export async function poll<T>(check: () => Promise<T> | T, timeoutMs: number, what: string): Promise<Exclude<T, false | null | undefined>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== false && value !== null && value !== undefined) return value as Exclude<T, false | null | undefined>;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The first element matching `selector` whose text contains `text` (element handles work on 140; locators do not). */
export async function byText(page: Page, selector: string, text: string): Promise<ElementHandle<Element> | null> {
  for (const handle of await page.$$(selector)) {
    if ((await handle.evaluate((el) => el.textContent ?? '')).includes(text)) return handle;
    await handle.dispose();
  }
  return null;
}

/** Clicks the element the way the page sees a click (a DOM click: trusted input is not needed by our handlers). */
export async function click(page: Page, selector: string, text: string): Promise<void> {
  const handle = await poll(() => byText(page, selector, text), 5000, `${selector} "${text}"`);
  await handle.evaluate((el) => (el as HTMLElement).click());
  await handle.dispose();
}

/** Types a value into an input as the user would, one input event (Preact's onInput). */
export async function typeInto(page: Page, selector: string, value: string): Promise<void> {
  const handle = await poll(() => page.$(selector), 5000, selector);
  await handle.evaluate((el, v) => {
    const input = el as HTMLInputElement;
    input.focus();
    input.value = v;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }, value);
  await handle.dispose();
}
