import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isActive, nextDue, nextSegmentAfter, segmentAt, tomorrowsStart, type ActiveHours } from '../../lib/schedule/active-hours';
import { ALL_WEEKDAYS, type Weekday } from '../../lib/settings/settings';

// The suite runs in Europe/Berlin (vitest.config.ts): DST starts 2026-03-29 02:00 → 03:00, ends 2026-10-25 03:00 → 02:00.
const at = (iso: string) => new Date(iso).getTime(); // ISO without zone = local time
const local = (t: number | null) => {
  if (t === null) return null;
  const d = new Date(t);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
};
const hours = (start: string, end: string, days: readonly Weekday[] = ALL_WEEKDAYS): ActiveHours => {
  const toMin = (s: string) => Number(s.slice(0, 2)) * 60 + Number(s.slice(3));
  return { activeDays: [...days], activeStartMin: toMin(start), activeEndMin: toMin(end) };
};

describe('isActive', () => {
  it.each([
    ['07:00–21:00, 06:59', hours('07:00', '21:00'), '2026-11-23T06:59', false],
    ['07:00–21:00, 07:00 (start is inside)', hours('07:00', '21:00'), '2026-11-23T07:00', true],
    ['07:00–21:00, 20:59', hours('07:00', '21:00'), '2026-11-23T20:59', true],
    ['07:00–21:00, 21:00 (end is outside)', hours('07:00', '21:00'), '2026-11-23T21:00', false],
    ['overnight 22:00–06:00, 23:30', hours('22:00', '06:00'), '2026-11-23T23:30', true],
    ['overnight 22:00–06:00, 03:00 next morning', hours('22:00', '06:00'), '2026-11-24T03:00', true],
    ['overnight 22:00–06:00, 12:00', hours('22:00', '06:00'), '2026-11-23T12:00', false],
    // An overnight window belongs to the day it starts on: Monday only → Monday 22:00 to Tuesday 06:00.
    ['overnight, Monday only, Tuesday 03:00', hours('22:00', '06:00', [1]), '2026-11-24T03:00', true],
    ['overnight, Monday only, Monday 03:00', hours('22:00', '06:00', [1]), '2026-11-23T03:00', false],
    ['no active days', hours('07:00', '21:00', []), '2026-11-23T12:00', false],
    ['weekdays only, Saturday noon', hours('07:00', '21:00', [1, 2, 3, 4, 5]), '2026-11-28T12:00', false],
    ['weekdays only, Friday noon', hours('07:00', '21:00', [1, 2, 3, 4, 5]), '2026-11-27T12:00', true],
  ])('%s', (_, h, time, expected) => {
    expect(isActive(h, at(time))).toBe(expected);
  });

  it('answers for every combination of weekdays', () => {
    // 2026-11-22 is a Sunday (0); the week runs Sunday to Saturday.
    for (let mask = 0; mask < 128; mask++) {
      const days = ALL_WEEKDAYS.filter((d) => mask & (1 << d));
      for (let d = 0; d < 7; d++) {
        const noon = at(`2026-11-${22 + d}T12:00`);
        expect(isActive(hours('07:00', '21:00', days), noon)).toBe(days.includes(d as Weekday));
      }
    }
  });
});

