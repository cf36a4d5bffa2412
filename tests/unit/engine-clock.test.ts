/**
 * The engine against odd clocks: the after-feed nudge inside active hours and never late, pauses and feeds
 * against a clock set back, a stored far-future pause, and rescheduling when active hours or the check-in
 * interval change mid-way. Each test fails with its rule switched off.
 */
import { describe, expect, it } from 'vitest';
import { command, settingsChanged, wake, wakeUps, type Moment } from '../../lib/schedule/engine';
import { FEED_AUTO_END_MIN } from '../../lib/schedule/feeding';
import { defaultSettings, type Settings } from '../../lib/settings/settings';
import { initialState, parseState, type EngineState } from '../../lib/schedule/state';

const MIN = 60_000;
const DAY = 24 * 60 * MIN;
const at = (iso: string) => new Date(iso).getTime(); // local time (Europe/Berlin in this suite)
const MONDAY = (hhmm: string) => at(`2026-11-23T${hhmm}`);

function moment(now: number, settings: Partial<Settings> = {}): Moment {
  return { settings: { ...defaultSettings(), ...settings }, now, presence: 'active', pick: 0.3 };
}

/** A feed on the left, started at `startedAt`, with `checkIns` check-ins shown, the next due at `nextCheckInAt`. */
function feeding(startedAt: number, nextCheckInAt: number, checkIns: number): EngineState {
  const state = wake(initialState(), moment(startedAt)).state;
  return { ...state, feed: { side: 'left', startedAt, nextCheckInAt, checkIns }, lastFeedSide: 'left' };
}

describe('the after-feed nudge follows active hours and goes stale', () => {
  it('a feed ended in the night brings no nudge (none at 03:02)', () => {
    const ended = command(feeding(MONDAY('02:40'), MONDAY('03:10'), 3), moment(MONDAY('03:00')), { type: 'end-feed' });
    expect(ended.state.afterFeedDueAt).toBeNull();
    expect(wakeUps(ended.state, MONDAY('03:00')).has('after-feed')).toBe(false);
    const later = wake(ended.state, moment(MONDAY('03:02')));
    expect(later.show).toBeNull();
    expect(later.record).toEqual([]);
  });

  it('a feed ended just before active hours close brings no nudge after they closed', () => {
    const ended = command(feeding(MONDAY('20:30'), MONDAY('21:05'), 3), moment(MONDAY('20:59')), { type: 'end-feed' });
    expect(ended.state.afterFeedDueAt).toBeNull();
  });

  it('after a closed browser the nudge is not shown hours late: it is recorded as skipped', () => {
    const ended = command(feeding(MONDAY('09:10'), MONDAY('09:40'), 3), moment(MONDAY('09:35')), { type: 'end-feed' });
    expect(ended.state.afterFeedDueAt).toBe(MONDAY('09:37'));
    const late = wake(ended.state, moment(MONDAY('12:00')));
    expect(late.show?.kind).not.toBe('after-feed');
    expect(late.record).toContainEqual({ type: 'reminder', at: MONDAY('12:00'), kind: 'after-feed', outcome: 'skipped' });
    expect(late.state.afterFeedDueAt).toBeNull();
  });

  it('a nudge still comes on time, and a little late (within the natural-break length)', () => {
    const ended = command(feeding(MONDAY('09:10'), MONDAY('09:40'), 3), moment(MONDAY('09:35')), { type: 'end-feed' });
    expect(wake(ended.state, moment(MONDAY('09:37'))).show?.kind).toBe('after-feed');
    expect(wake(ended.state, moment(MONDAY('09:40'))).show?.kind).toBe('after-feed');
  });

  it('a nudge due when active hours were narrowed meanwhile is not shown outside them', () => {
    const state = { ...wake(initialState(), moment(MONDAY('09:00'))).state, afterFeedDueAt: MONDAY('09:37') };
    const step = wake(state, moment(MONDAY('09:37'), { activeStartMin: 10 * 60 }));
    expect(step.show).toBeNull();
    expect(step.record).toContainEqual({ type: 'reminder', at: MONDAY('09:37'), kind: 'after-feed', outcome: 'skipped' });
  });
});

