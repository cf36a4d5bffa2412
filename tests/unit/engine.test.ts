import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isActive } from '../../lib/schedule/active-hours';
import {
  AFTER_FEED_DELAY_MIN,
  badgeFor,
  command,
  cueFor,
  notificationId,
  reminderForNotification,
  settingsChanged,
  wake,
  wakeUps,
  type Moment,
  type Presence,
  type Step,
} from '../../lib/schedule/engine';
import { FEED_AUTO_END_MIN } from '../../lib/schedule/feeding';
import type { EngineCommand as Command } from '../../lib/schedule/commands';
import { defaultSettings, type Settings } from '../../lib/settings/settings';
import { simulate } from '../support/simulate';
import { initialState, type EngineState } from '../../lib/schedule/state';
import { CHECKIN_CUES } from '../../lib/tips/tip-cues';
import { TIP_INDEX } from '../../lib/tips/tip-index';

const MIN = 60_000;
const at = (iso: string) => new Date(iso).getTime(); // local time (Europe/Berlin in this suite)
const MONDAY = (hhmm: string) => at(`2026-11-23T${hhmm}`);

function moment(now: number, overrides: Partial<Moment> = {}, settings: Partial<Settings> = {}): Moment {
  return { settings: { ...defaultSettings(), ...settings }, now, presence: 'active', pick: 0.3, ...overrides };
}

/** A fresh install at `now`: the first wake-up. */
function started(now: number, settings: Partial<Settings> = {}): EngineState {
  return wake(initialState(), moment(now, {}, settings)).state;
}

const reminders = (step: Step) => step.record.filter((e) => e.type === 'reminder');

describe('scheduling from a fresh start', () => {
  it('schedules movement and feeding inside active hours and shows nothing yet', () => {
    const step = wake(initialState(), moment(MONDAY('06:00')));
    expect(step.show).toBeNull();
    expect(step.state.movementDueAt).toBe(MONDAY('07:50'));
    expect(step.state.feedingDueAt).toBe(MONDAY('10:00'));
    expect(wakeUps(step.state, MONDAY('06:00'))).toEqual(new Map([['movement', MONDAY('07:50')], ['feeding', MONDAY('10:00')]]));
  });

  it('leaves a kind that is switched off unscheduled', () => {
    const state = started(MONDAY('09:00'), { movementEnabled: false });
    expect(state.movementDueAt).toBeNull();
    expect(state.feedingDueAt).toBe(MONDAY('12:00'));
  });

  it('schedules nothing when no day is active', () => {
    const state = started(MONDAY('09:00'), { activeDays: [] });
    expect(state.movementDueAt).toBeNull();
    expect(state.feedingDueAt).toBeNull();
    expect(wakeUps(state, MONDAY('09:00')).size).toBe(0);
  });
});

