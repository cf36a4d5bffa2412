/// <reference types="chrome" />
/**
 * The benchmark's real-browser half: the built extension in headless Chromium (see ./launch.ts). Measures
 *  - popup speed: cold opens of popup.html (a new tab each time, closed after), from navigation start to the
 *    first tip painted (the popup's own `performance.mark('btc:first-tip')`, set on the frame after the tip
 *    is in the page), to DOMContentLoaded, and to interactive (DOMContentLoaded has passed and the Breathe
 *    button, whose click handler Preact attaches in the same commit, is in the page). Each round also opens
 *    an empty extension page, a Preact + signals page and a page that makes only the popup's first storage
 *    gets, for what the browser needs anyway on this machine;
 *  - drill smoothness: frame intervals from a requestAnimationFrame probe during the breathing drill, the
 *    browser's own layout and style counts over the same stretch, and which style properties the drill changes;
 *  - memory: the popup's JS heap after the first tip (CDP Performance.getMetrics) and the service worker's
 *    after a cold start (CDP Runtime.getHeapUsage on the worker target).
 * Every step has its own time limit; a step that fails records its error and the others still run. The
 * browser is always closed.
 *
 * Usage: vite-node scripts/bench/browser.ts <out.json>   (BENCH_OPENS, BENCH_DRILL_MS override the defaults)
 */
import { writeFileSync } from 'node:fs';
import type { CDPSession, Page } from 'playwright-core';
import { putHistory } from '../../tests/e2e/popup-states';
import { longHistory } from '../../tests/support/long-history';
import { BLANK_PAGE, FLOOR_PAGE, READ_PAGE, launchBench, type BenchBrowser } from './launch';

const OPENS = Math.max(1, Number(process.env.BENCH_OPENS ?? 20));
const DRILL_MS = Math.max(1000, Number(process.env.BENCH_DRILL_MS ?? 10_000));
const SLOW_FRAME_MS = 20;
/** The whole browser half must end by then, whatever hangs (about twice what a normal run takes). */
const OVERALL_MS = 50_000 + 2 * OPENS * 4_000 + DRILL_MS;
const FIRST_TIP = 'btc:first-tip';
const PAGES = { popup: 'popup.html', blank: BLANK_PAGE, floor: FLOOR_PAGE, read: READ_PAGE } as const;
type PageName = keyof typeof PAGES;

export interface Open {
  firstTipMs: number;
  /** 'mark': the popup's performance mark; 'dom': the tip's heading appeared (no mark in this build). */
  firstTipSource: 'mark' | 'dom';
  interactiveMs: number | null;
  domContentLoadedMs: number;
  /** The popup's storage reads that ended before the first tip: how many, and when the last one ended. */
  storageReads?: number;
  storageDoneMs?: number | null;
  /** When the tip's heading was put into the page (before it is painted). */
  tipInDomMs?: number | null;
  loadMs: number;
}

interface Opens {
  count: number;
  runs: Open[];
  blank: Open[];
  floor: Open[];
  read: Open[];
  error?: string;
}

export interface BrowserResult {
  chromium: string;
  /** Entries in the stored history while the popup is measured (benchHistory). */
  historyEntries?: number;
  /** Cold opens, interleaved round by round: the popup first (its first open is the coldest), then the references. */
  opens: Opens;
  /** The same, earlier in the run, before any history was stored (a new install). */
  opensNew?: Opens;
  memory: {
    popup?: { usedBytes: number; totalBytes: number; usedAfterGcBytes: number; how: string };
    worker?: { usedBytes: number; usedAfterGcBytes: number; how: string };
    errors: string[];
  };
  drill: {
    durationMs?: number;
    frames?: number;
    intervals?: number[];
    slowFrames?: number;
    longestFrameMs?: number;
    medianFrameMs?: number;
    longAnimationFrames?: number;
    layouts?: number;
    styleRecalcs?: number;
    changedProperties?: string[];
    compositorOnly?: boolean;
    transition?: string;
    error?: string;
  };
  extensionErrors: string[];
  /** Set when the browser half could not run at all (Chromium did not start, or the whole run timed out). */
  fatal?: string;
}

