import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { initialState, parseState, type EngineState } from '../../lib/schedule/state';

const T = new Date('2026-11-23T09:00').getTime();

const validState: EngineState = {
  movementDueAt: T + 50 * 60_000,
  feedingDueAt: T + 180 * 60_000,
  snoozed: { kind: 'movement', until: T + 5 * 60_000 },
  waiting: { kind: 'feeding', at: T, tipId: 'feed-pillow-mid-back', notified: false },
  pausedUntil: null,
  pausedAt: null,
  held: { by: 'fullscreen', since: T - 120_000 },
  awaySince: T - 60_000,
  feed: { side: 'right', startedAt: T - 600_000, nextCheckInAt: T, checkIns: 2 },
  lastFeedSide: 'left',
  afterFeedDueAt: null,
  recentTipIds: ['a', 'b'],
};

describe('parseState', () => {
  it('keeps a valid state exactly', () => {
    expect(parseState(structuredClone(validState))).toEqual(validState);
  });

  it('keeps a running pause with the moment it was asked for', () => {
    const paused = { ...validState, pausedUntil: T + 3_600_000, pausedAt: T };
    expect(parseState(structuredClone(paused))).toEqual(paused);
  });

  it.each([
    ['nothing stored', undefined],
    ['null', null],
    ['a string', 'state'],
    ['an array', [1, 2]],
    ['a number', 42],
  ])('starts afresh from %s', (_, raw) => {
    expect(parseState(raw)).toEqual(initialState());
  });

  it.each([
    ['a due time that is a string', { movementDueAt: '10:00' }, { movementDueAt: null }],
    ['a negative due time', { feedingDueAt: -5 }, { feedingDueAt: null }],
    ['NaN', { pausedUntil: Number.NaN }, { pausedUntil: null }],
    ['Infinity', { awaySince: Number.POSITIVE_INFINITY }, { awaySince: null }],
    ['an unknown reminder kind', { waiting: { kind: 'stretch', at: T, tipId: 'x', notified: true } }, { waiting: null }],
    ['a snooze without an end', { snoozed: { kind: 'movement' } }, { snoozed: null }],
    ['a feed on an unknown side', { feed: { side: 'middle', startedAt: T, nextCheckInAt: T, checkIns: 0 } }, { feed: null }],
    ['a feed with a broken count', { feed: { side: 'left', startedAt: T, nextCheckInAt: T, checkIns: -1 } }, { feed: { side: 'left', startedAt: T, nextCheckInAt: T, checkIns: 0 } }],
    ['recent tips with junk', { recentTipIds: ['a', 3, null, 'b'] }, { recentTipIds: ['a', 'b'] }],
    ['an unknown last side', { lastFeedSide: 'up' }, { lastFeedSide: null }],
    ['a pause’s request time without a pause', { pausedAt: T }, { pausedAt: null }],
  ])('repairs %s and keeps the rest', (_, broken, repaired) => {
    expect(parseState({ ...validState, ...broken })).toEqual({ ...validState, ...repaired });
  });

  it('never throws, and always gives a state whose every time is a finite number or null', () => {
    fc.assert(
      fc.property(fc.anything(), (raw) => {
        const state = parseState(raw);
        for (const key of ['movementDueAt', 'feedingDueAt', 'pausedUntil', 'awaySince', 'afterFeedDueAt'] as const) {
          const value = state[key];
          expect(value === null || (Number.isFinite(value) && value >= 0)).toBe(true);
        }
        expect(Array.isArray(state.recentTipIds)).toBe(true);
      }),
    );
  });
});