describe('a clock set back', () => {
  const started = wake(initialState(), moment(MONDAY('10:00'))).state;

  it('ends a pause asked for "later" than the clock now reads: it can never run longer than asked', () => {
    const paused = command(started, moment(MONDAY('10:00')), { type: 'pause', preset: '1h' }).state;
    expect(paused).toMatchObject({ pausedUntil: MONDAY('11:00'), pausedAt: MONDAY('10:00') });
    const dayBack = MONDAY('10:10') - DAY;
    const step = wake(paused, moment(dayBack));
    expect(step.state.pausedUntil).toBeNull();
    expect(step.state.pausedAt).toBeNull();
    expect(step.state.movementDueAt).toBe(dayBack + 50 * MIN);
    expect(wakeUps(step.state, dayBack).has('pause-end')).toBe(false);
  });

  it('ends a pause until tomorrow when the clock goes back past the moment it was asked for', () => {
    const paused = command(started, moment(MONDAY('22:00')), { type: 'pause', preset: 'tomorrow' }).state;
    expect(paused.pausedUntil).toBe(at('2026-11-24T07:00'));
    expect(wake(paused, moment(MONDAY('21:50'))).state.pausedUntil).toBeNull();
  });

  it('keeps a pause when the clock only went back to a moment after it was asked for', () => {
    const paused = command(started, moment(MONDAY('10:00')), { type: 'pause', preset: '1h' }).state;
    expect(wake(paused, moment(MONDAY('10:05'))).state.pausedUntil).toBe(MONDAY('11:00'));
  });

  it('ends a stored far-future pause (a hand edit, a corrupt value, a clock that was wrong) on the next wake-up', () => {
    const stored = parseState({ ...started, pausedUntil: MONDAY('10:00') + 30 * DAY });
    const step = wake(stored, moment(MONDAY('10:00')));
    expect(step.state.pausedUntil).toBeNull();
    expect(wakeUps(step.state, MONDAY('10:00'))).toEqual(new Map([['movement', MONDAY('10:50')], ['feeding', MONDAY('13:00')]]));
  });

  it('keeps a pause stored by the previous release (no request time) while it is within the longest pause', () => {
    const stored = parseState({ ...started, pausedAt: undefined, pausedUntil: at('2026-11-24T07:00') });
    expect(wake(stored, moment(MONDAY('22:00'))).state.pausedUntil).toBe(at('2026-11-24T07:00'));
  });

  it('brings a feed’s start and next check-in back to now, so check-ins go on and the feed still ends', () => {
    const feed = feeding(MONDAY('10:00'), MONDAY('10:10'), 1);
    const dayBack = MONDAY('10:05') - DAY;
    const step = wake(feed, moment(dayBack));
    expect(step.state.feed).toMatchObject({ startedAt: dayBack, checkIns: 1 });
    expect(step.state.feed!.nextCheckInAt).toBeLessThanOrEqual(dayBack + 10 * MIN);
    const alarms = wakeUps(step.state, dayBack);
    expect(alarms.get('checkin')).toBeLessThanOrEqual(dayBack + 10 * MIN);
    expect(alarms.get('feed-end')).toBe(dayBack + FEED_AUTO_END_MIN * MIN);
    const ended = command(step.state, moment(dayBack + 20 * MIN), { type: 'end-feed' });
    expect(ended.record).toContainEqual({ type: 'feed', at: dayBack + 20 * MIN, startedAt: dayBack, side: 'left', endedBy: 'user' });
  });

  it('brings movement, feeding and snooze times within what could be scheduled from now', () => {
    const snoozed = { ...started, snoozed: { kind: 'movement' as const, until: MONDAY('10:05') } };
    const dayBack = MONDAY('10:00') - DAY;
    const step = wake(snoozed, moment(dayBack));
    expect(step.state.movementDueAt).toBe(dayBack + 50 * MIN);
    expect(step.state.feedingDueAt).toBe(dayBack + 180 * MIN);
    expect(step.state.snoozed?.until).toBe(dayBack + 5 * MIN);
  });

  it('leaves a schedule alone when the clock runs normally', () => {
    const step = wake(started, moment(MONDAY('10:20')));
    expect(step.state).toEqual(started);
  });
});