function within<T>(what: string, ms: number, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms / 1000} s`)), ms);
  });
  return Promise.race([work, limit]).finally(() => clearTimeout(timer));
}

const message = (error: unknown) => (error instanceof Error ? error.message.split('\n')[0]! : String(error));

type Seen = { tip?: number; ready?: number; reads: Array<[start: number, end: number]> };

/**
 * Runs in the popup before any of its own scripts: notes when the tip's heading and the Breathe button first
 * appear, and when each storage read starts and ends (for the breakdown). Kept tiny: it must not slow down
 * what it measures.
 */
function domProbe() {
  const seen: Seen = { reads: [] };
  (globalThis as unknown as { __benchSeen: Seen }).__benchSeen = seen;
  const observer = new MutationObserver(() => {
    if (seen.tip === undefined && document.querySelector('#tip-title, .tip h2')) seen.tip = performance.now();
    if (seen.ready === undefined) {
      for (const button of document.querySelectorAll('button')) {
        if (button.textContent?.trim().startsWith('Breathe')) {
          seen.ready = performance.now();
          break;
        }
      }
    }
    if (seen.tip !== undefined && seen.ready !== undefined) observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true });
  for (const area of [chrome.storage?.local, chrome.storage?.sync]) {
    if (!area) continue;
    const get = area.get as (...args: unknown[]) => unknown;
    (area as unknown as { get: typeof get }).get = function (this: unknown, ...args: unknown[]) {
      const start = performance.now();
      const done = () => seen.reads.push([start, performance.now()]);
      const last = args[args.length - 1];
      if (typeof last === 'function') {
        args[args.length - 1] = (...results: unknown[]) => {
          done();
          return (last as (...r: unknown[]) => unknown)(...results);
        };
      }
      const result = get.apply(this, args);
      if (result instanceof Promise) result.then(done, done);
      return result;
    };
  }
}

/** Stores a parent's three months of history as the background would. */
async function seedHistory(session: BenchBrowser): Promise<number> {
  const history = longHistory(Date.now());
  await putHistory(session, history);
  return history.length;
}

async function newTab(session: BenchBrowser): Promise<Page> {
  const page = await session.context.newPage();
  await page.setViewportSize({ width: 400, height: 600 });
  return page;
}

type PopupMemory = NonNullable<BrowserResult['memory']['popup']>;

/**
 * One cold open: a new tab, the page, until its first tip is painted. With `memory`, the JS heap is read
 * afterwards (on the first open the renderer holds nothing else, so the heap is the popup's own).
 */
async function coldOpen(session: BenchBrowser, name: PageName, memory?: (found: PopupMemory | Error) => void): Promise<Open> {
  const page = await newTab(session);
  try {
    if (name === 'popup') await page.addInitScript(domProbe);
    await page.goto(`chrome-extension://${session.extensionId}/${PAGES[name]}`, { waitUntil: 'load', timeout: 10_000 });
    const marked = await page
      .waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, FIRST_TIP, { timeout: 3_000 })
      .then(() => true, () => false);
    if (!marked) await page.waitForSelector('#tip-title, .tip h2', { timeout: 5_000 });
    if (name === 'popup') {
      // The Breathe button may render a moment after the tip; give it the same chance.
      await page
        .waitForFunction(() => (globalThis as unknown as { __benchSeen: { ready?: number } }).__benchSeen.ready !== undefined, null, { timeout: 3_000 })
        .catch(() => {});
    }
    const open = await page.evaluate((mark) => {
      const entry = performance.getEntriesByName(mark)[0];
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const seen = (globalThis as unknown as { __benchSeen?: Seen }).__benchSeen;
      const tip = entry ? entry.startTime : (seen?.tip ?? NaN);
      const reads = (seen?.reads ?? []).filter(([, end]) => end <= tip);
      return {
        storageReads: reads.length,
        tipInDomMs: seen?.tip ?? null,
        storageDoneMs: reads.length ? Math.max(...reads.map(([, end]) => end)) : null,
        firstTipMs: tip,
        firstTipSource: entry ? ('mark' as const) : ('dom' as const),
        interactiveMs: seen?.ready === undefined ? null : Math.max(seen.ready, nav.domContentLoadedEventEnd),
        domContentLoadedMs: nav.domContentLoadedEventEnd,
        loadMs: nav.loadEventEnd,
      };
    }, FIRST_TIP);
    if (memory) memory(await within('popup memory', 10_000, popupMemory(session, page)).catch((error: Error) => error));
    return open;
  } finally {
    await page.close();
  }
}

