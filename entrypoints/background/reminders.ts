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
  reminderForNotification,
  settingsChanged,
  wake,
  wakeUps,
  type Moment,
  type Presence,
  type Step,
} from '../../lib/schedule/engine';
import { suggestedSide } from '../../lib/schedule/feeding';
import { appendHistory, type HistoryEntry } from '../../lib/history/history';
import { isCommand, type Command, type CommandReply } from '../../lib/schedule/commands';
import { parseSettings, settingsEqual, type Settings } from '../../lib/settings/settings';
import type { EngineState, WaitingReminder } from '../../lib/schedule/state';
import { t, type MessageKey } from '../../shell/i18n';
import { loadHistory, loadSettings, loadState, saveHistory, saveState, settingsItem, stateItem } from '../../shell/storage';
import type { ReminderKind } from '../../lib/vocabulary';

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
 * Runs one engine step against the stored state and carries out what it decided. `known` carries what the
 * triggering event already told us (new settings, the new idle state).
 */
async function step(
  decide: (state: EngineState, moment: Moment) => Step,
  known: { settings?: Settings; presence?: Presence } = {},
): Promise<Step> {
  const current = known.settings ?? (await loadSettings()).settings;
  const before = await currentState();
  const now = Date.now();
  const result = decide(before, { settings: current, now, presence: known.presence ?? (await presence(current)), pick: Math.random() });
  let state = result.state;

  for (const reminder of result.dismiss) await clearNotification(notificationId(reminder));
  let refused = result.refused;
  if (result.show) {
    const shown = await notify(result.show, state, current);
    // A test that shows nothing says so; a real reminder still waits, for the badge and the popup.
    if (!shown && result.show.test) refused = 'the browser did not show it';
    else if (!shown && state.waiting) state = { ...state, waiting: { ...state.waiting, notified: false } };
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
  return { ...result, state, refused };
}

async function record(entries: readonly HistoryEntry[], now: number): Promise<void> {
  const pending = [...unsavedHistory, ...entries];
  if (pending.length === 0) return;
  try {
    await saveHistory(appendHistory(await loadHistory(), pending, now));
    unsavedHistory = [];
  } catch (error) {
    unsavedHistory = pending;
    console.warn('Back to Core: history not saved; the next write retries', error);
  }
}

/** Shows a notification; false when the browser refused it or reports notifications as blocked. */
async function notify(reminder: WaitingReminder & { test?: true }, state: EngineState, settings: Settings): Promise<boolean> {
  const title = reminder.test ? t('bgTitleTest', t(TITLES[reminder.kind])) : t(TITLES[reminder.kind]);
  const options: Browser.notifications.NotificationCreateOptions = {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title,
    message: cueFor(reminder, state),
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
  try {
    await browser.notifications.create(notificationId(reminder), options);
    return !(await notificationsBlocked());
  } catch (error) {
    console.warn('Back to Core: notification not shown; the badge and popup carry it', error);
    return false;
  }
}

async function notificationsBlocked(): Promise<boolean> {
  const level = (browser.notifications as { getPermissionLevel?: () => Promise<string> }).getPermissionLevel;
  if (!level) return false;
  try {
    return (await level()) === 'denied';
  } catch {
    return false;
  }
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

async function runCommand(cmd: Command): Promise<CommandReply> {
  const result = await step((state, m) => command(state, m, cmd));
  return result.refused ? { ok: false, error: result.refused } : { ok: true };
}

/** Opens the popup on the waiting reminder's tip: the real popup where the browser allows it, else a small window. */
async function openPopup(): Promise<void> {
  try {
    await browser.action.openPopup();
  } catch {
    await browser.windows.create({ url: browser.runtime.getURL('/popup.html'), type: 'popup', width: 380, height: 640 });
  }
}

async function onNotificationButton(id: string, index: number): Promise<void> {
  const reminder = reminderForNotification(id, await currentState());
  if (!reminder) {
    await clearNotification(id); // stale (answered elsewhere, or from an earlier run) or a test
    return;
  }
  await runCommand(index === 0 ? { type: 'done' } : reminder.kind === 'checkin' ? { type: 'end-feed' } : { type: 'snooze' });
}

async function onNotificationClick(id: string): Promise<void> {
  const known = reminderForNotification(id, await currentState()) !== null || id.startsWith('test:');
  await clearNotification(id);
  if (known) await openPopup();
}

async function toggleFeed(): Promise<void> {
  const state = await currentState();
  await runCommand(state.feed ? { type: 'end-feed' } : { type: 'start-feed', side: suggestedSide(state.lastFeedSide) });
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

/** Registers every listener synchronously (a worker woken by an event must find its listener), then catches up. */
export function startReminders(): void {
  const catchUp = () => exclusive(() => step(wake));

  browser.runtime.onInstalled.addListener(() => void catchUp());
  browser.runtime.onStartup.addListener(() => void catchUp());
  browser.alarms.onAlarm.addListener(() => void catchUp());
  browser.idle.onStateChanged.addListener((presence) => void exclusive(() => step(wake, { presence })));
  browser.notifications.onButtonClicked?.addListener((id, index) => void exclusive(() => onNotificationButton(id, index)));
  browser.notifications.onClicked.addListener((id) => void exclusive(() => onNotificationClick(id)));
  browser.commands?.onCommand.addListener((name) => {
    if (name === 'toggle-feed') void exclusive(toggleFeed);
  });
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (!isCommand(message)) return undefined;
    return exclusive(() => runCommand(message));
  });
  settingsItem.watch((next, previous) => void exclusive(() => onSettingsChange(next, previous)));
  // "Delete all data" on the options page removes the schedule: start a fresh one at once.
  stateItem.watch((next) => {
    if (next !== null) return;
    unsavedState = null;
    void exclusive(() => step(wake));
  });

  void exclusive(async () => {
    setIdleInterval((await loadSettings()).settings);
    await step(wake);
  });
}