describe('nextDue', () => {
  it.each([
    ['within the window', hours('07:00', '21:00'), '2026-11-23T09:00', 50, '2026-11-23T09:50'],
    ['before the window opens: interval into the window', hours('07:00', '21:00'), '2026-11-23T05:00', 50, '2026-11-23T07:50'],
    ['would cross the window end: next morning', hours('07:00', '21:00'), '2026-11-23T20:30', 50, '2026-11-24T07:50'],
    ['exactly at the end is outside: next morning', hours('07:00', '21:00'), '2026-11-23T20:10', 50, '2026-11-24T07:50'],
    ['overnight window, across midnight', hours('22:00', '06:00'), '2026-11-23T23:40', 50, '2026-11-24T00:30'],
    ['overnight window, after it closes', hours('22:00', '06:00'), '2026-11-24T05:40', 50, '2026-11-24T22:50'],
    ['weekend skipped', hours('07:00', '21:00', [1, 2, 3, 4, 5]), '2026-11-27T20:45', 50, '2026-11-30T07:50'],
    ['shortest interval', hours('07:00', '21:00'), '2026-11-23T09:00', 10, '2026-11-23T09:10'],
    ['longest movement interval', hours('07:00', '21:00'), '2026-11-23T09:00', 240, '2026-11-23T13:00'],
    ['longest feeding interval fits', hours('07:00', '21:00'), '2026-11-23T07:00', 480, '2026-11-23T15:00'],
    ['window shorter than the interval: at its start', hours('07:00', '07:30'), '2026-11-23T07:10', 50, '2026-11-24T07:00'],
    // DST start: 02:00 does not exist; 01:30 + 60 min of real time is 03:30 local.
    ['DST start, across the gap', hours('00:00', '23:59'), '2026-03-29T01:30', 60, '2026-03-29T03:30'],
    ['DST start, the window opens on the right hour', hours('07:00', '21:00'), '2026-03-29T05:00', 50, '2026-03-29T07:50'],
    // DST end: 02:00–03:00 happens twice; 01:30 + 90 min of real time is the second 02:00.
    ['DST end, the hour repeats', hours('00:00', '23:59'), '2026-10-25T01:30', 90, '2026-10-25T02:00'],
    ['DST end, the window opens on the right hour', hours('07:00', '21:00'), '2026-10-24T20:30', 50, '2026-10-25T07:50'],
  ])('%s', (_, h, from, interval, expected) => {
    expect(local(nextDue(h, at(from), interval))).toBe(expected);
  });

  it('is null when no day is active', () => {
    expect(nextDue(hours('07:00', '21:00', []), at('2026-11-23T09:00'), 50)).toBeNull();
  });

  it('DST: intervals are real time, not clock time', () => {
    const from = at('2026-03-29T01:30');
    expect(nextDue(hours('00:00', '23:59'), from, 60)! - from).toBe(60 * 60_000);
  });
});

describe('tomorrowsStart', () => {
  it.each([
    ['the next day’s window', hours('07:00', '21:00'), '2026-11-23T15:00', '2026-11-24T07:00'],
    ['after midnight it is still the next calendar day', hours('07:00', '21:00'), '2026-11-24T00:30', '2026-11-25T07:00'],
    ['skips inactive days', hours('07:00', '21:00', [1]), '2026-11-23T15:00', '2026-11-30T07:00'],
    ['no active days: midnight', hours('07:00', '21:00', []), '2026-11-23T15:00', '2026-11-24T00:00'],
  ])('%s', (_, h, from, expected) => {
    expect(local(tomorrowsStart(h, at(from)))).toBe(expected);
  });
});

const hoursArb = fc
  .record({
    days: fc.subarray([...ALL_WEEKDAYS] as Weekday[], { minLength: 1 }),
    start: fc.integer({ min: 0, max: 1439 }),
    end: fc.integer({ min: 0, max: 1439 }),
  })
  .filter((h) => h.start !== h.end)
  .map((h): ActiveHours => ({ activeDays: h.days, activeStartMin: h.start, activeEndMin: h.end }));
// Two years around now, crossing four DST changes.
const timeArb = fc.integer({ min: at('2026-01-01T00:00'), max: at('2027-12-31T00:00') });
const intervalArb = fc.integer({ min: 10, max: 480 });

describe('properties', () => {
  it('the next due time is never in the past and never outside active hours', () => {
    fc.assert(
      fc.property(hoursArb, timeArb, intervalArb, (h, from, interval) => {
        const due = nextDue(h, from, interval);
        expect(due).not.toBeNull();
        expect(due!).toBeGreaterThan(from);
        expect(isActive(h, due!)).toBe(true);
      }),
    );
  });

  it('never sooner than the interval after the last reminder (shown inside active hours)', () => {
    fc.assert(
      fc.property(hoursArb, timeArb, intervalArb, (h, t, interval) => {
        const last = segmentAt(h, t) ? t : nextSegmentAfter(h, t)!.start;
        expect(nextDue(h, last, interval)! - last).toBeGreaterThanOrEqual(interval * 60_000);
      }),
    );
  });
});
