/**
 * Local history: what happened, with timestamps, for the "today" and weekly views. Epoch ms throughout.
 */
import { FEED_SIDES, REMINDER_KINDS, REMINDER_OUTCOMES, type FeedSide, type ReminderKind, type ReminderOutcome } from '../vocabulary';

export type HistoryEntry =
  | { type: 'reminder'; at: number; kind: ReminderKind; outcome: ReminderOutcome }
  | { type: 'drill'; at: number; durationSec: number }
  | { type: 'feed'; at: number; startedAt: number; side: FeedSide; endedBy: 'user' | 'auto' };

/** History older than this is dropped. */
export const HISTORY_MAX_AGE_DAYS = 90;
/** And never more than this many entries (the oldest go first). */
export const HISTORY_MAX_ENTRIES = 5000;

const DAY_MS = 24 * 60 * 60 * 1000;

/** Appends entries and applies the caps: sorted by time, oldest dropped first. */
export function appendHistory(history: readonly HistoryEntry[], entries: readonly HistoryEntry[], now: number): HistoryEntry[] {
  const cutoff = now - HISTORY_MAX_AGE_DAYS * DAY_MS;
  const all = [...history, ...entries].filter((e) => e.at >= cutoff).sort((a, b) => a.at - b.at);
  return all.length > HISTORY_MAX_ENTRIES ? all.slice(all.length - HISTORY_MAX_ENTRIES) : all;
}

const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;

/** Narrows one stored value to a history entry, or null when it is not one. */
export function parseHistoryEntry(raw: unknown): HistoryEntry | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const e = raw as Record<string, unknown>;
  if (!isTime(e.at)) return null;
  switch (e.type) {
    case 'reminder':
      return REMINDER_KINDS.includes(e.kind as ReminderKind) && REMINDER_OUTCOMES.includes(e.outcome as ReminderOutcome)
        ? { type: 'reminder', at: e.at, kind: e.kind as ReminderKind, outcome: e.outcome as ReminderOutcome }
        : null;
    case 'drill':
      return isTime(e.durationSec) ? { type: 'drill', at: e.at, durationSec: e.durationSec } : null;
    case 'feed':
      return isTime(e.startedAt) && FEED_SIDES.includes(e.side as FeedSide) && (e.endedBy === 'user' || e.endedBy === 'auto')
        ? { type: 'feed', at: e.at, startedAt: e.startedAt, side: e.side as FeedSide, endedBy: e.endedBy }
        : null;
    default:
      return null;
  }
}

/** Reads history from storage: entries that are not valid are dropped, the rest kept in time order. */
export function parseHistory(raw: unknown): HistoryEntry[] {
  if (!Array.isArray(raw)) return [];
  return raw
    .map(parseHistoryEntry)
    .filter((e): e is HistoryEntry => e !== null)
    .sort((a, b) => a.at - b.at);
}

/** What a day held, counted from history: no streaks, no scores, just what was recorded. */
export interface DayCounts {
  movementDone: number;
  movementSnoozed: number;
  movementMissed: number;
  drills: number;
  feeds: number;
}

/** Counts the entries with `from <= at < to` (epoch ms). */
export function countBetween(history: readonly HistoryEntry[], from: number, to: number): DayCounts {
  const counts: DayCounts = { movementDone: 0, movementSnoozed: 0, movementMissed: 0, drills: 0, feeds: 0 };
  for (const e of history) {
    if (e.at < from || e.at >= to) continue;
    if (e.type === 'drill') counts.drills += 1;
    else if (e.type === 'feed') counts.feeds += 1;
    else if (e.kind === 'movement' || e.kind === 'after-feed') {
      if (e.outcome === 'done') counts.movementDone += 1;
      else if (e.outcome === 'snoozed') counts.movementSnoozed += 1;
      else if (e.outcome === 'missed' || e.outcome === 'skipped') counts.movementMissed += 1;
    }
  }
  return counts;
}

/** Local midnight at the start of the day holding `at`. */
export function startOfLocalDay(at: number): number {
  const d = new Date(at);
  d.setHours(0, 0, 0, 0);
  return d.getTime();
}

/** Counts for the local calendar day holding `now`. */
export function countToday(history: readonly HistoryEntry[], now: number): DayCounts {
  const start = startOfLocalDay(now);
  const next = new Date(start);
  next.setDate(next.getDate() + 1);
  return countBetween(history, start, next.getTime());
}
