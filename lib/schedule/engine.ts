/**
 * The reminder engine's functional core. Given the settings, the stored state, whether the user is at the
 * computer and the clock, it decides what is due, what to show, what to record and when to wake up next.
 * The background shell (entrypoints/background) only carries these decisions to the browser.
 *
 * Rules, in words:
 * - Movement and feeding-posture reminders recur inside active hours; each is scheduled from the moment the
 *   last one was shown (or from a natural break, a feed's end, a resume).
 * - A natural break — idle or locked for at least the natural-break length — restarts the movement
 *   countdown. A reminder that falls due while the user is away is held: when they come back it is shown
 *   (at most one), unless the absence itself was the break a movement reminder asks for.
 * - After sleep the engine wakes late: at most one reminder is shown, then everything runs on from now.
 * - One reminder waits at a time; a new one replaces an unanswered one, which is recorded as missed.
 * - During a feed, posture checks run every check-in interval (idle or not) — the first one interval after the
 *   start, since the popup's feed card already carries the first cue — and movement and feeding reminders
 *   hold off; a feed nobody ends stops itself after FEED_AUTO_END_MIN; ending one brings an after-feed stretch —
 *   only inside active hours, and never late: after a closed browser or outside active hours it is dropped.
 * - A pause holds everything and always ends on its own, never later than its length after it was asked for.
 * - Quiet when it matters: a reminder that falls due while a window is fullscreen (or, when chosen, while a tab
 *   plays sound) is held, not shown — feed check-ins too. The engine looks again every HOLD_RECHECK_MIN while
 *   something is held (and never while nothing is), and shows it, at most one, once the window is back; a
 *   movement reminder held longer than its interval is dropped rather than doubled.
 * - The clock can be set back (a correction, a trip across zones): nothing pending then lies further ahead than
 *   it could have been scheduled from now (a due time, a snooze, a check-in, a feed's start), and a pause asked
 *   for at a later time than the clock now reads ends, since the time already paused is unknown.
 */
import { isActive, nextDue, segmentAt, tomorrowsStart, type ActiveHours } from './active-hours';
import { chooseTip } from '../tips/choose-tip';
import { FEED_AUTO_END_MIN } from './feeding';
import type { HistoryEntry } from '../history/history';
import type { EngineCommand as Command } from './commands';
import type { Settings } from '../settings/settings';
import type { EngineState, WaitingReminder } from './state';
import { REMINDER_TIPS } from '../tips/reminder-tips';
import { checkInCue, cueForTip } from '../tips/tip-cues';
import type { FeedSide, HoldReason, PausePreset, ReminderKind } from '../vocabulary';
import type { Reason } from '../spec';
import type { MessageKey } from '../locales/locales';

export type Presence = 'active' | 'idle' | 'locked';

/** What the engine knows about the world at one moment. */
export interface Moment {
  settings: Settings;
  now: number;
  presence: Presence;
  /**
   * The user is at the computer but presenting: a window is fullscreen, or (when the setting asks) a tab
   * plays sound. Null or absent otherwise. The shell only reports it where the matching setting is on.
   */
  presenting?: HoldReason | null;
  /** A number in [0, 1) that picks among equally good tips. */
  pick: number;
}

/** What the shell must do after one step. */
export interface Step {
  state: EngineState;
  /** History entries to append. */
  record: HistoryEntry[];
  /** A reminder to show as a notification now (it is also `state.waiting`, except for a test reminder). */
  show: (WaitingReminder & { test?: true }) | null;
  /** The waiting reminders this step answered or replaced: their notifications should go. */
  dismiss: WaitingReminder[];
  /** Why a command was refused (a reason the page turns into a sentence). */
  refused?: Reason;
}

const MINUTE = 60_000;
/** While a reminder is held (fullscreen, sound), how often the engine looks again. */
export const HOLD_RECHECK_MIN = 2;
/** How soon after a feed ends the movement nudge comes. */
export const AFTER_FEED_DELAY_MIN = 2;
/** Higher first: which reminder wins when several are due at once. */
const PRIORITY: readonly ReminderKind[] = ['checkin', 'after-feed', 'feeding', 'movement'];

const PAUSE_MIN: Record<Exclude<PausePreset, 'tomorrow'>, number> = { '30m': 30, '1h': 60, '2h': 120 };

/**
 * Whether a pause is over at `now`: its end has come, or the clock reads earlier than when it was asked for
 * (set back: the time already paused is unknown, and a pause never runs longer than asked), or it ends later
 * than any pause asked for by now could — the longest preset (2 h) or tomorrow's active hours.
 */
