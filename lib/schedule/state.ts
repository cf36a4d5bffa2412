/**
 * The engine's runtime state, kept in `storage.local`. Alarms are only wake-ups; this is the truth about
 * what is due. All times are epoch milliseconds.
 */
import { REMINDER_KINDS, type FeedSide, type ReminderKind } from '../vocabulary';

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
    awaySince: null,
    feed: null,
    lastFeedSide: null,
    afterFeedDueAt: null,
    recentTipIds: [],
  };
}

const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const timeOrNull = (v: unknown): number | null => (isTime(v) ? v : null);
const isKind = (v: unknown): v is ReminderKind => REMINDER_KINDS.includes(v as ReminderKind);
const isSide = (v: unknown): v is FeedSide => v === 'left' || v === 'right' || v === 'bottle';
const asRecord = (v: unknown): Record<string, unknown> | null =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : null;

/**
 * Reads engine state from storage, keeping each valid field and resetting each broken one. A corrupt state
 * costs at most the pending due times, which the engine recomputes from the settings. Never throws.
 */
export function parseState(raw: unknown): EngineState {
  const state = initialState();
  const source = asRecord(raw);
  if (!source) return state;
  state.movementDueAt = timeOrNull(source.movementDueAt);
  state.feedingDueAt = timeOrNull(source.feedingDueAt);
  state.pausedUntil = timeOrNull(source.pausedUntil);
  state.pausedAt = state.pausedUntil === null ? null : timeOrNull(source.pausedAt);
  state.awaySince = timeOrNull(source.awaySince);
  state.afterFeedDueAt = timeOrNull(source.afterFeedDueAt);
  state.lastFeedSide = isSide(source.lastFeedSide) ? source.lastFeedSide : null;

  const snoozed = asRecord(source.snoozed);
  if (snoozed && isKind(snoozed.kind) && isTime(snoozed.until)) state.snoozed = { kind: snoozed.kind, until: snoozed.until };

  const waiting = asRecord(source.waiting);
  if (waiting && isKind(waiting.kind) && isTime(waiting.at) && typeof waiting.tipId === 'string') {
    state.waiting = { kind: waiting.kind, at: waiting.at, tipId: waiting.tipId, notified: waiting.notified === true };
  }

  const feed = asRecord(source.feed);
  if (feed && isSide(feed.side) && isTime(feed.startedAt) && isTime(feed.nextCheckInAt)) {
    const checkIns = Number.isInteger(feed.checkIns) && (feed.checkIns as number) >= 0 ? (feed.checkIns as number) : 0;
    state.feed = { side: feed.side, startedAt: feed.startedAt, nextCheckInAt: feed.nextCheckInAt, checkIns };
  }

  if (Array.isArray(source.recentTipIds)) {
    state.recentTipIds = source.recentTipIds.filter((id): id is string => typeof id === 'string').slice(0, 20);
  }
  return state;
}
