/**
 * The background's shell: carries the engine's decisions (lib/engine.ts) to the browser — storage, alarms,
 * notifications, the badge — and the browser's events to the engine. It keeps no state of its own between
 * events: everything lives in storage, so a worker stopped at any moment starts again where it was.
 */
import { browser, type Browser } from 'wxt/browser';
import {
  badgeFor,
  command,
  cueFor,
  notificationId,
  settingsChanged,
  wake,
  wakeUps,
  type Moment,
  type Presence,
  type Step,
} from '../../lib/schedule/engine';
import { suggestedSide } from '../../lib/schedule/feeding';
import { appendHistory, mergeHistory, type HistoryEntry } from '../../lib/history/history';
import { isCommandMessage, parseCommand, refusal, type Command, type CommandReply, type EngineCommand } from '../../lib/schedule/commands';
import { clickOpensPopup, commandForButton } from '../../lib/schedule/notification-actions';
import { parseSettings, settingsEqual, type Settings } from '../../lib/settings/settings';
import type { EngineState, WaitingReminder } from '../../lib/schedule/state';
import { testReminderResult, type TestReminderResult } from '../../lib/schedule/test-reminder';
import { firstSignal } from '../../shell/notification-signals';
import { t, type MessageKey } from '../../shell/i18n';
import { loadHistory, loadSettings, loadState, removeAllData, replaceSettings, saveHistory, saveState, settingsItem, welcomedItem } from '../../shell/storage';
import type { HoldReason, ReminderKind } from '../../lib/vocabulary';

const TITLES: Record<ReminderKind, MessageKey> = {
  movement: 'bgTitleMovement',
  feeding: 'bgTitleFeeding',
  checkin: 'bgTitleCheckin',
  'after-feed': 'bgTitleAfterFeed',
};

const BADGE_COLOURS = { waiting: '#b45309', paused: '#57534e', none: '#57534e' } as const;

/** Events arrive together (an alarm and a message); each step reads and writes storage alone. */
let queue: Promise<unknown> = Promise.resolve();
function exclusive<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

/** Resolves when every event received so far has been handled, including any they queued meanwhile. */
export function settled(): Promise<void> {
  const tail = queue;
  return tail.then(() => (queue === tail ? undefined : settled()));
}

/**
 * What a rejected write could not store: the next step starts from it and the next write carries it, so
 * nothing is lost (or shown twice) while the worker runs.
 */
let unsavedState: EngineState | null = null;
let unsavedHistory: HistoryEntry[] = [];

const currentState = async (): Promise<EngineState> => unsavedState ?? (await loadState());

/** The idle threshold is the natural-break length (the browser's minimum is 15 s). */
const idleSeconds = (settings: Settings) => Math.max(15, settings.naturalBreakMin * 60);

async function presence(settings: Settings): Promise<Presence> {
  try {
    return await browser.idle.queryState(idleSeconds(settings));
  } catch {
    return 'active';
  }
}

/**
 * Whether the user is presenting: a fullscreen window, or (when chosen) a tab playing sound. Only what the
 * browser says without a permission: window states, and that some tab is audible (never which).
 */
async function presenting(settings: Settings): Promise<HoldReason | null> {
  try {
    if (settings.holdWhileFullscreen && browser.windows) {
      const windows = await browser.windows.getAll();
      if (windows.some((w) => w.state === 'fullscreen')) return 'fullscreen';
    }
    if (settings.holdWhileAudible && (await browser.tabs.query({ audible: true })).length > 0) return 'sound';
  } catch {
    // The browser could not tell: nothing is held.
  }
  return null;
}

/**
 * Runs one engine step against the stored state and carries out what it decided. `known` carries what the
 * triggering event already told us (new settings, the new idle state).
 */
async function step(
  decide: (state: EngineState, moment: Moment) => Step,
  known: { settings?: Settings; presence?: Presence } = {},
): Promise<Step & { test?: TestReminderResult }> {
  const current = known.settings ?? (await loadSettings()).settings;
  const before = await currentState();
  const now = Date.now();
  const result = decide(before, {
    settings: current,
    now,
    presence: known.presence ?? (await presence(current)),
    presenting: await presenting(current),
    pick: Math.random(),
  });
  let state = result.state;

  for (const reminder of result.dismiss) await clearNotification(notificationId(reminder));
  let test: TestReminderResult | undefined;
  if (result.show) {
    const shown = await notify(result.show, state, current);
    // A test reports what the browser said; a real reminder not shown still waits, for the badge and the popup.
    if (result.show.test) test = shown;
    else if (shown !== 'shown' && state.waiting) state = { ...state, waiting: { ...state.waiting, notified: false } };
  }

  if (unsavedState || JSON.stringify(state) !== JSON.stringify(before)) {
    try {
      await saveState(state);
      unsavedState = null;
    } catch (error) {
      unsavedState = state;
      console.warn('Back to Core: state not saved; the next write retries', error);
    }
  }
  await record(result.record, now);
  await updateBadge(state);
  await reconcileAlarms(state, now);
  return { ...result, state, test };
}