function pauseOver(state: EngineState, hours: ActiveHours, now: number): boolean {
  const until = state.pausedUntil;
  return until !== null && (until <= now || (state.pausedAt ?? 0) > now || until > Math.max(now + PAUSE_MIN['2h'] * MINUTE, tomorrowsStart(hours, now)));
}

function movementDue(settings: Settings, from: number): number | null {
  return settings.movementEnabled ? nextDue(settings, from, settings.movementIntervalMin) : null;
}

function feedingDue(settings: Settings, from: number): number | null {
  return settings.feedingEnabled ? nextDue(settings, from, settings.feedingIntervalMin) : null;
}

/** A builder that collects one step's effects. */
class StepBuilder {
  record: HistoryEntry[] = [];
  show: Step['show'] = null;
  dismiss: WaitingReminder[] = [];
  refused: Reason | undefined;

  constructor(
    public state: EngineState,
    readonly moment: Moment,
  ) {}

  log(kind: ReminderKind, outcome: 'shown' | 'done' | 'snoozed' | 'missed' | 'skipped', at = this.moment.now): void {
    this.record.push({ type: 'reminder', at, kind, outcome });
  }

  /** Takes the waiting reminder down, recording how it ended (or not at all, when `outcome` is null). */
  answer(outcome: 'done' | 'snoozed' | 'missed' | 'skipped' | null): WaitingReminder | null {
    const waiting = this.state.waiting;
    if (!waiting) return null;
    if (outcome) this.log(waiting.kind, outcome);
    this.dismiss.push(waiting);
    this.state = { ...this.state, waiting: null };
    return waiting;
  }

  build(): Step {
    return { state: this.state, record: this.record, show: this.show, dismiss: this.dismiss, refused: this.refused };
  }
}

/** The regular schedule, recomputed from `from` (a resume, a feed's end, a start with nothing stored). */
function restartSchedule(state: EngineState, settings: Settings, from: number): EngineState {
  return { ...state, movementDueAt: movementDue(settings, from), feedingDueAt: feedingDue(settings, from) };
}

/** Ends a pause: the schedule starts afresh from now. */
function resume(state: EngineState, settings: Settings, now: number): EngineState {
  return restartSchedule({ ...state, pausedUntil: null, pausedAt: null }, settings, now);
}

function endFeed(b: StepBuilder, endedBy: 'user' | 'auto'): void {
  const { feed } = b.state;
  if (!feed) return;
  const { settings, now } = b.moment;
  const endedAt = endedBy === 'auto' ? Math.min(now, feed.startedAt + FEED_AUTO_END_MIN * MINUTE) : now;
  const nudgeAt = now + AFTER_FEED_DELAY_MIN * MINUTE;
  b.record.push({ type: 'feed', at: endedAt, startedAt: feed.startedAt, side: feed.side, endedBy });
  if (b.state.waiting?.kind === 'checkin') b.answer(null); // the feed is over: its check-in has done its job
  b.state = {
    ...restartSchedule(b.state, settings, now),
    feed: null,
    lastFeedSide: feed.side,
    // A forgotten feed ended long ago, and a night feed needs no nudge: either would be noise.
    afterFeedDueAt: endedBy === 'user' && isActive(settings, nudgeAt) ? nudgeAt : null,
  };
}

/** Brings the state up to `moment.now` and shows what is due. */
function settle(b: StepBuilder): void {
  catchUp(b);
  if (b.state.pausedUntil === null) showDue(b);
  else b.state = { ...b.state, held: null }; // a pause holds everything anyway
}

/**
 * Ends a pause or a forgotten feed, notices the user leaving or coming back, fills in missing due times.
 * Shows nothing.
 */
function catchUp(b: StepBuilder): void {
  const { settings, now, presence } = b.moment;
  const naturalBreak = settings.naturalBreakMin * MINUTE;

  clampToClock(b);
  if (pauseOver(b.state, settings, now)) b.state = resume(b.state, settings, now);
  if (b.state.feed && now >= b.state.feed.startedAt + FEED_AUTO_END_MIN * MINUTE) endFeed(b, 'auto');

  // Leaving and coming back. `idle` is only reported after the natural-break length without input.
  const away = presence !== 'active';
  if (away && b.state.awaySince === null) {
    b.state = { ...b.state, awaySince: presence === 'idle' ? now - naturalBreak : now };
  } else if (!away && b.state.awaySince !== null) {
    const wasBreak = now - b.state.awaySince >= naturalBreak && !b.state.feed;
    b.state = { ...b.state, awaySince: null };
    if (wasBreak) {
      if (b.state.movementDueAt !== null && b.state.movementDueAt <= now) b.log('movement', 'skipped');
      if (b.state.afterFeedDueAt !== null && b.state.afterFeedDueAt <= now) b.log('after-feed', 'skipped');
      b.state = { ...b.state, movementDueAt: movementDue(settings, now), afterFeedDueAt: null };
    }
  }

  // Fill in what is missing (first start, a kind switched on, a feed ended); drop what is switched off.
  b.state = {
    ...b.state,
    movementDueAt: !settings.movementEnabled ? null : (b.state.movementDueAt ?? movementDue(settings, now)),
    feedingDueAt: !settings.feedingEnabled ? null : (b.state.feedingDueAt ?? feedingDue(settings, now)),
  };
}