describe('a reminder falls due', () => {
  const state = started(MONDAY('09:00'));

  it('an early or duplicate alarm does nothing', () => {
    const early = wake(state, moment(MONDAY('09:49')));
    expect(early.show).toBeNull();
    expect(early.state).toEqual(state);
    const due = wake(state, moment(MONDAY('09:50')));
    const duplicate = wake(due.state, moment(MONDAY('09:50')));
    expect(duplicate.show).toBeNull();
    expect(duplicate.record).toEqual([]);
  });

  it('shows it with a tip, records it and schedules the next from now', () => {
    const step = wake(state, moment(MONDAY('09:50')));
    expect(step.show).toMatchObject({ kind: 'movement', at: MONDAY('09:50'), notified: true });
    expect(TIP_INDEX.find((tip) => tip.id === step.show!.tipId)?.kinds).toSatisfy((kinds) => kinds === 'general' || (kinds as string[]).includes('movement'));
    expect(step.state.waiting).toEqual(step.show);
    expect(reminders(step)).toEqual([{ type: 'reminder', at: MONDAY('09:50'), kind: 'movement', outcome: 'shown' }]);
    expect(step.state.movementDueAt).toBe(MONDAY('10:40'));
    expect(step.state.recentTipIds[0]).toBe(step.show!.tipId);
    expect(badgeFor(step.state).kind).toBe('waiting');
  });

  it('picks its tip for the person in the settings: no birth-specific tip for someone who did not give birth', () => {
    for (let i = 0; i < 40; i++) {
      const pick = i / 40;
      for (const gaveBirth of [false, true]) {
        const step = wake(state, moment(MONDAY('09:50'), { pick }, { gaveBirth, weeksSinceBirth: 2, caesarean: false }));
        const tip = TIP_INDEX.find((t) => t.id === step.show!.tipId)!;
        if (gaveBirth === false) expect(tip.audience.who, tip.id).toBe('anyone');
        else expect(tip.audience.stages, tip.id).toContain('early');
      }
    }
  });

  it('Done records it, clears it and restarts the movement countdown from the answer', () => {
    const shown = wake(state, moment(MONDAY('09:50'))).state;
    const step = command(shown, moment(MONDAY('09:55')), { type: 'done' });
    expect(step.state.waiting).toBeNull();
    expect(step.dismiss).toEqual([shown.waiting]);
    expect(reminders(step)).toEqual([{ type: 'reminder', at: MONDAY('09:55'), kind: 'movement', outcome: 'done' }]);
    expect(step.state.movementDueAt).toBe(MONDAY('10:45'));
    expect(badgeFor(step.state).kind).toBe('none');
  });

  it('Snooze brings the same kind back after the snooze length', () => {
    const shown = wake(state, moment(MONDAY('09:50'))).state;
    const snoozed = command(shown, moment(MONDAY('09:51')), { type: 'snooze' });
    expect(snoozed.state.snoozed).toEqual({ kind: 'movement', until: MONDAY('09:56') });
    expect(reminders(snoozed)[0]?.outcome).toBe('snoozed');
    expect(wakeUps(snoozed.state, MONDAY('09:51')).get('snooze')).toBe(MONDAY('09:56'));
    const back = wake(snoozed.state, moment(MONDAY('09:56')));
    expect(back.show?.kind).toBe('movement');
    expect(back.state.snoozed).toBeNull();
  });

  it('Done or Snooze with nothing waiting is refused and changes nothing', () => {
    for (const type of ['done', 'snooze'] as const) {
      const step = command(state, moment(MONDAY('09:10')), { type });
      expect(step.refused).toBe('nothing-waiting');
      expect(step.state).toEqual(state);
    }
  });

  it('a new reminder replaces an unanswered one, which counts as missed', () => {
    const first = wake(state, moment(MONDAY('09:50'))).state;
    const step = wake(first, moment(MONDAY('10:40')));
    expect(step.show?.at).toBe(MONDAY('10:40'));
    expect(step.dismiss).toEqual([first.waiting]);
    expect(reminders(step).map((e) => e.outcome)).toEqual(['missed', 'shown']);
  });

  it('one at a time: when both kinds are due, the feeding reminder shows and movement is recorded as missed', () => {
    const both = { ...state, movementDueAt: MONDAY('12:00'), feedingDueAt: MONDAY('12:00') };
    const step = wake(both, moment(MONDAY('12:00')));
    expect(step.show?.kind).toBe('feeding');
    expect(reminders(step)).toEqual([
      { type: 'reminder', at: MONDAY('12:00'), kind: 'movement', outcome: 'missed' },
      { type: 'reminder', at: MONDAY('12:00'), kind: 'feeding', outcome: 'shown' },
    ]);
    expect(step.state.movementDueAt).toBe(MONDAY('12:50'));
  });

  it('the notification id belongs to the waiting reminder; older ids are stale', () => {
    const shown = wake(state, moment(MONDAY('09:50'))).state;
    expect(reminderForNotification(notificationId(shown.waiting!), shown)).toEqual(shown.waiting);
    expect(reminderForNotification(`reminder:movement:${MONDAY('09:00')}`, shown)).toBeNull();
    expect(reminderForNotification('junk', shown)).toBeNull();
    expect(reminderForNotification(notificationId(shown.waiting!), initialState())).toBeNull();
  });
});