async function record(entries: readonly HistoryEntry[], now: number): Promise<void> {
  const pending = [...unsavedHistory, ...entries];
  if (pending.length === 0) return;
  try {
    await saveHistory(appendHistory(await loadHistory(now), pending, now));
    unsavedHistory = [];
  } catch (error) {
    unsavedHistory = pending;
    console.warn('Back to Core: history not saved; the next write retries', error);
  }
}

/**
 * Shows a notification and says what the browser reported (lib/schedule/test-reminder.ts). Only a test waits
 * for Firefox's onShown / onClosed: a real reminder must not hold up the queue.
 */
async function notify(reminder: WaitingReminder & { test?: true }, state: EngineState, settings: Settings): Promise<TestReminderResult> {
  const id = notificationId(reminder);
  const title = reminder.test ? t('bgTitleTest', t(TITLES[reminder.kind])) : t(TITLES[reminder.kind]);
  const cue = cueFor(reminder, state);
  const options: Browser.notifications.NotificationCreateOptions = {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title,
    message: cue ? t(cue) : '',
  };
  if (!import.meta.env.FIREFOX) {
    // During a feed the second button ends it; otherwise it snoozes. (Firefox has no buttons: a click opens
    // the popup, which has both.)
    const second = reminder.kind === 'checkin' ? t('bgButtonEndFeed') : t('bgButtonSnooze', settings.snoozeMin);
    Object.assign(options, {
      silent: !settings.sound,
      requireInteraction: settings.keepOnScreen,
      buttons: [{ title: t('bgButtonDone') }, { title: second }],
    });
  }
  const api = browser.notifications as { getPermissionLevel?: () => Promise<string> };
  // Firefox has no getPermissionLevel; it tells through onShown / onClosed, which may fire before create()
  // resolves. (Firefox builds only: Chrome's background would carry it for nothing.)
  const first = import.meta.env.FIREFOX && reminder.test ? firstSignal(id) : undefined;
  let created = true;
  try {
    await browser.notifications.create(id, options);
  } catch (error) {
    created = false;
    console.warn('Back to Core: notification not shown; the badge and popup carry it', error);
  }
  const permission = await api.getPermissionLevel?.().catch(() => undefined);
  return testReminderResult({
    created,
    permission: permission === 'denied' || permission === 'granted' ? permission : undefined,
    first: created ? await first : undefined,
  });
}

async function clearNotification(id: string): Promise<void> {
  try {
    await browser.notifications.clear(id);
  } catch {
    // Already gone.
  }
}

async function updateBadge(state: EngineState): Promise<void> {
  const badge = badgeFor(state);
  await browser.action.setBadgeText({ text: badge.text });
  if (badge.kind !== 'none') await browser.action.setBadgeBackgroundColor({ color: BADGE_COLOURS[badge.kind] });
  const title = badge.kind === 'waiting' ? t('bgBadgeWaiting') : badge.kind === 'paused' ? t('bgBadgePaused') : t('extName');
  await browser.action.setTitle({ title });
}

/** Makes the alarms match the pending due times, touching only those that differ. */
async function reconcileAlarms(state: EngineState, now: number): Promise<void> {
  const wanted = wakeUps(state, now);
  const existing = [...(await browser.alarms.getAll())];
  for (const alarm of existing) {
    if (!wanted.has(alarm.name)) await browser.alarms.clear(alarm.name);
  }
  for (const [name, when] of wanted) {
    const current = existing.find((alarm) => alarm.name === name);
    if (current?.scheduledTime !== when) await browser.alarms.create(name, { when });
  }
}

async function runCommand(cmd: EngineCommand): Promise<CommandReply> {
  const result = await step((state, m) => command(state, m, cmd));
  if (result.refused) return refusal({ reason: result.refused, field: '' });
  return result.test ? { ok: true, test: result.test } : { ok: true };
}

/** A message that passed the command check: engine commands go to the engine; import and delete change storage. */
function runMessage(cmd: Command): Promise<CommandReply> {
  if (cmd.type === 'import') return importData(cmd);
  if (cmd.type === 'delete-all') return deleteAll();
  return runCommand(cmd);
}