/** After the clock was set back: brings every pending time within what could have been scheduled from now. */
function clampToClock(b: StepBuilder): void {
  const { settings, now } = b.moment;
  const s = b.state;
  const noLater = (t: number | null, latest: number | null) => (t !== null && latest !== null ? Math.min(t, latest) : t);
  b.state = {
    ...s,
    movementDueAt: noLater(s.movementDueAt, movementDue(settings, now)),
    feedingDueAt: noLater(s.feedingDueAt, feedingDue(settings, now)),
    afterFeedDueAt: noLater(s.afterFeedDueAt, now + AFTER_FEED_DELAY_MIN * MINUTE),
    snoozed: s.snoozed && { ...s.snoozed, until: Math.min(s.snoozed.until, now + settings.snoozeMin * MINUTE) },
    feed: s.feed && {
      ...s.feed,
      startedAt: Math.min(s.feed.startedAt, now),
      nextCheckInAt: Math.min(s.feed.nextCheckInAt, now + settings.feedCheckInMin * MINUTE),
    },
  };
}

/** Shows what is due, one at a time; the rest are recorded and rescheduled. */
function showDue(b: StepBuilder): void {
  const { settings, now, presence } = b.moment;
  const away = presence !== 'active';
  const presenting = b.moment.presenting ?? null;
  let shown: ReminderKind | null = null;
  let holding = false;
  for (const kind of dueKinds(b.state, now, b.state.feed !== null)) {
    if (kind !== 'checkin' && away) continue; // held until the user is back
    const stale = isStale(b, kind);
    if (!stale && presenting) {
      holding = true; // still due: shown once the fullscreen window or the sound is gone
      continue;
    }
    if (!stale && shown === null) shown = kind;
    // A stale movement reminder or nudge was overtaken by a break; anything else passed over was missed.
    else b.log(kind, stale && kind !== 'feeding' ? 'skipped' : 'missed');
    b.state = scheduleAfter(b.state, kind, settings, now);
  }
  const held = holding && presenting ? { by: presenting, since: b.state.held?.since ?? now } : null;
  b.state = { ...b.state, held };
  if (shown) showReminder(b, shown);
}

/** The kinds due at `now`, most important first. A snoozed reminder comes back as its own kind. */
function dueKinds(state: EngineState, now: number, feeding: boolean): ReminderKind[] {
  const isDue = (t: number | null) => t !== null && t <= now;
  const due = new Set<ReminderKind>();
  if (state.snoozed && state.snoozed.until <= now) due.add(state.snoozed.kind);
  if (state.feed && isDue(state.feed.nextCheckInAt)) due.add('checkin');
  if (isDue(state.afterFeedDueAt)) due.add('after-feed');
  if (!feeding && isDue(state.feedingDueAt)) due.add('feeding');
  if (!feeding && isDue(state.movementDueAt)) due.add('movement');
  return PRIORITY.filter((k) => due.has(k));
}

/**
 * A due time that passed while the computer slept or the browser was closed: a movement reminder or an
 * after-feed nudge that late has been overtaken by the break itself; any reminder whose active stretch has
 * closed since is stale, and so is a snooze that ends outside active hours, or a nudge outside them.
 * Check-ins are never stale: the user started the feed, at whatever hour.
 */
function isStale(b: StepBuilder, kind: ReminderKind): boolean {
  const { settings, now } = b.moment;
  if (kind === 'checkin') return false;
  const snoozed = b.state.snoozed;
  if (snoozed?.kind === kind && snoozed.until <= now) return !isActive(settings, now);
  const dueAt = kind === 'movement' ? b.state.movementDueAt : kind === 'feeding' ? b.state.feedingDueAt : b.state.afterFeedDueAt;
  if (dueAt === null) return false;
  // Held by a presentation, the user was at the computer all along: only a whole interval makes it stale.
  const lateMin = b.state.held && kind === 'movement' ? settings.movementIntervalMin : settings.naturalBreakMin;
  if (kind !== 'feeding' && now - dueAt >= lateMin * MINUTE) return true;
  if (kind === 'after-feed') return !isActive(settings, now);
  const then = segmentAt(settings, dueAt);
  return then === null || now >= then.end;
}

