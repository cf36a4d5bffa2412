/**
 * The store listing's images, taken from the built extension (.output/chrome-mv3) in headless Chromium through
 * the e2e harness: 1280 × 800 screenshots of the popup (framed under a browser toolbar, as it opens), the
 * breathing drill and the options page, each in light and dark, with the listing's caption beside them; and
 * the 440 × 280 small promo tile. The words come from docs/store/listing/<locale>.md, the pixels from the
 * real pages. History is seeded (a month of breaks, drills and feeds) so that the counts and chart show what a
 * user would see after a few weeks.
 *
 * The welcome page's two screenshots are a slot: made when the build has a welcome.html, listed in `slots`
 * until then.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { EXTENSION_DIR, launchExtension, waitFor, type ExtensionSession } from '../../tests/e2e/harness';
import { wholePopup } from '../../tests/e2e/popup-states';
import { parseListing, type Listing } from './listing.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
export const STORE_DIR = join(ROOT, 'docs/store');
export const SCREENSHOT_SIZE = { width: 1280, height: 800 };
export const PROMO_SIZE = { width: 440, height: 280 };
const SCHEMES = ['light', 'dark'] as const;
type Scheme = (typeof SCHEMES)[number];

export interface StoreAssets {
  /** Files written, with the size they were made at. */
  made: Array<{ file: string; width: number; height: number }>;
  /** Images that could not be made yet, and why. */
  slots: string[];
}

/** The frame's colours: the extension's own theme (components/theme.css), so the pictures match the pages. */
const FRAME: Record<Scheme, { from: string; to: string; text: string; muted: string; chrome: string; bar: string; page: string; line: string }> = {
  light: { from: '#dcece6', to: '#fbf8f4', text: '#24302c', muted: '#55625d', chrome: '#eef1ef', bar: '#ffffff', page: '#ffffff', line: '#d5dcd8' },
  dark: { from: '#101513', to: '#24302c', text: '#e8eeeb', muted: '#a9b5b0', chrome: '#2a3331', bar: '#1b2220', page: '#1f2725', line: '#3a4541' },
};

/** Makes every image into `outDir` (created if needed) for one locale's listing. */
export async function makeStoreAssets(outDir: string, { locale = 'en', extensionDir = EXTENSION_DIR } = {}): Promise<StoreAssets> {
  const listing = parseListing(readFileSync(join(STORE_DIR, 'listing', `${locale}.md`), 'utf8'));
  mkdirSync(outDir, { recursive: true });
  const icon = readFileSync(join(extensionDir, 'icon/128.png')).toString('base64');
  const result: StoreAssets = { made: [], slots: [] };
  // The browser in the listing's language, so the pages in the pictures are in it too.
  const ext = await launchExtension({ extensionDir, ...(locale !== 'en' && { lang: locale.replace('_', '-') }) });
  try {
    await seed(ext);
    const save = async (page: Page, name: string, size: { width: number; height: number }) => {
      const file = join(outDir, `${name}.png`);
      await page.screenshot({ path: file, clip: { x: 0, y: 0, ...size } });
      result.made.push({ file, ...size });
    };
    for (const scheme of SCHEMES) {
      const popup = await ext.openPage('popup.html', { colorScheme: scheme });
      await popup.getByTestId('status-line').waitFor();
      await wholePopup(popup);
      // A tip's drawing loads after the first paint: wait for it (or for a tip that has none).
      // (A drawing still loading after 10 s on a busy machine is left out rather than failing the whole set.)
      await popup.locator('.tip-illustration svg, .tip:not(:has(.tip-illustration))').first().waitFor({ timeout: 10_000 }).catch(() => undefined);
      await save(await framePopup(ext, scheme, await shoot(popup), listing.captions.popup ?? '', listing, icon), `1-popup-${scheme}`, SCREENSHOT_SIZE);

      // The drill late in its first breath in, the shape wide — at that moment exactly, on a busy machine
      // too: the page runs on Playwright's clock, paused, and is moved on by hand.
      await popup.clock.install();
      await popup.reload();
      // The drill's module loads after the first paint: opened and stopped once while the clock still runs, it is
      // there when the clock stops.
      await popup.getByRole('button', { name: /^Breathe · / }).click();
      await popup.locator('.drill button.btn-secondary').click(); // Stop
      await popup.clock.pauseAt(Date.now() + 1_000);
      await popup.getByRole('button', { name: /^Breathe · / }).click();
      await popup.clock.runFor(3_500);
      await popup.locator('.drill-phase', { hasText: 'Breathe in' }).waitFor();
      await save(await framePopup(ext, scheme, await shoot(popup), listing.captions.drill ?? '', listing, icon), `2-drill-${scheme}`, SCREENSHOT_SIZE);
      // The clock is the whole browser's: left paused, the next pages' timers would never fire (no drawing, no drill).
      await popup.clock.resume();
      await popup.close();

      const options = await ext.openPage('options.html', { colorScheme: scheme, width: 1120 });
      await options.setViewportSize({ width: 1120, height: 700 });
      await options.locator('h1').first().waitFor();
      await options.evaluate(() => document.fonts.ready);
      const page = await options.screenshot({ clip: { x: 0, y: 0, width: 1120, height: 700 } });
      await options.close();
      await save(await frameWindow(ext, scheme, page, listing.captions.options ?? '', listing, icon), `3-options-${scheme}`, SCREENSHOT_SIZE);

      if (existsSync(join(extensionDir, 'welcome.html'))) {
        const welcome = await ext.openPage('welcome.html', { colorScheme: scheme, width: SCREENSHOT_SIZE.width });
        await welcome.setViewportSize(SCREENSHOT_SIZE);
        await save(welcome, `4-welcome-${scheme}`, SCREENSHOT_SIZE);
        await welcome.close();
      } else {
        result.slots.push(`4-welcome-${scheme}.png: the build has no welcome page (welcome.html) yet`);
      }
    }
    await save(await promoTile(ext, listing, icon), 'promo-small-440x280', PROMO_SIZE);
    ext.expectNoErrors();
  } finally {
    await ext.close();
  }
  return result;
}