/**
 * An import: the history merged against the history as it is now, in the queue (nothing recorded since the
 * page read it is lost), then the settings, whose change reschedules through the settings watch. History
 * first: if it cannot be written, the schedule is not touched either.
 */
async function importData(cmd: Extract<Command, { type: 'import' }>): Promise<CommandReply> {
  const now = Date.now();
  try {
    const merged = mergeHistory(appendHistory(await loadHistory(now), unsavedHistory, now), cmd.history, now);
    await saveHistory(merged.history);
    unsavedHistory = [];
    await replaceSettings(cmd.settings);
    return { ok: true, added: merged.added };
  } catch (error) {
    return notSaved(error);
  }
}

/** "Delete all data": settings, schedule and history go, the notification on screen too; a fresh schedule starts. */
async function deleteAll(): Promise<CommandReply> {
  try {
    await removeAllData();
  } catch (error) {
    return notSaved(error);
  }
  unsavedState = null;
  unsavedHistory = [];
  for (const id of Object.keys(await browser.notifications.getAll())) await clearNotification(id);
  await step(wake);
  return { ok: true };
}

function notSaved(error: unknown): CommandReply {
  console.warn('Back to Core: storage refused the write', error);
  return refusal({ reason: 'not-saved', field: '' });
}

/** Opens the popup on the waiting reminder's tip: the real popup where the browser allows it, else a small window. */
async function openPopup(): Promise<void> {
  try {
    // In the browser window the user last used: right after a notification click the focused window is the
    // notification's own (Firefox's alert window), and a popup refuses an unfocused window unless named.
    const { id } = await browser.windows.getLastFocused();
    await browser.action.openPopup({ windowId: id });
  } catch {
    await browser.windows.create({ url: browser.runtime.getURL('/popup.html'), type: 'popup', width: 380, height: 640 });
  }
}

async function onNotificationButton(id: string, index: number): Promise<void> {
  const cmd = commandForButton(id, index, await currentState());
  if (cmd) await runCommand(cmd);
  else await clearNotification(id);
}

async function onNotificationClick(id: string): Promise<void> {
  const opens = clickOpensPopup(id, await currentState());
  await clearNotification(id);
  if (opens) await openPopup();
}

async function toggleFeed(): Promise<void> {
  const state = await currentState();
  if (state.feed) {
    await runCommand({ type: 'end-feed' });
    return;
  }
  const { feedingMethod } = (await loadSettings()).settings;
  await runCommand({ type: 'start-feed', side: suggestedSide(state.lastFeedSide, feedingMethod) });
}

async function onSettingsChange(next: unknown, previous: unknown): Promise<void> {
  const after = parseSettings(next).settings;
  const before = parseSettings(previous).settings;
  if (settingsEqual(after, before)) return; // Firefox reports writes that changed nothing
  if (after.naturalBreakMin !== before.naturalBreakMin) setIdleInterval(after);
  await step((state, m) => settingsChanged(state, m, before), { settings: after });
}

function setIdleInterval(settings: Settings): void {
  browser.idle.setDetectionInterval(idleSeconds(settings));
}

/** A first install opens the welcome page in a tab, once; an update or a browser start never does. */
async function openWelcomeOnce(): Promise<void> {
  if ((await welcomedItem.getValue()) !== null) return;
  await welcomedItem.setValue(Date.now());
  await browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
}

/** Registers every listener synchronously (a worker woken by an event must find its listener), then catches up. */
export function startReminders(): void {
  const catchUp = () => exclusive(() => step(wake));

  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void openWelcomeOnce();
    void catchUp();
  });
  browser.runtime.onStartup.addListener(() => void catchUp());
  browser.alarms.onAlarm.addListener(() => void catchUp());
  browser.idle.onStateChanged.addListener((presence) => void exclusive(() => step(wake, { presence })));
  // Firefox has the event but no buttons, and warns when a listener is added to it.
  if (!import.meta.env.FIREFOX) browser.notifications.onButtonClicked.addListener((id, index) => void exclusive(() => onNotificationButton(id, index)));
  browser.notifications.onClicked.addListener((id) => void exclusive(() => onNotificationClick(id)));
  browser.commands?.onCommand.addListener((name) => {
    if (name === 'toggle-feed') void exclusive(toggleFeed);
  });
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (!isCommandMessage(message)) return undefined; // another extension page's message, not ours to answer
    return exclusive(() => {
      const checked = parseCommand(message, Date.now());
      return checked.ok ? runMessage(checked.value) : Promise.resolve(refusal(checked.problem));
    });
  });
  settingsItem.watch((next, previous) => void exclusive(() => onSettingsChange(next, previous)));

  void exclusive(async () => {
    setIdleInterval((await loadSettings()).settings);
    await step(wake);
  });
}
