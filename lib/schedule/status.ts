/**
 * What the popup says about the schedule, as data: from the engine state, the settings and the clock, what is
 * waiting, whether a feed is running, and the one status line ("Move in 23 min · Feed set-up in 1 h 10 min",
 * "Paused until 15:00", …). The line names at most the two soonest things, in the order they come, so it fits
 * on one line of the popup. The popup turns this into words; nothing here formats text. Epoch ms throughout.
 */
import { isActive, nextSegmentAfter } from './active-hours';
import type { Settings } from '../settings/settings';
import type { EngineState, WaitingReminder } from './state';
import type { FeedSide, HoldReason, ReminderKind } from '../vocabulary';

/** One thing coming up. `minutes` is the whole minutes left, rounded up, never below 0. */
export interface UpcomingItem {
  kind: 'movement' | 'feeding' | 'after-feed';
  at: number;
  minutes: number;
}

export type StatusLine =
  | { kind: 'paused'; until: number }
  | { kind: 'snoozed'; reminder: ReminderKind; until: number; minutes: number }
  /** A due reminder waits until the fullscreen window closes, or the sound stops. */
  | { kind: 'held'; by: HoldReason }
  /** The day list is empty: no reminders at all, and the popup says so. */
  | { kind: 'no-days' }
  /** Both reminder kinds are switched off. */
  | { kind: 'all-off' }
  /** One or two items, soonest first. */
  | { kind: 'upcoming'; items: UpcomingItem[] }
  /** Outside active hours with nothing pending: reminders start again at `resumesAt`. */
  | { kind: 'outside-hours'; resumesAt: number }
  /** Nothing scheduled and no reason we can name (the engine has not scheduled yet). */
  | { kind: 'nothing' };

export interface FeedStatus {
  side: FeedSide;
  startedAt: number;
  /** Whole seconds the feed has run, never below 0. */
  elapsedSec: number;
  nextCheckInAt: number;
}

export interface StatusModel {
  /** The reminder shown and not yet answered: the popup offers Done and Snooze. */
  waiting: WaitingReminder | null;
  feed: FeedStatus | null;
  line: StatusLine;
}

const MINUTE = 60_000;
/** The status line stays on one line of a 360 px popup. */
const MAX_ITEMS = 2;

/** Whole minutes from `now` to `at`, rounded up, never negative. */
export function minutesUntil(at: number, now: number): number {
  return Math.max(0, Math.ceil((at - now) / MINUTE));
}

export function statusFor(state: EngineState, settings: Settings, now: number): StatusModel {
  const feed: FeedStatus | null = state.feed && {
    side: state.feed.side,
    startedAt: state.feed.startedAt,
    elapsedSec: Math.max(0, Math.floor((now - state.feed.startedAt) / 1000)),
    nextCheckInAt: state.feed.nextCheckInAt,
  };
  return { waiting: state.waiting, feed, line: lineFor(state, settings, now) };
}

function lineFor(state: EngineState, settings: Settings, now: number): StatusLine {
  if (state.pausedUntil !== null && state.pausedUntil > now) return { kind: 'paused', until: state.pausedUntil };
  if (state.held) return { kind: 'held', by: state.held.by };
  if (settings.activeDays.length === 0) return { kind: 'no-days' };
  if (state.snoozed && state.snoozed.until > now) {
    return { kind: 'snoozed', reminder: state.snoozed.kind, until: state.snoozed.until, minutes: minutesUntil(state.snoozed.until, now) };
  }

  const items: UpcomingItem[] = [];
  const add = (kind: UpcomingItem['kind'], at: number | null) => {
    if (at !== null) items.push({ kind, at, minutes: minutesUntil(at, now) });
  };
  add('after-feed', state.afterFeedDueAt);
  // Movement reminders hold off while a feed runs; the feed card shows its own check-ins.
  if (settings.movementEnabled && !state.feed) add('movement', state.movementDueAt);
  if (settings.feedingEnabled) add('feeding', state.feedingDueAt);
  if (items.length > 0) return { kind: 'upcoming', items: items.sort((a, b) => a.at - b.at).slice(0, MAX_ITEMS) };

  if (!settings.movementEnabled && !settings.feedingEnabled) return { kind: 'all-off' };
  if (!isActive(settings, now)) {
    const next = nextSegmentAfter(settings, now);
    if (next) return { kind: 'outside-hours', resumesAt: next.start };
  }
  return { kind: 'nothing' };
}