/** The popup as the browser shows it: its own 360 px, the height of its content. */
async function shoot(popup: Page): Promise<Buffer> {
  await popup.evaluate(() => document.fonts.ready);
  return popup.locator('main').screenshot({ animations: 'allow' });
}

/**
 * A month of use, and active hours around now (whatever the clock says when this runs) so the popup shows
 * the schedule rather than "resumes at 07:00". Written before any page opens, as a synced or imported
 * history would be.
 */
async function seed(ext: ExtensionSession): Promise<void> {
  await ext.inWorker(async () => {
    const now = Date.now();
    const hour = 3_600_000;
    const minute = new Date(now).getHours() * 60 + new Date(now).getMinutes();
    const startOfToday = new Date(now).setHours(0, 0, 0, 0);
    const history: unknown[] = [];
    for (let day = 29; day >= 1; day--) {
      const base = startOfToday - day * 24 * hour;
      // A varied but fixed pattern: 3–6 movement breaks, a snooze now and then, a drill most days, 5–7 feeds.
      for (let i = 0; i < 3 + (day % 4); i++) history.push({ type: 'reminder', at: base + (9 + i * 2) * hour, kind: 'movement', outcome: 'done' });
      if (day % 3 === 0) history.push({ type: 'reminder', at: base + 10.5 * hour, kind: 'movement', outcome: 'snoozed' });
      if (day % 4 !== 1) history.push({ type: 'drill', at: base + 14.2 * hour, durationSec: 60 });
      for (let i = 0; i < 5 + (day % 3); i++) {
        const at = base + (7 + i * 2.5) * hour;
        history.push({ type: 'feed', at, startedAt: at - 0.3 * hour, side: ['left', 'right', 'bottle'][i % 3], endedBy: 'user' });
      }
    }
    // Today, so far: counted back from now, so the popup's "Today" is not empty whatever the hour.
    for (const ago of [0.4, 2.1, 3.5]) history.push({ type: 'reminder', at: now - ago * hour, kind: 'movement', outcome: 'done' });
    history.push({ type: 'drill', at: now - 1.2 * hour, durationSec: 60 });
    for (const [i, ago] of [0.8, 3.1, 5.6].entries()) {
      history.push({ type: 'feed', at: now - ago * hour, startedAt: now - (ago + 0.3) * hour, side: ['right', 'left', 'right'][i], endedBy: 'user' });
    }
    await chrome.storage.local.set({ history: history.sort((a, b) => (a as { at: number }).at - (b as { at: number }).at) });
    await chrome.storage.sync.set({
      settings: { activeDays: [0, 1, 2, 3, 4, 5, 6], activeStartMin: (minute + 1380) % 1440, activeEndMin: (minute + 360) % 1440 },
    });
  });
  await waitFor(
    () => ext.inWorker(async () => typeof ((await chrome.storage.local.get('state')).state as { movementDueAt?: unknown } | undefined)?.movementDueAt === 'number'),
    10_000,
    'the schedule',
  );
}

const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
const png = (bytes: Buffer | string) => `data:image/png;base64,${typeof bytes === 'string' ? bytes : bytes.toString('base64')}`;

/** A blank page of the given size in the same browser, for laying out a picture. */
async function canvas(ext: ExtensionSession, size: { width: number; height: number }, html: string): Promise<Page> {
  const page = await ext.context.newPage();
  await page.setViewportSize(size);
  await page.setContent(`<!doctype html><meta charset="utf-8"><style>
    * { box-sizing: border-box; margin: 0; }
    body { width: ${size.width}px; height: ${size.height}px; overflow: hidden; position: relative;
      font-family: system-ui, 'DejaVu Sans', sans-serif; -webkit-font-smoothing: antialiased; }
  </style>${html}`);
  await page.evaluate(() => document.fonts.ready);
  return page;
}

