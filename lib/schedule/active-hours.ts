/**
 * Active hours: the days and the daily window in which scheduled reminders may fire. A window may cross
 * midnight (22:00 → 06:00); it then belongs to the day it starts on. All times are epoch ms; days and clock
 * times are local, so daylight-saving changes are handled by the platform's calendar arithmetic.
 */
import type { Settings } from '../settings/settings';

export type ActiveHours = Pick<Settings, 'activeDays' | 'activeStartMin' | 'activeEndMin'>;

/** One stretch of active time: `start <= t < end`. */
export interface Segment {
  start: number;
  end: number;
}

const MINUTE = 60_000;

/** Local `minutes` after midnight on the local day holding `day`, plus `dayOffset` days. */
function localTime(day: Date, dayOffset: number, minutes: number): number {
  return new Date(day.getFullYear(), day.getMonth(), day.getDate() + dayOffset, 0, minutes).getTime();
}

/** The window that starts on the local day holding `day` + `dayOffset`, if that day is active. */
function segmentStarting(hours: ActiveHours, day: Date, dayOffset: number): Segment | null {
  const weekday = new Date(day.getFullYear(), day.getMonth(), day.getDate() + dayOffset).getDay();
  if (!hours.activeDays.includes(weekday as Settings['activeDays'][number])) return null;
  const crossesMidnight = hours.activeEndMin <= hours.activeStartMin;
  return {
    start: localTime(day, dayOffset, hours.activeStartMin),
    end: localTime(day, dayOffset + (crossesMidnight ? 1 : 0), hours.activeEndMin),
  };
}

/** The active stretch holding `t`, or null when `t` is outside active hours. */
export function segmentAt(hours: ActiveHours, t: number): Segment | null {
  const day = new Date(t);
  // A window that started yesterday may still be open (overnight windows).
  for (const offset of [-1, 0]) {
    const segment = segmentStarting(hours, day, offset);
    if (segment && segment.start <= t && t < segment.end) return segment;
  }
  return null;
}

export function isActive(hours: ActiveHours, t: number): boolean {
  return segmentAt(hours, t) !== null;
}

/** The first active stretch that starts after `t`, or null when no day is active. */
export function nextSegmentAfter(hours: ActiveHours, t: number): Segment | null {
  const day = new Date(t);
  for (let offset = 0; offset <= 8; offset++) {
    const segment = segmentStarting(hours, day, offset);
    if (segment && segment.start > t) return segment;
  }
  return null;
}

/**
 * When a reminder with this interval is next due, counting from `from` (the last reminder, a natural break,
 * a feed's end, or now): `interval` later if that is still inside the same active stretch; otherwise
 * `interval` into the next stretch (time outside active hours is a break, so the countdown starts afresh).
 * A stretch shorter than the interval gets its reminder at its start. Null when no day is active.
 */
export function nextDue(hours: ActiveHours, from: number, intervalMin: number): number | null {
  const interval = intervalMin * MINUTE;
  const current = segmentAt(hours, from);
  if (current && from + interval < current.end) return from + interval;
  const next = nextSegmentAfter(hours, from);
  if (!next) return null;
  return next.start + interval < next.end ? next.start + interval : next.start;
}

/** The start of the first active stretch on a later local day than `t` ("until tomorrow"). */
export function tomorrowsStart(hours: ActiveHours, t: number): number {
  const day = new Date(t);
  const midnight = localTime(day, 1, 0);
  return nextSegmentAfter(hours, midnight - 1)?.start ?? midnight;
}
