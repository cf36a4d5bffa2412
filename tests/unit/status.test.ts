import { describe, expect, it } from 'vitest';
import { defaultSettings, type Settings } from '../../lib/settings/settings';
import { initialState, type EngineState } from '../../lib/schedule/state';
import { minutesUntil, statusFor } from '../../lib/schedule/status';

const MIN = 60_000;
/** Tuesday 10 June 2025, 14:00 local time: inside the default active hours. */
const NOW = new Date(2025, 5, 10, 14, 0).getTime();

const state = (patch: Partial<EngineState> = {}): EngineState => ({ ...initialState(), ...patch });
const settings = (patch: Partial<Settings> = {}): Settings => ({ ...defaultSettings(), ...patch });

describe('minutesUntil', () => {
  it.each([
    [NOW + 23 * MIN, 23],
    [NOW + 22 * MIN + 1, 23],
    [NOW + 1, 1],
    [NOW, 0],
    [NOW - 5 * MIN, 0],
  ])('rounds up to whole minutes and never goes below zero (%#)', (at, minutes) => {
    expect(minutesUntil(at, NOW)).toBe(minutes);
  });
});

describe('statusFor: the status line', () => {
  it('shows the next movement and feeding times', () => {
    const s = statusFor(state({ movementDueAt: NOW + 23 * MIN, feedingDueAt: NOW + 30 * MIN }), settings(), NOW);
    expect(s.line).toEqual({
      kind: 'upcoming',
      items: [
        { kind: 'movement', at: NOW + 23 * MIN, minutes: 23 },
        { kind: 'feeding', at: NOW + 30 * MIN, minutes: 30 },
      ],
    });
    expect(s.waiting).toBeNull();
    expect(s.feed).toBeNull();
  });

  it('leaves out a kind that is switched off, even if a due time is left in state', () => {
    const s = statusFor(state({ movementDueAt: NOW + MIN, feedingDueAt: NOW + 2 * MIN }), settings({ feedingEnabled: false }), NOW);
    expect(s.line).toEqual({ kind: 'upcoming', items: [{ kind: 'movement', at: NOW + MIN, minutes: 1 }] });
  });

  it('holds the movement reminder back during a feed but keeps the after-feed nudge and feeding check', () => {
    const feed = { side: 'left' as const, startedAt: NOW - 5 * MIN, nextCheckInAt: NOW + 5 * MIN, checkIns: 1 };
    const s = statusFor(state({ feed, movementDueAt: NOW + MIN, feedingDueAt: NOW + 100 * MIN }), settings(), NOW);
    expect(s.line).toEqual({ kind: 'upcoming', items: [{ kind: 'feeding', at: NOW + 100 * MIN, minutes: 100 }] });
    const after = statusFor(state({ afterFeedDueAt: NOW + 2 * MIN, movementDueAt: NOW + 50 * MIN }), settings(), NOW);
    expect(after.line).toMatchObject({ kind: 'upcoming', items: [{ kind: 'after-feed', minutes: 2 }, { kind: 'movement', minutes: 50 }] });
  });

  it('names the two soonest things, soonest first', () => {
    const s = statusFor(state({ afterFeedDueAt: NOW + 40 * MIN, movementDueAt: NOW + 50 * MIN, feedingDueAt: NOW + 20 * MIN }), settings(), NOW);
    expect(s.line).toMatchObject({ kind: 'upcoming', items: [{ kind: 'feeding', minutes: 20 }, { kind: 'after-feed', minutes: 40 }] });
  });

  it('says a due time that has just passed is due now (0 minutes), not negative', () => {
    const s = statusFor(state({ movementDueAt: NOW - 10_000 }), settings({ feedingEnabled: false }), NOW);
    expect(s.line).toEqual({ kind: 'upcoming', items: [{ kind: 'movement', at: NOW - 10_000, minutes: 0 }] });
  });

  it('says paused until when, over everything else', () => {
    const s = statusFor(
      state({ pausedUntil: NOW + 60 * MIN, movementDueAt: NOW + MIN, snoozed: { kind: 'movement', until: NOW + 5 * MIN } }),
      settings({ activeDays: [] }),
      NOW,
    );
    expect(s.line).toEqual({ kind: 'paused', until: NOW + 60 * MIN });
  });

  it('ignores a pause that has already ended', () => {
    const s = statusFor(state({ pausedUntil: NOW - 1, movementDueAt: NOW + MIN }), settings({ feedingEnabled: false }), NOW);
    expect(s.line.kind).toBe('upcoming');
  });

  it('shows a snoozed reminder coming back', () => {
    const s = statusFor(state({ snoozed: { kind: 'movement', until: NOW + 5 * MIN }, feedingDueAt: NOW + 60 * MIN }), settings(), NOW);
    expect(s.line).toEqual({ kind: 'snoozed', reminder: 'movement', until: NOW + 5 * MIN, minutes: 5 });
  });

  it('ignores a snooze that has run out', () => {
    const s = statusFor(state({ snoozed: { kind: 'movement', until: NOW }, movementDueAt: NOW + MIN }), settings({ feedingEnabled: false }), NOW);
    expect(s.line.kind).toBe('upcoming');
  });

  it('says plainly when no day is active', () => {
    const s = statusFor(state({ movementDueAt: NOW + MIN }), settings({ activeDays: [] }), NOW);
    expect(s.line).toEqual({ kind: 'no-days' });
  });

  it('says when both reminder kinds are off', () => {
    const s = statusFor(state({ movementDueAt: NOW + MIN }), settings({ movementEnabled: false, feedingEnabled: false }), NOW);
    expect(s.line).toEqual({ kind: 'all-off' });
  });

  it('says when active hours start again when nothing is pending outside them', () => {
    const night = new Date(2025, 5, 10, 22, 30).getTime();
    const s = statusFor(state(), settings(), night);
    expect(s.line).toEqual({ kind: 'outside-hours', resumesAt: new Date(2025, 5, 11, 7, 0).getTime() });
  });

  it('finds the next active day when tomorrow is not one', () => {
    // Tuesday evening; only Thursdays active.
    const night = new Date(2025, 5, 10, 22, 30).getTime();
    const s = statusFor(state(), settings({ activeDays: [4] }), night);
    expect(s.line).toEqual({ kind: 'outside-hours', resumesAt: new Date(2025, 5, 12, 7, 0).getTime() });
  });

  it('says nothing is scheduled inside active hours when the engine has nothing pending', () => {
    expect(statusFor(state(), settings(), NOW).line).toEqual({ kind: 'nothing' });
  });
});

describe('statusFor: waiting reminder and running feed', () => {
  it('passes the waiting reminder through', () => {
    const waiting = { kind: 'movement' as const, at: NOW - MIN, tipId: 'lift-hip-hinge', notified: false };
    expect(statusFor(state({ waiting }), settings(), NOW).waiting).toEqual(waiting);
  });

  it('reports the running feed with its elapsed whole seconds', () => {
    const feed = { side: 'right' as const, startedAt: NOW - 12 * MIN - 5_900, nextCheckInAt: NOW + 3 * MIN, checkIns: 2 };
    expect(statusFor(state({ feed }), settings(), NOW).feed).toEqual({
      side: 'right',
      startedAt: feed.startedAt,
      elapsedSec: 12 * 60 + 5,
      nextCheckInAt: NOW + 3 * MIN,
    });
  });

  it('never reports a negative feed time when the clock is behind the start', () => {
    const feed = { side: 'bottle' as const, startedAt: NOW + 5_000, nextCheckInAt: NOW + 10 * MIN, checkIns: 0 };
    expect(statusFor(state({ feed }), settings(), NOW).feed?.elapsedSec).toBe(0);
  });
});