describe('natural breaks and being away', () => {
  const state = started(MONDAY('09:00'));

  it('idle for the natural-break length restarts the movement countdown when the user is back', () => {
    const away = wake(state, moment(MONDAY('09:30'), { presence: 'idle' })).state;
    expect(away.awaySince).toBe(MONDAY('09:25'));
    const back = wake(away, moment(MONDAY('09:40')));
    expect(back.state.awaySince).toBeNull();
    expect(back.state.movementDueAt).toBe(MONDAY('10:30'));
    expect(back.show).toBeNull();
  });

  it('a brief lock is not a break: the countdown runs on', () => {
    const locked = wake(state, moment(MONDAY('09:30'), { presence: 'locked' })).state;
    const back = wake(locked, moment(MONDAY('09:32')));
    expect(back.state.movementDueAt).toBe(MONDAY('09:50'));
  });

  it('a reminder due while away is held, and shown once the user is back from a short absence', () => {
    const locked = wake(state, moment(MONDAY('09:48'), { presence: 'locked' })).state;
    const due = wake(locked, moment(MONDAY('09:50'), { presence: 'locked' }));
    expect(due.show).toBeNull();
    expect(wakeUps(due.state, MONDAY('09:50')).has('movement')).toBe(false); // the return wakes us, not a poll
    const back = wake(due.state, moment(MONDAY('09:51')));
    expect(back.show?.kind).toBe('movement');
  });

  it('a movement reminder held through a real break is skipped: the break was the movement', () => {
    const away = wake(state, moment(MONDAY('09:45'), { presence: 'idle' })).state;
    const held = wake(away, moment(MONDAY('09:50'), { presence: 'idle' })).state;
    const back = wake(held, moment(MONDAY('10:20')));
    expect(back.show).toBeNull();
    expect(reminders(back)).toEqual([{ type: 'reminder', at: MONDAY('10:20'), kind: 'movement', outcome: 'skipped' }]);
    expect(back.state.movementDueAt).toBe(MONDAY('11:10'));
  });

  it('a feeding reminder held while away is shown when the user is back', () => {
    const s = { ...state, feedingDueAt: MONDAY('09:40') };
    const away = wake(s, moment(MONDAY('09:35'), { presence: 'idle' })).state;
    const back = wake(wake(away, moment(MONDAY('09:40'), { presence: 'idle' })).state, moment(MONDAY('10:30')));
    expect(back.show?.kind).toBe('feeding');
  });

  it('after sleep: no burst — at most one reminder, then the schedule runs on from now', () => {
    const s = { ...state, movementDueAt: MONDAY('10:00'), feedingDueAt: MONDAY('11:00') };
    const step = wake(s, moment(MONDAY('15:00')));
    expect(step.show?.kind).toBe('feeding');
    expect(reminders(step).filter((e) => e.outcome === 'shown')).toHaveLength(1);
    expect(step.state.movementDueAt).toBe(MONDAY('15:50'));
    expect(step.state.feedingDueAt).toBe(MONDAY('18:00'));
  });

  it('after a night away, reminders from yesterday are missed, not shown in the morning', () => {
    const s = { ...state, movementDueAt: MONDAY('20:50'), feedingDueAt: MONDAY('19:00') };
    const step = wake(s, moment(at('2026-11-24T08:00')));
    expect(step.show).toBeNull();
    expect(reminders(step).map((e) => `${e.kind}:${e.outcome}`).sort()).toEqual(['feeding:missed', 'movement:skipped']);
    expect(step.state.movementDueAt).toBe(at('2026-11-24T08:50'));
  });
});

