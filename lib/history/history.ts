/**
 * Local history: what happened, with timestamps, for the "today" and weekly views. Epoch ms throughout.
 */
import { arrayOf, number, object, oneOf, refuse, time, variant, type Check } from '../spec';
import { FEED_ENDINGS, FEED_SIDES, REMINDER_KINDS, REMINDER_OUTCOMES, type FeedEnding, type FeedSide, type ReminderKind, type ReminderOutcome } from '../vocabulary';

export type HistoryEntry =
  | { type: 'reminder'; at: number; kind: ReminderKind; outcome: ReminderOutcome }
  | { type: 'drill'; at: number; durationSec: number }
  | { type: 'feed'; at: number; startedAt: number; side: FeedSide; endedBy: FeedEnding };

/** History older than this is dropped. */
export const HISTORY_MAX_AGE_DAYS = 90;
/** And never more than this many entries (the oldest go first). */
export const HISTORY_MAX_ENTRIES = 5000;
/**
 * How far ahead of the clock an entry may be dated and still count (ms). History is local, so its times come
 * from this machine's clock; a clock that ran ahead and was then corrected (a network time fix after a flat
 * clock battery, a manual fix) or a file from a machine a few hours off leaves entries up to hours "ahead".
 * A day keeps those and anything further is plainly wrong: without the limit, 5,000 entries dated next year
 * would hold the newest places for good and nothing new would ever be kept.
 */
export const HISTORY_FUTURE_SLACK_MS = 24 * 60 * 60 * 1000;

const DAY_MS = 24 * 60 * 60 * 1000;

/** A drill is a minute or two; anything beyond an hour is not one (s). */
const MAX_DRILL_SEC = 60 * 60;

/**
 * One entry. Stored entries may carry keys a newer version added (kept out, the entry kept); an imported
 * file must hold only known keys (`strict`: an unknown key means the file was made by something else).
 */
const entryCheck = (strict: boolean): Check<HistoryEntry> =>
  variant<HistoryEntry>('type', {
    reminder: object({ type: oneOf(['reminder'] as const), at: time, kind: oneOf(REMINDER_KINDS), outcome: oneOf(REMINDER_OUTCOMES) }, strict),
    drill: object({ type: oneOf(['drill'] as const), at: time, durationSec: number(0, MAX_DRILL_SEC, false) }, strict),
    feed: object({ type: oneOf(['feed'] as const), at: time, startedAt: time, side: oneOf(FEED_SIDES), endedBy: oneOf(FEED_ENDINGS) }, strict),
  } as Record<string, Check<HistoryEntry>>);

export const historyEntry = entryCheck(false);
const fileEntry = entryCheck(true);

/** An imported entry: every key known, dated no later than `now` plus {@link HISTORY_FUTURE_SLACK_MS}. */
export const importedEntry =
  (now: number): Check<HistoryEntry> =>
  (value, field) => {
    const entry = fileEntry(value, field);
    return entry.ok && entry.value.at > now + HISTORY_FUTURE_SLACK_MS ? refuse('in-the-future', field ? `${field}.at` : 'at') : entry;
  };

/** A list of entries as an import carries them: every one valid and none in the future. */
export const historyList = (now: number): Check<HistoryEntry[]> => arrayOf(importedEntry(now), 100_000);

/**
 * Appends entries and applies the limits: sorted by time, entries older than the age limit or dated beyond
 * the clock's slack dropped, then the oldest of the stored ones dropped first, so a fresh entry is always
 * kept whatever the stored history holds.
 */
export function appendHistory(history: readonly HistoryEntry[], entries: readonly HistoryEntry[], now: number): HistoryEntry[] {
  const cutoff = now - HISTORY_MAX_AGE_DAYS * DAY_MS;
  const inWindow = (e: HistoryEntry) => e.at >= cutoff && e.at <= now + HISTORY_FUTURE_SLACK_MS;
  const fresh = entries.filter(inWindow);
  const kept = history.filter(inWindow).sort((a, b) => a.at - b.at);
  const room = Math.max(0, HISTORY_MAX_ENTRIES - fresh.length);
  const all = [...kept.slice(Math.max(0, kept.length - room)), ...fresh].sort((a, b) => a.at - b.at);
  return all.length > HISTORY_MAX_ENTRIES ? all.slice(all.length - HISTORY_MAX_ENTRIES) : all;
}

/** Narrows one stored value to a history entry, or null when it is not one. */
export function parseHistoryEntry(raw: unknown): HistoryEntry | null {
  const entry = historyEntry(raw);
  return entry.ok ? entry.value : null;
}

/**
 * Reads history from storage: entries that are not valid, or dated beyond `now` plus the slack, are dropped;
 * the rest kept in time order.
 */
export function parseHistory(raw: unknown, now: number): HistoryEntry[] {
  if (!Array.isArray(raw)) return [];
  const latest = now + HISTORY_FUTURE_SLACK_MS;
  return raw
    .map(parseHistoryEntry)
    .filter((e): e is HistoryEntry => e !== null && e.at <= latest)
    .sort((a, b) => a.at - b.at);
}

/** What merging entries from elsewhere (an import) into the stored history gives. */
export interface HistoryMerge {
  history: HistoryEntry[];
  /** How many of the incoming entries are new here (not already stored, and recent enough to keep). */
  added: number;
}

/**
 * Merges entries from elsewhere into the stored history. Entries already stored are not added twice, so
 * importing the same file again adds nothing; the limits apply by time (an import does not push out newer
 * entries recorded here).
 */
export function mergeHistory(existing: readonly HistoryEntry[], incoming: readonly HistoryEntry[], now: number): HistoryMerge {
  const seen = new Set(existing.map(entryKey));
  const fresh = new Set<HistoryEntry>();
  for (const entry of incoming) {
    const key = entryKey(entry);
    if (seen.has(key)) continue;
    seen.add(key);
    fresh.add(entry);
  }
  const history = appendHistory([...existing, ...fresh], [], now);
  return { history, added: history.filter((e) => fresh.has(e)).length };
}

/** A stable identity for an entry: its fields in a fixed order. */
function entryKey(entry: HistoryEntry): string {
  switch (entry.type) {
    case 'reminder':
      return `r|${entry.at}|${entry.kind}|${entry.outcome}`;
    case 'drill':
      return `d|${entry.at}|${entry.durationSec}`;
    case 'feed':
      return `f|${entry.at}|${entry.startedAt}|${entry.side}|${entry.endedBy}`;
  }
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