async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

async function popupMemory(session: BenchBrowser, page: Page): Promise<PopupMemory> {
  const cdp = await session.context.newCDPSession(page);
  try {
    await cdp.send('Performance.enable');
    const first = await metrics(cdp);
    await cdp.send('HeapProfiler.collectGarbage');
    const afterGc = await metrics(cdp);
    return {
      usedBytes: first.JSHeapUsedSize ?? NaN,
      totalBytes: first.JSHeapTotalSize ?? NaN,
      usedAfterGcBytes: afterGc.JSHeapUsedSize ?? NaN,
      how: 'first cold open, right after the first tip: CDP Performance.getMetrics JSHeapUsedSize; then again after HeapProfiler.collectGarbage',
    };
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/**
 * Playwright opens CDP sessions for pages only, so the worker is reached through a page's session: attach to the
 * worker target (not flattened) and send it raw protocol messages. The Performance domain does not exist in
 * workers; Runtime.getHeapUsage does.
 */
async function workerMemory(session: BenchBrowser): Promise<NonNullable<BrowserResult['memory']['worker']>> {
  const page = await newTab(session);
  try {
    await page.goto(`chrome-extension://${session.extensionId}/${BLANK_PAGE}`, { waitUntil: 'load', timeout: 10_000 });
    // A cold start, as when an alarm wakes the worker: stop it, then wake it with an alarm.
    await within('stopping the service worker', 12_000, session.stopWorker(page));
    await within('waking the service worker', 12_000, session.wakeWorker(page));
    await page.waitForTimeout(500); // let the start-up reconcile finish
    const cdp = await session.context.newCDPSession(page);
    const { targetInfos } = await cdp.send('Target.getTargets');
    const target = targetInfos.find((t) => t.type === 'service_worker' && t.url.includes(session.extensionId));
    if (!target) throw new Error('no service-worker target for the extension');
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
    let nextId = 1;
    const pending = new Map<number, (reply: { result?: unknown; error?: { message: string } }) => void>();
    cdp.on('Target.receivedMessageFromTarget', (event) => {
      if (event.sessionId !== sessionId) return;
      const reply = JSON.parse(event.message) as { id?: number; result?: unknown; error?: { message: string } };
      if (reply.id !== undefined) pending.get(reply.id)?.(reply);
    });
    const send = async <T>(method: string): Promise<T> => {
      const id = nextId++;
      const answer = new Promise<{ result?: unknown; error?: { message: string } }>((resolve) => pending.set(id, resolve));
      await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) });
      const reply = await within(`worker ${method}`, 5_000, answer);
      if (reply.error) throw new Error(`worker ${method}: ${reply.error.message}`);
      return reply.result as T;
    };
    const first = await send<{ usedSize: number; totalSize: number }>('Runtime.getHeapUsage');
    await send('HeapProfiler.collectGarbage');
    const afterGc = await send<{ usedSize: number }>('Runtime.getHeapUsage');
    await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => {});
    await cdp.detach();
    return {
      usedBytes: first.usedSize,
      usedAfterGcBytes: afterGc.usedSize,
      how: 'worker stopped (ServiceWorker.stopAllWorkers) and woken by an alarm; CDP Runtime.getHeapUsage on the worker target, 0.5 s after start; then after HeapProfiler.collectGarbage',
    };
  } finally {
    await page.close();
  }
}