describe('pause and resume', () => {
  const state = started(MONDAY('09:00'));

  it.each([
    ['30m', MONDAY('09:30')],
    ['1h', MONDAY('10:00')],
    ['2h', MONDAY('11:00')],
    ['tomorrow', at('2026-11-24T07:00')],
  ] as const)('pause %s ends on its own at the right time', (preset, until) => {
    const paused = command(state, moment(MONDAY('09:00')), { type: 'pause', preset }).state;
    expect(paused.pausedUntil).toBe(until);
    expect(badgeFor(paused).kind).toBe('paused');
    expect(wakeUps(paused, MONDAY('09:00'))).toEqual(new Map([['pause-end', until]]));
    const ended = wake(paused, moment(until));
    expect(ended.state.pausedUntil).toBeNull();
    expect(ended.state.movementDueAt).toBe(until + 50 * MIN);
  });

  it('nothing shows while paused, and a waiting reminder is put away', () => {
    const shown = wake(state, moment(MONDAY('09:50'))).state;
    const paused = command(shown, moment(MONDAY('09:51')), { type: 'pause', preset: '2h' });
    expect(paused.state.waiting).toBeNull();
    expect(paused.dismiss).toHaveLength(1);
    expect(wake(paused.state, moment(MONDAY('10:45'))).show).toBeNull();
  });

  it('resume restarts the schedule from now; resume when not paused is refused', () => {
    const paused = command(state, moment(MONDAY('09:00')), { type: 'pause', preset: '2h' }).state;
    const resumed = command(paused, moment(MONDAY('09:20')), { type: 'resume' });
    expect(resumed.state.pausedUntil).toBeNull();
    expect(resumed.state.movementDueAt).toBe(MONDAY('10:10'));
    expect(command(state, moment(MONDAY('09:20')), { type: 'resume' }).refused).toBe('not-paused');
  });
});

describe('feeding mode', () => {
  const state = started(MONDAY('09:00'));
  const feeding = command(state, moment(MONDAY('09:10')), { type: 'start-feed', side: 'left' });

  it('starting a feed raises no reminder: the first posture check comes one check-in interval later', () => {
    expect(feeding.show).toBeNull();
    expect(feeding.state.waiting).toBeNull();
    expect(feeding.state.feed).toMatchObject({ side: 'left', startedAt: MONDAY('09:10'), nextCheckInAt: MONDAY('09:20'), checkIns: 0 });
    expect(feeding.state.lastFeedSide).toBe('left');
    const alarms = wakeUps(feeding.state, MONDAY('09:10'));
    expect([...alarms.keys()].sort()).toEqual(['checkin', 'feed-end']);
    expect(alarms.get('checkin')).toBe(MONDAY('09:20'));
    expect(wake(feeding.state, moment(MONDAY('09:19'))).show).toBeNull();
  });

  it('posture checks come every check-in interval with the next cue (the feed card had the first), idle or not', () => {
    const first = wake(feeding.state, moment(MONDAY('09:20'), { presence: 'idle' }));
    expect(first.show?.kind).toBe('checkin');
    expect(cueFor(first.show!, first.state)).toBe(CHECKIN_CUES[1 % CHECKIN_CUES.length]);
    expect(first.state.feed).toMatchObject({ nextCheckInAt: MONDAY('09:30'), checkIns: 1 });
    const second = wake(first.state, moment(MONDAY('09:30'), { presence: 'idle' }));
    expect(second.show?.kind).toBe('checkin');
    expect(cueFor(second.show!, second.state)).toBe(CHECKIN_CUES[2 % CHECKIN_CUES.length]);
    expect(second.state.feed?.nextCheckInAt).toBe(MONDAY('09:40'));
    // The movement reminder due at 09:50 does not come during the feed: only the next check-in does.
    expect(second.state.movementDueAt).toBe(MONDAY('09:50'));
    expect(wake(second.state, moment(MONDAY('09:50'))).show?.kind).toBe('checkin');
  });

  it('a posture check answered Done leaves the feed running', () => {
    const first = wake(feeding.state, moment(MONDAY('09:20')));
    const done = command(first.state, moment(MONDAY('09:21')), { type: 'done' });
    expect(done.state.waiting).toBeNull();
    expect(done.state.feed).toMatchObject({ side: 'left', nextCheckInAt: MONDAY('09:30') });
    expect(done.record).toContainEqual({ type: 'reminder', at: MONDAY('09:21'), kind: 'checkin', outcome: 'done' });
  });

  it('idle during a feed is not a natural break', () => {
    const idle = wake(feeding.state, moment(MONDAY('09:25'), { presence: 'idle' })).state;
    const back = wake(idle, moment(MONDAY('09:40')));
    expect(reminders(back).filter((e) => e.outcome === 'skipped')).toEqual([]);
  });

  it('ending a feed records it, brings the after-feed nudge and restarts movement from the feed’s end', () => {
    const checked = wake(feeding.state, moment(MONDAY('09:30'))).state;
    expect(checked.waiting?.kind).toBe('checkin');
    const ended = command(checked, moment(MONDAY('09:35')), { type: 'end-feed' });
    expect(ended.record).toContainEqual({ type: 'feed', at: MONDAY('09:35'), startedAt: MONDAY('09:10'), side: 'left', endedBy: 'user' });
    expect(ended.state.feed).toBeNull();
    expect(ended.state.waiting).toBeNull(); // the check-in has done its job
    expect(ended.state.afterFeedDueAt).toBe(MONDAY('09:35') + AFTER_FEED_DELAY_MIN * MIN);
    expect(ended.state.movementDueAt).toBe(MONDAY('10:25'));
    expect(ended.state.feedingDueAt).toBe(MONDAY('12:35'));
    const nudge = wake(ended.state, moment(MONDAY('09:37')));
    expect(nudge.show?.kind).toBe('after-feed');
  });

  it('ending with no feed running is refused', () => {
    expect(command(state, moment(MONDAY('09:35')), { type: 'end-feed' }).refused).toBe('no-feed');
  });

  it('starting again during a feed switches sides, not feeds', () => {
    const switched = command(feeding.state, moment(MONDAY('09:20')), { type: 'start-feed', side: 'right' });
    expect(switched.state.feed?.startedAt).toBe(MONDAY('09:10'));
    expect(switched.state.feed?.side).toBe('right');
    expect(switched.state.lastFeedSide).toBe('right');
  });

  it('a forgotten feed ends itself after the limit, recorded as such, with no nudge', () => {
    const limit = MONDAY('09:10') + FEED_AUTO_END_MIN * MIN;
    expect(wakeUps(feeding.state, MONDAY('09:10')).get('feed-end')).toBe(limit);
    const step = wake(feeding.state, moment(limit + 30 * MIN));
    expect(step.record).toContainEqual({ type: 'feed', at: limit, startedAt: MONDAY('09:10'), side: 'left', endedBy: 'auto' });
    expect(step.state.feed).toBeNull();
    expect(step.state.afterFeedDueAt).toBeNull();
  });

  it('a feeding-posture reminder waiting when a feed starts counts as done', () => {
    const s = wake({ ...state, feedingDueAt: MONDAY('09:30') }, moment(MONDAY('09:30'))).state;
    expect(s.waiting?.kind).toBe('feeding');
    const step = command(s, moment(MONDAY('09:31')), { type: 'start-feed', side: 'bottle' });
    expect(reminders(step)[0]).toMatchObject({ kind: 'feeding', outcome: 'done' });
  });
});

