import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  HISTORY_FUTURE_SLACK_MS,
  HISTORY_MAX_AGE_DAYS,
  HISTORY_MAX_ENTRIES,
  appendHistory,
  mergeHistory, countBetween, countToday, parseHistory, parseHistoryEntry, type HistoryEntry } from '../../lib/history/history';

const DAY = 24 * 60 * 60_000;
const T = new Date('2026-11-23T12:00').getTime(); // local time (Europe/Berlin in this suite)

const entryArb: fc.Arbitrary<HistoryEntry> = fc.oneof(
  fc.record({
    type: fc.constant('reminder' as const),
    at: fc.integer({ min: T - 100 * DAY, max: T }),
    kind: fc.constantFrom('movement', 'feeding', 'checkin', 'after-feed' as const),
    outcome: fc.constantFrom('shown', 'done', 'snoozed', 'missed', 'skipped' as const),
  }),
  fc.record({ type: fc.constant('drill' as const), at: fc.integer({ min: T - 100 * DAY, max: T }), durationSec: fc.integer({ min: 0, max: 600 }) }),
  fc.record({
    type: fc.constant('feed' as const),
    at: fc.integer({ min: T - 100 * DAY, max: T }),
    startedAt: fc.integer({ min: T - 101 * DAY, max: T }),
    side: fc.constantFrom('left', 'right', 'bottle' as const),
    endedBy: fc.constantFrom('user', 'auto' as const),
  }),
);

describe('parseHistoryEntry', () => {
  it.each([
    ['a reminder', { type: 'reminder', at: T, kind: 'movement', outcome: 'done' }, true],
    ['a drill', { type: 'drill', at: T, durationSec: 60 }, true],
    ['a feed', { type: 'feed', at: T, startedAt: T - 600_000, side: 'bottle', endedBy: 'auto' }, true],
    ['an unknown type', { type: 'nap', at: T }, false],
    ['a reminder of an unknown kind', { type: 'reminder', at: T, kind: 'nap', outcome: 'done' }, false],
    ['an unknown outcome', { type: 'reminder', at: T, kind: 'movement', outcome: 'maybe' }, false],
    ['a time that is a string', { type: 'drill', at: '12:00', durationSec: 60 }, false],
    ['a negative duration', { type: 'drill', at: T, durationSec: -1 }, false],
    ['a feed ended by someone unknown', { type: 'feed', at: T, startedAt: T, side: 'left', endedBy: 'cat' }, false],
    ['null', null, false],
    ['a string', 'drill', false],
  ])('%s', (_, raw, valid) => {
    expect(parseHistoryEntry(raw) !== null).toBe(valid);
  });
});

describe('parseHistory', () => {
  it('drops what is not an entry, keeps the rest in time order', () => {
    const a = { type: 'drill', at: T, durationSec: 60 };
    const b = { type: 'drill', at: T - 1000, durationSec: 30 };
    expect(parseHistory([a, 'junk', null, { type: 'x' }, b], T)).toEqual([b, a]);
  });

  it('anything that is not a list is an empty history', () => {
    fc.assert(fc.property(fc.anything(), (raw) => void expect(Array.isArray(parseHistory(raw, T))).toBe(true)));
    expect(parseHistory({ 0: 'a' }, T)).toEqual([]);
  });
});

