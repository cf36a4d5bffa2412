/**
 * The engine's runtime state, kept in `storage.local`. Alarms are only wake-ups; this is the truth about
 * what is due. All times are epoch milliseconds.
 */
import { nullable, object, oneOf, pass, repair, string, time, type Check, type Checks } from '../spec';
import { FEED_SIDES, HOLD_REASONS, REMINDER_KINDS, type FeedSide, type HoldReason, type ReminderKind } from '../vocabulary';

/** A reminder that was shown (or could not be shown) and has not been answered yet. */
export interface WaitingReminder {
  kind: ReminderKind;
  /** When it was raised (epoch ms). */
  at: number;
  /** The tip that went with it, shown when the popup opens. */
  tipId: string;
  /** False when the browser refused or blocked the notification: the badge and popup carry it alone. */
  notified: boolean;
}

/** A feed in progress. */
export interface RunningFeed {
  side: FeedSide;
  /** Epoch ms. */
  startedAt: number;
  /** When the next posture check-in is due (epoch ms). */
  nextCheckInAt: number;
  /** How many check-ins have been shown, used to rotate the checklist cue. */
  checkIns: number;
}

export interface EngineState {
  /** Next movement reminder (epoch ms), or null when off / outside any active window. */
  movementDueAt: number | null;
  /** Next feeding-posture reminder (epoch ms), or null when off. */
  feedingDueAt: number | null;
  /** A snoozed reminder comes back at this time (epoch ms). */
  snoozed: { kind: ReminderKind; until: number } | null;
  waiting: WaitingReminder | null;
  /** Reminders are paused until this time (epoch ms). */
  pausedUntil: number | null;
  /** When the pause was asked for (epoch ms): a clock set back before it ends the pause. Null for no pause. */
  pausedAt: number | null;
  /**
   * A reminder is due but held back because a window is fullscreen or a tab plays sound: why, and since when
   * (epoch ms). Null when nothing is held.
   */
  held: { by: HoldReason; since: number } | null;
  /** When the user went idle or locked the screen (epoch ms); null while active. */
  awaySince: number | null;
  feed: RunningFeed | null;
  lastFeedSide: FeedSide | null;
  /** The after-feed movement nudge is due at this time (epoch ms). */
  afterFeedDueAt: number | null;
  /** Tip ids shown most recently, newest first, so the same tip does not come back at once. */
  recentTipIds: string[];
}

export function initialState(): EngineState {
  return {
    movementDueAt: null,
    feedingDueAt: null,
    snoozed: null,
    waiting: null,
    pausedUntil: null,
    pausedAt: null,
    held: null,
    awaySince: null,
    feed: null,
    lastFeedSide: null,
    afterFeedDueAt: null,
    recentTipIds: [],
  };
}

const timeOrNull = nullable(time);

/** A value that is not `true` counts as false (older versions stored no `notified`). */
const flag: Check<boolean> = (value) => pass(value === true);
/** A count that is not a whole number ≥ 0 counts as 0. */
const count: Check<number> = (value) => pass(Number.isInteger(value) && (value as number) >= 0 ? (value as number) : 0);
const optional = <T>(check: Check<T>, fallback: T): Check<T> => (value) => (value === undefined ? pass(fallback) : check(value));

const STATE_CHECKS: Checks<EngineState> = {
  movementDueAt: timeOrNull,
  feedingDueAt: timeOrNull,
  snoozed: nullable(object({ kind: oneOf(REMINDER_KINDS), until: time })),
  waiting: nullable(object({ kind: oneOf(REMINDER_KINDS), at: time, tipId: string, notified: optional(flag, false) })),
  pausedUntil: timeOrNull,
  pausedAt: timeOrNull,
  held: optional(nullable(object({ by: oneOf(HOLD_REASONS), since: time })), null),
  awaySince: timeOrNull,
  feed: nullable(object({ side: oneOf(FEED_SIDES), startedAt: time, nextCheckInAt: time, checkIns: optional(count, 0) })),
  lastFeedSide: nullable(oneOf(FEED_SIDES)),
  afterFeedDueAt: timeOrNull,
  recentTipIds: (value) => pass(Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string').slice(0, 20) : []),
};

/**
 * Reads engine state from storage, keeping each valid field and resetting each broken one. A corrupt state
 * costs at most the pending due times, which the engine recomputes from the settings. Never throws.
 */
export function parseState(raw: unknown): EngineState {
  const state = repair(STATE_CHECKS, initialState(), raw).value;
  // A pause's start means nothing without the pause.
  return state.pausedUntil === null ? { ...state, pausedAt: null } : state;
}