/** After `kind` was shown (or passed over) at `now`: its next due time. */
function scheduleAfter(state: EngineState, kind: ReminderKind, settings: Settings, now: number): EngineState {
  const next = { ...state, snoozed: state.snoozed?.kind === kind ? null : state.snoozed };
  switch (kind) {
    case 'movement':
      return { ...next, movementDueAt: movementDue(settings, now) };
    case 'feeding':
      return { ...next, feedingDueAt: feedingDue(settings, now) };
    case 'after-feed':
      return { ...next, afterFeedDueAt: null };
    case 'checkin':
      return next.feed
        ? { ...next, feed: { ...next.feed, nextCheckInAt: now + settings.feedCheckInMin * MINUTE, checkIns: next.feed.checkIns + 1 } }
        : next;
  }
}

function pickTip(b: StepBuilder, kind: ReminderKind): string {
  const { settings, now, pick } = b.moment;
  return chooseTip(REMINDER_TIPS, {
    kind,
    hour: new Date(now).getHours(),
    feeding: b.state.feed !== null,
    weeksSinceBirth: settings.weeksSinceBirth,
    caesarean: settings.caesarean,
    gaveBirth: settings.gaveBirth,
    recentIds: b.state.recentTipIds,
    pick,
  }).id;
}

function showReminder(b: StepBuilder, kind: ReminderKind): void {
  b.answer('missed'); // an unanswered reminder is replaced, never stacked
  const tipId = pickTip(b, kind);
  const waiting: WaitingReminder = { kind, at: b.moment.now, tipId, notified: true };
  b.log(kind, 'shown');
  b.state = { ...b.state, waiting, recentTipIds: [tipId, ...b.state.recentTipIds.filter((id) => id !== tipId)].slice(0, 10) };
  b.show = waiting;
}

function startFeed(b: StepBuilder, side: FeedSide): void {
  const { now, settings } = b.moment;
  if (b.state.feed) {
    // Switching sides during a feed: the same feed goes on.
    b.state = { ...b.state, feed: { ...b.state.feed, side }, lastFeedSide: side };
    return;
  }
  // A feed set-up reminder is answered by the feed itself; anything else gives way to the feed.
  if (b.state.waiting) b.answer(b.state.waiting.kind === 'feeding' ? 'done' : 'skipped');
  b.state = {
    ...b.state,
    // No posture check at the start: the feed card shows the first cue; the first notified one comes later.
    feed: { side, startedAt: now, nextCheckInAt: now + settings.feedCheckInMin * MINUTE, checkIns: 0 },
    lastFeedSide: side,
    afterFeedDueAt: null,
    snoozed: null,
  };
}

function runCommand(b: StepBuilder, command: Command): void {
  const { settings, now } = b.moment;
  switch (command.type) {
    case 'done': {
      const answered = b.answer('done');
      if (!answered) b.refused = 'nothing-waiting';
      else if (answered.kind === 'movement' || answered.kind === 'after-feed') {
        b.state = { ...b.state, movementDueAt: b.state.feed ? b.state.movementDueAt : movementDue(settings, now) };
      }
      return;
    }
    case 'snooze': {
      const answered = b.answer('snoozed');
      if (!answered) b.refused = 'nothing-waiting';
      else b.state = { ...b.state, snoozed: { kind: answered.kind, until: now + settings.snoozeMin * MINUTE } };
      return;
    }
    case 'pause': {
      const until = command.preset === 'tomorrow' ? tomorrowsStart(settings, now) : now + PAUSE_MIN[command.preset] * MINUTE;
      b.answer('skipped');
      b.state = { ...b.state, pausedUntil: until, pausedAt: now, snoozed: null };
      return;
    }
    case 'resume':
      if (b.state.pausedUntil === null) b.refused = 'not-paused';
      else b.state = resume(b.state, settings, now);
      return;
    case 'start-feed':
      startFeed(b, command.side);
      return;
    case 'end-feed':
      if (!b.state.feed) b.refused = 'no-feed';
      else endFeed(b, 'user');
      return;
    case 'test-reminder':
      b.show = { kind: 'movement', at: now, tipId: pickTip(b, 'movement'), notified: true, test: true };
      return;
    case 'drill-finished':
      b.record.push({ type: 'drill', at: now, durationSec: Math.max(0, Math.round(command.durationSec)) });
      return;
  }
}