/** In the page: records which inline style properties and classes change, on any element, from now on. */
function watchStyleChanges() {
  const changed = new Set<string>();
  const parse = (css: string | null) =>
    new Map(
      (css ?? '')
        .split(';')
        .map((part) => part.split(':'))
        .filter((pair) => pair.length >= 2)
        .map(([name, ...value]) => [name!.trim(), value.join(':').trim()] as const),
    );
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      const target = record.target as Element;
      if (record.attributeName === 'class') {
        changed.add('class');
        continue;
      }
      const before = parse(record.oldValue);
      const after = parse(target.getAttribute('style'));
      for (const name of new Set([...before.keys(), ...after.keys()])) {
        if (before.get(name) !== after.get(name)) changed.add(name);
      }
    }
  });
  observer.observe(document, { subtree: true, attributes: true, attributeOldValue: true, attributeFilter: ['style', 'class'] });
  (globalThis as unknown as { __benchStyle: () => string[] }).__benchStyle = () => {
    observer.disconnect();
    return [...changed].sort();
  };
}

/** In the page: frame intervals from requestAnimationFrame for `ms`, and long animation frames seen meanwhile. */
function frameProbe(ms: number): Promise<{ intervals: number[]; durationMs: number; longAnimationFrames: number }> {
  return new Promise((resolve) => {
    const intervals: number[] = [];
    let longAnimationFrames = 0;
    let observer: PerformanceObserver | null = null;
    try {
      observer = new PerformanceObserver((list) => (longAnimationFrames += list.getEntries().length));
      observer.observe({ type: 'long-animation-frame' });
    } catch {
      observer = null; // not supported: reported as 0
    }
    let start = -1;
    let last = -1;
    const onFrame = (time: number) => {
      if (start < 0) start = time;
      else intervals.push(time - last);
      last = time;
      if (time - start < ms) requestAnimationFrame(onFrame);
      else {
        observer?.disconnect();
        resolve({ intervals, durationMs: time - start, longAnimationFrames });
      }
    };
    requestAnimationFrame(onFrame);
  });
}

async function drill(session: BenchBrowser): Promise<BrowserResult['drill']> {
  const page = await newTab(session);
  try {
    await page.goto(`chrome-extension://${session.extensionId}/popup.html`, { waitUntil: 'load', timeout: 10_000 });
    const breathe = page.getByRole('button', { name: /^Breathe/ });
    await breathe.waitFor({ timeout: 5_000 });
    await page.evaluate(watchStyleChanges);
    const cdp = await session.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await breathe.click({ timeout: 5_000 });
    const shape = page.locator('.breath-shape, [data-testid="breath-shape"]').first();
    await shape.waitFor({ timeout: 5_000 });
    const transition = await shape.evaluate((el) => {
      const style = getComputedStyle(el);
      return `${style.transitionProperty} ${style.transitionDuration}; animation: ${style.animationName}`;
    });
    const before = await metrics(cdp);
    const probe = await within('the frame probe', DRILL_MS + 10_000, page.evaluate(frameProbe, DRILL_MS));
    const after = await metrics(cdp);
    const changedProperties = await page.evaluate(() => (globalThis as unknown as { __benchStyle: () => string[] }).__benchStyle());
    await cdp.detach();
    const counted = probe.intervals.slice(1); // the first frame after the probe starts may carry set-up work
    const sorted = [...probe.intervals].sort((a, b) => a - b);
    return {
      durationMs: probe.durationMs,
      frames: probe.intervals.length + 1,
      intervals: probe.intervals.map((ms) => Math.round(ms * 10) / 10),
      slowFrames: counted.filter((ms) => ms > SLOW_FRAME_MS).length,
      longestFrameMs: Math.max(...counted),
      medianFrameMs: sorted[Math.floor(sorted.length / 2)] ?? NaN,
      longAnimationFrames: probe.longAnimationFrames,
      layouts: (after.LayoutCount ?? NaN) - (before.LayoutCount ?? NaN),
      styleRecalcs: (after.RecalcStyleCount ?? NaN) - (before.RecalcStyleCount ?? NaN),
      changedProperties,
      compositorOnly: changedProperties.every((name) => name === 'transform' || name === 'opacity'),
      transition,
    };
  } finally {
    await page.close();
  }
}