function captionBlock(scheme: Scheme, caption: string, listing: Listing, icon: string, style: string): string {
  const f = FRAME[scheme];
  return `<div style="position:absolute; ${style}">
    <div style="display:flex; align-items:center; gap:14px; margin-bottom:28px">
      <img src="${png(icon)}" width="48" height="48" alt="">
      <span style="font-size:22px; font-weight:700; color:${f.muted}; letter-spacing:0.01em">${escape(listing.name)}</span>
    </div>
    <h2 style="font-size:42px; line-height:1.18; font-weight:700; color:${f.text}">${escape(caption)}</h2>
  </div>`;
}

/** The popup hanging from its toolbar button in a browser window that runs off the picture's right and bottom. */
async function framePopup(ext: ExtensionSession, scheme: Scheme, shot: Buffer, caption: string, listing: Listing, icon: string): Promise<Page> {
  const f = FRAME[scheme];
  const left = 600;
  return canvas(ext, SCREENSHOT_SIZE, `
    <div style="position:absolute; inset:0; background:linear-gradient(135deg, ${f.from}, ${f.to})"></div>
    ${captionBlock(scheme, caption, listing, icon, 'left:80px; top:250px; width:440px')}
    <div style="position:absolute; left:${left}px; top:64px; right:-40px; bottom:-40px; border-radius:14px 0 0 0;
      background:${f.page}; border:1px solid ${f.line}; box-shadow:0 24px 60px rgba(0,0,0,0.18); overflow:hidden">
      <div style="height:52px; background:${f.chrome}; border-bottom:1px solid ${f.line}; display:flex; align-items:center; gap:12px; padding:0 56px 0 20px">
        <span style="width:12px; height:12px; border-radius:50%; background:${f.line}"></span>
        <span style="width:12px; height:12px; border-radius:50%; background:${f.line}"></span>
        <span style="flex:1; height:30px; margin-left:12px; border-radius:15px; background:${f.bar}; border:1px solid ${f.line}"></span>
        <img src="${png(icon)}" width="22" height="22" alt="" style="margin-left:8px; padding:4px; box-sizing:content-box; border-radius:6px; background:${f.bar}; outline:2px solid ${f.line}">
      </div>
      ${[0, 1, 2, 3, 4, 5].map((i) => `<div style="margin:${i === 0 ? 40 : 18}px 0 0 40px; width:${[180, 240, 210, 250, 160, 230][i]}px; height:${i === 0 ? 22 : 12}px; border-radius:6px; background:${f.line}; opacity:0.55"></div>`).join('')}
    </div>
    <img src="${png(shot)}" alt="" style="position:absolute; left:${1280 - 48 - 360}px; top:${64 + 52 + 6}px; width:360px;
      border-radius:10px; border:1px solid ${f.line}; box-shadow:0 18px 48px rgba(0,0,0,0.28)">
  `);
}

/** A page in a browser window below the caption. */
async function frameWindow(ext: ExtensionSession, scheme: Scheme, shot: Buffer, caption: string, listing: Listing, icon: string): Promise<Page> {
  const f = FRAME[scheme];
  return canvas(ext, SCREENSHOT_SIZE, `
    <div style="position:absolute; inset:0; background:linear-gradient(135deg, ${f.from}, ${f.to})"></div>
    <div style="position:absolute; left:80px; top:34px; right:80px; display:flex; align-items:center; gap:18px">
      <img src="${png(icon)}" width="44" height="44" alt="">
      <h2 style="font-size:32px; line-height:1.2; font-weight:700; color:${f.text}">${escape(caption)}</h2>
    </div>
    <div style="position:absolute; left:80px; top:112px; width:1120px; height:740px; border-radius:14px 14px 0 0;
      background:${f.page}; border:1px solid ${f.line}; box-shadow:0 24px 60px rgba(0,0,0,0.18); overflow:hidden">
      <div style="height:40px; background:${f.chrome}; border-bottom:1px solid ${f.line}; display:flex; align-items:center; gap:10px; padding:0 16px">
        <span style="width:11px; height:11px; border-radius:50%; background:${f.line}"></span>
        <span style="width:11px; height:11px; border-radius:50%; background:${f.line}"></span>
        <span style="width:11px; height:11px; border-radius:50%; background:${f.line}"></span>
        <span style="flex:1; max-width:520px; height:24px; margin-left:14px; border-radius:12px; background:${f.bar}; border:1px solid ${f.line}"></span>
      </div>
      <img src="${png(shot)}" alt="" style="display:block; width:1120px">
    </div>
  `);
}

/** The small promo tile: the mark, the name and the listing's one line, on the theme's calm ground. */
async function promoTile(ext: ExtensionSession, listing: Listing, icon: string): Promise<Page> {
  const f = FRAME.light;
  return canvas(ext, PROMO_SIZE, `
    <div style="position:absolute; inset:0; background:linear-gradient(135deg, ${f.from}, ${f.to}); display:flex; align-items:center; gap:24px; padding:0 32px">
      <img src="${png(icon)}" width="96" height="96" alt="">
      <div>
        <div style="font-size:30px; line-height:1.1; font-weight:700; white-space:nowrap; color:${f.text}">${escape(listing.name)}</div>
        <div style="margin-top:12px; font-size:18px; line-height:1.35; color:${f.muted}">${escape(listing.promo)}</div>
      </div>
    </div>
  `);
}