/** A wake-up: an alarm, a start, the user leaving or coming back. */
export function wake(state: EngineState, moment: Moment): Step {
  const b = new StepBuilder(state, moment);
  settle(b);
  return b.build();
}

/** A command from the popup, the options page, a notification button or the keyboard shortcut. */
export function command(state: EngineState, moment: Moment, cmd: Command): Step {
  // The command answers the world as the user saw it; whatever falls due now (a feed's first check-in, a
  // reminder due this minute) is shown after it.
  const b = new StepBuilder(state, moment);
  catchUp(b);
  runCommand(b, cmd);
  settle(b);
  return b.build();
}

/** The schedule's settings changed: recompute what they govern, and nothing else. */
export function settingsChanged(state: EngineState, moment: Moment, previous: Settings): Step {
  const { settings, now } = moment;
  const hoursChanged =
    previous.activeStartMin !== settings.activeStartMin ||
    previous.activeEndMin !== settings.activeEndMin ||
    previous.activeDays.join() !== settings.activeDays.join();
  let next = state;
  if (hoursChanged || previous.movementEnabled !== settings.movementEnabled || previous.movementIntervalMin !== settings.movementIntervalMin) {
    next = { ...next, movementDueAt: null };
  }
  if (hoursChanged || previous.feedingEnabled !== settings.feedingEnabled || previous.feedingIntervalMin !== settings.feedingIntervalMin) {
    next = { ...next, feedingDueAt: null };
  }
  if (state.feed && previous.feedCheckInMin !== settings.feedCheckInMin) {
    const last = state.feed.checkIns === 0 ? state.feed.startedAt : state.feed.nextCheckInAt - previous.feedCheckInMin * MINUTE;
    next = { ...next, feed: { ...state.feed, nextCheckInAt: Math.max(now, last + settings.feedCheckInMin * MINUTE) } };
  }
  return wake(next, moment);
}

/** The alarms the background should hold: name → when (epoch ms). Only future times; one per pending time. */
export function wakeUps(state: EngineState, now: number): Map<string, number> {
  const alarms = new Map<string, number>();
  const add = (name: string, when: number | null) => {
    if (when !== null && when > now) alarms.set(name, when);
  };
  if (state.feed) add('feed-end', state.feed.startedAt + FEED_AUTO_END_MIN * MINUTE);
  if (state.pausedUntil !== null) {
    add('pause-end', state.pausedUntil);
    return alarms;
  }
  if (state.feed) add('checkin', state.feed.nextCheckInAt);
  else {
    add('movement', state.movementDueAt);
    add('feeding', state.feedingDueAt);
  }
  add('after-feed', state.afterFeedDueAt);
  if (state.snoozed) add('snooze', state.snoozed.until);
  // Held reminders are due already (no alarm of their own): look again at a slow, bounded rate.
  if (state.held) add('held', now + HOLD_RECHECK_MIN * MINUTE);
  return alarms;
}

/** The toolbar badge: empty normally, a mark when a reminder waits, another while paused. */
export function badgeFor(state: EngineState): { text: string; kind: 'none' | 'waiting' | 'paused' } {
  if (state.waiting) return { text: '!', kind: 'waiting' };
  if (state.pausedUntil !== null) return { text: '❚❚', kind: 'paused' };
  return { text: '', kind: 'none' };
}

/** The notification id for a reminder: a cold-started worker parses it back with `parseNotificationId`. */
export function notificationId(reminder: WaitingReminder & { test?: true }): string {
  return `${reminder.test ? 'test' : 'reminder'}:${reminder.kind}:${reminder.at}`;
}

/** The waiting reminder this notification belongs to, or null for a stale, test or unknown id. */
export function reminderForNotification(id: string, state: EngineState): WaitingReminder | null {
  const waiting = state.waiting;
  return waiting && id === notificationId(waiting) ? waiting : null;
}

/**
 * The message of the short line a reminder's notification carries: the rotating checklist during a feed, else
 * its tip's cue (null only for a tip without one, which the chooser never picks for a reminder).
 */
export function cueFor(reminder: WaitingReminder, state: EngineState): MessageKey | null {
  // The feed card shows cue 0 from the start; the n-th posture check brings cue n (the popup shows the same).
  if (reminder.kind === 'checkin') return checkInCue(state.feed?.checkIns ?? 0, state.feed?.side ?? null);
  return cueForTip(reminder.tipId);
}
