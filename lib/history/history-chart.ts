/**
 * Per-day numbers for the options page's history chart: what was recorded, day by day, for the last 7 or 30
 * local calendar days. No scores and no streaks, only counts.
 */
import { countBetween, startOfLocalDay, type DayCounts, type HistoryEntry } from './history';

export interface DayBar {
  /** Local midnight starting the day (epoch ms). */
  dayStart: number;
  counts: DayCounts;
}

export const CHART_RANGES = [7, 30] as const;
export type ChartRange = (typeof CHART_RANGES)[number];

/**
 * One entry per local calendar day, oldest first, the last one being the day holding `now`. Days are
 * stepped with the calendar (not by 24 h), so a day that gains or loses an hour at a DST change is still
 * one day.
 */
export function dailySeries(history: readonly HistoryEntry[], now: number, days: number): DayBar[] {
  const today = startOfLocalDay(now);
  const series: DayBar[] = [];
  for (let back = days - 1; back >= 0; back -= 1) {
    const start = shiftDays(today, -back);
    const end = shiftDays(today, -back + 1);
    series.push({ dayStart: start, counts: countBetween(history, start, end) });
  }
  return series;
}

/** The counts added up over the whole series. */
export function seriesTotals(series: readonly DayBar[]): DayCounts {
  const totals: DayCounts = { movementDone: 0, movementSnoozed: 0, movementMissed: 0, drills: 0, feeds: 0 };
  for (const { counts } of series) {
    for (const key of Object.keys(totals) as Array<keyof DayCounts>) totals[key] += counts[key];
  }
  return totals;
}

/** Movement breaks of a day, all outcomes together: the height of the stacked bar. */
export function movementTotal(counts: DayCounts): number {
  return counts.movementDone + counts.movementSnoozed + counts.movementMissed;
}

/**
 * The top of a chart's scale: at least 1, rounded up to a step that reads well (1, 2, 5, 10, 20, 50 …) so
 * gridlines land on whole numbers.
 */
export function scaleTop(largest: number): number {
  if (largest <= 1) return 1;
  let step = 1;
  for (;;) {
    for (const m of [1, 2, 5]) if (step * m >= largest) return step * m;
    step *= 10;
  }
}

/** Local midnight `days` calendar days from the local midnight `dayStart`. */
function shiftDays(dayStart: number, days: number): number {
  const d = new Date(dayStart);
  d.setDate(d.getDate() + days);
  return startOfLocalDay(d.getTime());
}