async function main(out: string): Promise<void> {
  const result: BrowserResult = {
    chromium: '',
    opens: { count: 0, runs: [], blank: [], floor: [], read: [] },
    memory: { errors: [] },
    drill: {},
    extensionErrors: [],
  };
  const save = () => writeFileSync(out, JSON.stringify(result, null, 2));
  let session: BenchBrowser | null = null;
  const watchdog = setTimeout(() => {
    result.fatal = `the browser half did not finish within ${OVERALL_MS / 1000} s`;
    save();
    console.error(`bench: the browser half did not finish within ${OVERALL_MS / 1000} s; closing the browser`);
    void Promise.race([session?.close(), new Promise((r) => setTimeout(r, 5_000))]).finally(() => process.exit(2));
  }, OVERALL_MS);

  try {
    session = await within('launching Chromium with the extension', 40_000, launchBench());
    result.chromium = session.context.browser()?.version() ?? (await chromiumVersion(session));
    const rounds = async (into: Opens, memory?: (found: PopupMemory | Error) => void) => {
      try {
        for (let i = 0; i < OPENS; i++) {
          into.runs.push(await within(`popup cold open ${i + 1}`, 25_000, coldOpen(session!, 'popup', i === 0 ? memory : undefined)));
          into.count = into.runs.length;
          into.blank.push(await within(`empty page open ${i + 1}`, 15_000, coldOpen(session!, 'blank')));
          into.floor.push(await within(`Preact page open ${i + 1}`, 15_000, coldOpen(session!, 'floor')));
          into.read.push(await within(`read-only page open ${i + 1}`, 15_000, coldOpen(session!, 'read')));
        }
      } catch (error) {
        into.error = message(error);
      }
    };
    // A new install first, then a parent three months in.
    result.opensNew = { count: 0, runs: [], blank: [], floor: [], read: [] };
    await rounds(result.opensNew);
    result.historyEntries = await within('storing the history', 15_000, seedHistory(session));
    await rounds(result.opens, (found) => {
      if (found instanceof Error) result.memory.errors.push(`popup: ${message(found)}`);
      else result.memory.popup = found;
    });
    if (!result.memory.popup && result.memory.errors.length === 0) result.memory.errors.push('popup: not measured (the first open failed)');
    try {
      result.memory.worker = await within('service-worker memory', 40_000, workerMemory(session));
    } catch (error) {
      result.memory.errors.push(`service worker: ${message(error)}`);
    }

    try {
      result.drill = await within('the drill', DRILL_MS + 25_000, drill(session));
    } catch (error) {
      result.drill = { error: message(error) };
    }
    result.extensionErrors = [...session.errors];
  } catch (error) {
    result.fatal = message(error);
  } finally {
    save();
    await within('closing the browser', 10_000, session?.close() ?? Promise.resolve()).catch((error) =>
      console.error(`bench: ${message(error)}`),
    );
    clearTimeout(watchdog);
  }
}

async function chromiumVersion(session: BenchBrowser): Promise<string> {
  const page = await session.context.newPage();
  try {
    return await page.evaluate(() => navigator.userAgent.match(/Chrome\/([\d.]+)/)?.[1] ?? 'unknown');
  } finally {
    await page.close();
  }
}

const out = process.argv[2];
if (!out) {
  console.error('usage: vite-node scripts/bench/browser.ts <out.json>');
  process.exit(64);
}
await main(out);