describe('appendHistory', () => {
  it('drops entries older than the age cap', () => {
    const old: HistoryEntry = { type: 'drill', at: T - (HISTORY_MAX_AGE_DAYS + 1) * DAY, durationSec: 60 };
    const recent: HistoryEntry = { type: 'drill', at: T - DAY, durationSec: 60 };
    expect(appendHistory([old, recent], [], T)).toEqual([recent]);
  });

  it('properties: sorted, never over the cap, the newest kept, nothing new lost while under the cap', () => {
    fc.assert(
      fc.property(fc.array(entryArb, { maxLength: 200 }), fc.array(entryArb, { maxLength: 20 }), (stored, added) => {
        const result = appendHistory(stored, added, T);
        expect(result.length).toBeLessThanOrEqual(HISTORY_MAX_ENTRIES);
        for (let i = 1; i < result.length; i++) expect(result[i]!.at).toBeGreaterThanOrEqual(result[i - 1]!.at);
        const fresh = added.filter((e) => e.at >= T - HISTORY_MAX_AGE_DAYS * DAY);
        for (const e of fresh) expect(result).toContainEqual(e);
      }),
    );
  });

  it('over the entry cap, the oldest go first', () => {
    const many: HistoryEntry[] = Array.from({ length: HISTORY_MAX_ENTRIES + 10 }, (_, i) => ({ type: 'drill', at: T - DAY + i, durationSec: 1 }));
    const result = appendHistory(many, [], T);
    expect(result).toHaveLength(HISTORY_MAX_ENTRIES);
    expect(result[0]).toEqual(many[10]);
  });
});

describe('history dated in the future', () => {
  const drill = (at: number): HistoryEntry => ({ type: 'drill', at, durationSec: 60 });
  const future = Array.from({ length: HISTORY_MAX_ENTRIES }, (_, i) => drill(T + 365 * DAY + i));

  it('drops entries dated beyond now plus the slack on read, and keeps those within it', () => {
    const soon = drill(T + HISTORY_FUTURE_SLACK_MS);
    const tooFar = drill(T + HISTORY_FUTURE_SLACK_MS + 1);
    expect(parseHistory([drill(T), soon, tooFar], T)).toEqual([drill(T), soon]);
  });

  it('a finished drill is kept even when the stored history is full of entries dated next year', () => {
    expect(appendHistory(future, [drill(T)], T)).toEqual([drill(T)]);
  });

  it('a fresh entry is kept even when the history is full of entries just within the slack', () => {
    const soon = Array.from({ length: HISTORY_MAX_ENTRIES }, (_, i) => drill(T + 1 + i));
    const result = appendHistory(soon, [drill(T)], T);
    expect(result).toHaveLength(HISTORY_MAX_ENTRIES);
    expect(result).toContainEqual(drill(T));
  });

  it('merging drops entries dated beyond the slack', () => {
    expect(mergeHistory([drill(T - 1)], [...future.slice(0, 3), drill(T)], T)).toEqual({ history: [drill(T - 1), drill(T)], added: 1 });
  });
});

describe('counting a day', () => {
  const entries: HistoryEntry[] = [
    { type: 'reminder', at: T, kind: 'movement', outcome: 'done' },
    { type: 'reminder', at: T, kind: 'after-feed', outcome: 'done' },
    { type: 'reminder', at: T, kind: 'movement', outcome: 'snoozed' },
    { type: 'reminder', at: T, kind: 'movement', outcome: 'missed' },
    { type: 'reminder', at: T, kind: 'movement', outcome: 'skipped' },
    { type: 'reminder', at: T, kind: 'movement', outcome: 'shown' },
    { type: 'reminder', at: T, kind: 'feeding', outcome: 'done' },
    { type: 'drill', at: T, durationSec: 60 },
    { type: 'feed', at: T, startedAt: T - 600_000, side: 'left', endedBy: 'user' },
    { type: 'drill', at: T - DAY, durationSec: 60 }, // yesterday
  ];

  it('counts what the day recorded: movement breaks (with after-feed nudges), drills, feeds', () => {
    expect(countToday(entries, T)).toEqual({ movementDone: 2, movementSnoozed: 1, movementMissed: 2, drills: 1, feeds: 1 });
  });

  it('a day is local midnight to midnight, also on the day the clocks change (23 h)', () => {
    const dstDay = new Date('2026-03-29T12:00').getTime();
    const justAfterMidnight = new Date('2026-03-29T00:01').getTime();
    const lateEvening = new Date('2026-03-29T23:59').getTime();
    const drills: HistoryEntry[] = [justAfterMidnight, lateEvening].map((at) => ({ type: 'drill', at, durationSec: 60 }));
    expect(countToday(drills, dstDay).drills).toBe(2);
    expect(countBetween(drills, justAfterMidnight + 1, lateEvening).drills).toBe(0);
  });
});
