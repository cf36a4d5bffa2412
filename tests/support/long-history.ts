import { HISTORY_MAX_AGE_DAYS, type HistoryEntry } from '../../lib/history/history';

/** A busy family's day: an entry every 20 minutes through the waking hours. */
export const ENTRIES_PER_DAY = 35;

/**
 * Three months of a busy family's history, as the background keeps it (in time order): every day from the oldest
 * that is kept up to `newestDay` days before `now` (0 is the last hours up to `now`), each with its feeds, a few
 * drills and movement breaks done or snoozed. The benchmark's popup opens with it, and the real-browser tests
 * check that the popup counts today's part of it.
 */
export function longHistory(now: number, newestDay = 0): HistoryEntry[] {
  const history: HistoryEntry[] = [];
  for (let day = HISTORY_MAX_AGE_DAYS - 1; day >= newestDay; day--) {
    for (let i = 0; i < ENTRIES_PER_DAY; i++) {
      const at = now - day * 86_400_000 - (ENTRIES_PER_DAY - i) * 20 * 60_000;
      if (i % 3 === 0) history.push({ type: 'feed', at, startedAt: at - 15 * 60_000, side: i % 2 ? 'left' : 'right', endedBy: 'user' });
      else if (i % 7 === 0) history.push({ type: 'drill', at, durationSec: 60 });
      else history.push({ type: 'reminder', at, kind: 'movement', outcome: i % 5 ? 'done' : 'snoozed' });
    }
  }
  return history;
}