describe('settings changes', () => {
  const state = started(MONDAY('09:00'));

  it('a new interval moves the due time', () => {
    const step = settingsChanged(state, moment(MONDAY('09:10'), {}, { movementIntervalMin: 20 }), defaultSettings());
    expect(step.state.movementDueAt).toBe(MONDAY('09:30'));
    expect(step.state.feedingDueAt).toBe(state.feedingDueAt);
  });

  it('an unchanged value changes nothing', () => {
    const step = settingsChanged(state, moment(MONDAY('09:10')), defaultSettings());
    expect(step.state).toEqual(state);
    expect(step.record).toEqual([]);
  });

  it('switching a kind off drops its due time, and its wake-up', () => {
    const step = settingsChanged(state, moment(MONDAY('09:10'), {}, { feedingEnabled: false }), defaultSettings());
    expect(step.state.feedingDueAt).toBeNull();
    expect(wakeUps(step.state, MONDAY('09:10')).has('feeding')).toBe(false);
  });
});

describe('other commands', () => {
  const state = started(MONDAY('09:00'));

  it('a test reminder shows now and changes nothing else', () => {
    const step = command(state, moment(MONDAY('09:10')), { type: 'test-reminder' });
    expect(step.show).toMatchObject({ kind: 'movement', test: true });
    expect(notificationId(step.show!)).toMatch(/^test:/);
    expect(step.state).toEqual(state);
    expect(step.record).toEqual([]);
  });

  it('a finished drill is recorded', () => {
    const step = command(state, moment(MONDAY('09:10')), { type: 'drill-finished', durationSec: 60 });
    expect(step.record).toEqual([{ type: 'drill', at: MONDAY('09:10'), durationSec: 60 }]);
  });
});

