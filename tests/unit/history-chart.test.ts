import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../lib/history/history';
import { dailySeries, movementTotal, scaleTop, seriesTotals } from '../../lib/history/history-chart';

// A real time zone with DST, so a 23-hour and a 25-hour day fall inside the series.
const previousTz = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'Europe/Berlin';
});
afterAll(() => {
  process.env.TZ = previousTz;
});

const at = (iso: string) => new Date(iso).getTime();
const done = (iso: string): HistoryEntry => ({ type: 'reminder', at: at(iso), kind: 'movement', outcome: 'done' });

describe('dailySeries', () => {
  it('gives one bar per local day, oldest first, ending with today', () => {
    const series = dailySeries([], at('2026-11-20T10:00:00'), 7);
    expect(series).toHaveLength(7);
    expect(series.map((d) => new Date(d.dayStart).getDate())).toEqual([14, 15, 16, 17, 18, 19, 20]);
    expect(series.every((d) => new Date(d.dayStart).getHours() === 0)).toBe(true);
  });

  it('counts each entry on its own local day, at the edges of the day too', () => {
    const history: HistoryEntry[] = [
      done('2026-11-19T00:00:00'),
      done('2026-11-19T23:59:59'),
      done('2026-11-20T00:00:00'),
      { type: 'reminder', at: at('2026-11-20T09:00:00'), kind: 'after-feed', outcome: 'snoozed' },
      { type: 'reminder', at: at('2026-11-20T09:30:00'), kind: 'movement', outcome: 'skipped' },
      { type: 'reminder', at: at('2026-11-20T09:40:00'), kind: 'feeding', outcome: 'done' },
      { type: 'drill', at: at('2026-11-20T09:45:00'), durationSec: 60 },
      { type: 'feed', at: at('2026-11-20T09:50:00'), startedAt: at('2026-11-20T09:20:00'), side: 'bottle', endedBy: 'user' },
      done('2026-11-13T12:00:00'), // before the 7 days
      done('2026-11-21T00:00:00'), // tomorrow
    ];
    const series = dailySeries(history, at('2026-11-20T10:00:00'), 7);
    expect(series[5]!.counts).toEqual({ movementDone: 2, movementSnoozed: 0, movementMissed: 0, drills: 0, feeds: 0 });
    expect(series[6]!.counts).toEqual({ movementDone: 1, movementSnoozed: 1, movementMissed: 1, drills: 1, feeds: 1 });
    expect(seriesTotals(series)).toEqual({ movementDone: 3, movementSnoozed: 1, movementMissed: 1, drills: 1, feeds: 1 });
    expect(movementTotal(series[6]!.counts)).toBe(3);
  });

  it.each([
    ['spring forward (23 h day)', '2026-03-29T12:00:00', '2026-04-02T10:00:00'],
    ['fall back (25 h day)', '2026-10-25T12:00:00', '2026-10-28T10:00:00'],
  ])('keeps whole calendar days across DST: %s', (_, changeDay, now) => {
    const history = [done(`${changeDay.slice(0, 10)}T00:30:00`), done(`${changeDay.slice(0, 10)}T23:30:00`)];
    const series = dailySeries(history, at(now), 30);
    expect(series).toHaveLength(30);
    expect(series.every((d) => new Date(d.dayStart).getHours() === 0 && new Date(d.dayStart).getMinutes() === 0)).toBe(true);
    const days = series.map((d) => new Date(d.dayStart).toDateString());
    expect(new Set(days).size).toBe(30);
    const changeBar = series.find((d) => new Date(d.dayStart).toDateString() === new Date(at(changeDay)).toDateString())!;
    expect(changeBar.counts.movementDone).toBe(2);
    // The day really is not 24 hours long here (the time zone took effect).
    const next = series[series.indexOf(changeBar) + 1]!;
    expect(next.dayStart - changeBar.dayStart).not.toBe(24 * 3_600_000);
    expect(seriesTotals(series).movementDone).toBe(2);
  });
});

describe('scaleTop', () => {
  it.each([
    [0, 1],
    [1, 1],
    [2, 2],
    [3, 5],
    [6, 10],
    [11, 20],
    [47, 50],
    [120, 200],
  ])('%i → %i', (largest, top) => {
    expect(scaleTop(largest)).toBe(top);
  });
});