describe('rescheduling when the schedule’s settings change mid-way', () => {
  const started = wake(initialState(), moment(MONDAY('09:00'))).state;

  it('a later start of active hours moves both reminders into the new window', () => {
    const step = settingsChanged(started, moment(MONDAY('09:10'), { activeStartMin: 10 * 60 }), defaultSettings());
    expect(step.state.movementDueAt).toBe(MONDAY('10:50'));
    expect(step.state.feedingDueAt).toBe(MONDAY('13:00'));
    expect(wakeUps(step.state, MONDAY('09:10'))).toEqual(new Map([['movement', MONDAY('10:50')], ['feeding', MONDAY('13:00')]]));
  });

  it('an earlier end of active hours moves a reminder due after it to tomorrow', () => {
    const step = settingsChanged(started, moment(MONDAY('09:10'), { activeEndMin: 9 * 60 + 30 }), defaultSettings());
    expect(step.state.movementDueAt).toBe(at('2026-11-24T07:50'));
    expect(step.state.feedingDueAt).toBe(at('2026-11-24T07:00')); // a window shorter than 3 h: at its start
  });

  it('active days that drop today move reminders to the next active day', () => {
    const step = settingsChanged(started, moment(MONDAY('09:10'), { activeDays: [2, 3, 4, 5] }), defaultSettings());
    expect(step.state.movementDueAt).toBe(at('2026-11-24T07:50'));
  });

  it('a longer movement interval moves the due time later', () => {
    const step = settingsChanged(started, moment(MONDAY('09:10'), { movementIntervalMin: 200 }), defaultSettings());
    expect(step.state.movementDueAt).toBe(MONDAY('12:30'));
  });

  it('a longer check-in interval mid-feed moves the next check-in, counted from the last one', () => {
    const feed = feeding(MONDAY('09:00'), MONDAY('09:20'), 2); // the last check-in was at 09:10
    const step = settingsChanged(feed, moment(MONDAY('09:12'), { feedCheckInMin: 15 }), defaultSettings());
    expect(step.state.feed?.nextCheckInAt).toBe(MONDAY('09:25'));
    expect(wakeUps(step.state, MONDAY('09:12')).get('checkin')).toBe(MONDAY('09:25'));
  });

  it('a shorter check-in interval mid-feed brings the next check-in closer, never into the past', () => {
    const feed = feeding(MONDAY('09:00'), MONDAY('09:20'), 2);
    expect(settingsChanged(feed, moment(MONDAY('09:12'), { feedCheckInMin: 5 }), defaultSettings()).state.feed?.nextCheckInAt).toBe(MONDAY('09:15'));
    const step = settingsChanged(feed, moment(MONDAY('09:18'), { feedCheckInMin: 5 }), defaultSettings());
    expect(step.show?.kind).toBe('checkin'); // 09:15 has passed: the check-in is due now
  });

  it('before any check-in was shown, a new interval counts from the feed’s start', () => {
    const feed = feeding(MONDAY('09:00'), MONDAY('09:10'), 0);
    const step = settingsChanged(feed, moment(MONDAY('09:03'), { feedCheckInMin: 20 }), defaultSettings());
    expect(step.state.feed?.nextCheckInAt).toBe(MONDAY('09:20'));
  });
});