describe('a simulated day with default settings', () => {
  it('wakes only for due times: wake-ups equal reminders shown plus snooze returns', () => {
    for (const answer of ['done', 'ignore', 'snooze-then-done'] as const) {
      const day = simulate(defaultSettings(), MONDAY('00:00'), at('2026-11-24T00:00'), answer);
      // Every wake-up shows a reminder (a snooze's return shows the reminder again): no idle ticks.
      expect(day.wakeUps).toBe(day.shown);
      expect(day.returns).toBe(answer === 'snooze-then-done' ? 2 : 0);
      for (const e of day.history) if (e.type === 'reminder' && e.outcome === 'shown') expect(isActive(defaultSettings(), e.at)).toBe(true);
    }
  });

  it('reports the figures: 16 movement and 4 feeding reminders when each is answered at once', () => {
    const day = simulate(defaultSettings(), MONDAY('00:00'), at('2026-11-24T00:00'));
    // Movement 07:50, 08:40 … 20:20; feeding 10:00, 13:00, 16:00, 19:00.
    expect(day.byAlarm).toEqual({ movement: 16, feeding: 4 });
    expect(day.wakeUps).toBe(20);
  });
});

const presenceArb = fc.constantFrom<Presence>('active', 'active', 'active', 'idle', 'locked');
const commandArb: fc.Arbitrary<Command> = fc.oneof(
  fc.constant({ type: 'done' } as const),
  fc.constant({ type: 'snooze' } as const),
  fc.constantFrom('30m', '1h', '2h', 'tomorrow').map((preset) => ({ type: 'pause', preset }) as Command),
  fc.constant({ type: 'resume' } as const),
  fc.constantFrom('left', 'right', 'bottle').map((side) => ({ type: 'start-feed', side }) as Command),
  fc.constant({ type: 'end-feed' } as const),
);
const eventArb = fc.record({
  gapMin: fc.integer({ min: 0, max: 600 }),
  presence: presenceArb,
  command: fc.option(commandArb, { freq: 3 }),
});

describe('properties over any sequence of events', () => {
  it('scheduled reminders only inside active hours, never while paused, one at a time; a pause always ends', () => {
    fc.assert(
      fc.property(fc.array(eventArb, { maxLength: 60 }), fc.integer({ min: 0, max: 1439 }), fc.integer({ min: 0, max: 1439 }), (events, start, end) => {
        fc.pre(start !== end);
        const settings = { activeStartMin: start, activeEndMin: end };
        let now = MONDAY('06:00');
        let state = initialState();
        for (const event of events) {
          now += event.gapMin * MIN;
          const m = moment(now, { presence: event.presence }, settings);
          const wasPaused = state.pausedUntil !== null && state.pausedUntil > now;
          const step = event.command ? command(state, m, event.command) : wake(state, m);
          if (step.show && (step.show.kind === 'movement' || step.show.kind === 'feeding')) {
            expect(isActive(m.settings, now)).toBe(true);
            expect(wasPaused && event.command?.type !== 'resume').toBe(false);
          }
          expect(step.record.filter((e) => e.type === 'reminder' && e.outcome === 'shown').length).toBeLessThanOrEqual(1);
          state = step.state;
          if (state.pausedUntil !== null) {
            expect(state.pausedUntil).toBeGreaterThan(now);
            expect(state.pausedUntil - now).toBeLessThanOrEqual(8 * 24 * 60 * MIN);
            expect(wakeUps(state, now).get('pause-end')).toBe(state.pausedUntil);
          }
          if (state.feed) expect(wakeUps(state, now).has('feed-end')).toBe(true);
        }
      }),
    );
  });
});
