/**
 * Properties of the engine over any run of events — the clock jumping forward and back, any time zone, any
 * settings (changed mid-way too), the user coming and going, every command — checked after every step.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { isActive } from '../../lib/schedule/active-hours';
import { command, settingsChanged, wake, wakeUps, type Moment, type Presence, type Step } from '../../lib/schedule/engine';
import type { EngineCommand as Command } from '../../lib/schedule/commands';
import { appendHistory, HISTORY_MAX_AGE_DAYS, type HistoryEntry } from '../../lib/history/history';
import { defaultSettings, type Settings, type Weekday } from '../../lib/settings/settings';
import { initialState } from '../../lib/schedule/state';

const MIN = 60_000;
const DAY = 24 * 60 * MIN;
const SUITE_ZONE = process.env.TZ;
afterEach(() => {
  process.env.TZ = SUITE_ZONE; // Node reads TZ afresh on every change
});

const ZONES = [
  'Europe/Berlin',
  'America/New_York',
  'America/St_Johns', // half-hour offset and DST
  'Asia/Kolkata',
  'Australia/Lord_Howe', // a half-hour DST shift
  'Pacific/Kiritimati', // UTC+14
  'Pacific/Pago_Pago', // UTC−11
  'UTC',
];

const settingsArb: fc.Arbitrary<Settings> = fc
  .record({
    movementEnabled: fc.boolean(),
    movementIntervalMin: fc.integer({ min: 10, max: 240 }),
    feedingEnabled: fc.boolean(),
    feedingIntervalMin: fc.integer({ min: 30, max: 480 }),
    feedCheckInMin: fc.integer({ min: 5, max: 30 }),
    snoozeMin: fc.integer({ min: 1, max: 60 }),
    naturalBreakMin: fc.integer({ min: 1, max: 60 }),
    activeDays: fc.subarray<Weekday>([0, 1, 2, 3, 4, 5, 6]),
    activeStartMin: fc.integer({ min: 0, max: 1439 }),
    activeEndMin: fc.integer({ min: 0, max: 1439 }),
  })
  .filter((s) => s.activeStartMin !== s.activeEndMin)
  .map((s) => ({ ...defaultSettings(), ...s }));

const commandArb: fc.Arbitrary<Command> = fc.oneof(
  fc.constant({ type: 'done' } as const),
  fc.constant({ type: 'snooze' } as const),
  fc.constantFrom('30m', '1h', '2h', 'tomorrow').map((preset) => ({ type: 'pause', preset }) as Command),
  fc.constant({ type: 'resume' } as const),
  fc.constantFrom('left', 'right', 'bottle').map((side) => ({ type: 'start-feed', side }) as Command),
  fc.constant({ type: 'end-feed' } as const),
  fc.constant({ type: 'drill-finished', durationSec: 60 } as const),
);

/** A clock correction: usually none, sometimes minutes, hours or days, either way. */
const jumpArb = fc.oneof(
  { weight: 6, arbitrary: fc.constant(0) },
  { weight: 2, arbitrary: fc.integer({ min: -180, max: 180 }).map((m) => m * MIN) },
  { weight: 2, arbitrary: fc.integer({ min: -3 * DAY, max: 3 * DAY }) },
);

const eventArb = fc.record({
  /** Real time passing before the event: some minutes, or until the next alarm (as the browser wakes us). */
  gapMin: fc.oneof(fc.integer({ min: 0, max: 600 }), fc.constant('next-alarm' as const)),
  jump: jumpArb,
  presence: fc.constantFrom<Presence>('active', 'active', 'active', 'idle', 'locked'),
  action: fc.oneof(
    { weight: 4, arbitrary: fc.constant({ kind: 'wake' } as const) },
    { weight: 3, arbitrary: commandArb.map((cmd) => ({ kind: 'command', cmd }) as const) },
    { weight: 1, arbitrary: settingsArb.map((settings) => ({ kind: 'settings', settings }) as const) },
  ),
  /** Where, between this step and the next alarm, an extra wake-up lands (0–1). */
  probe: fc.double({ min: 0.01, max: 0.99, noNaN: true }),
});

const runArb = fc.record({
  zone: fc.constantFrom(...ZONES),
  settings: settingsArb,
  start: fc.integer({ min: new Date('2026-01-01T00:00Z').getTime(), max: new Date('2027-01-01T00:00Z').getTime() }),
  events: fc.array(eventArb, { minLength: 10, maxLength: 60 }),
});

const shownKinds = (step: Step) => step.record.filter((e) => e.type === 'reminder' && e.outcome === 'shown');

describe('the engine under any clock, zone, settings and commands', () => {
  it('keeps its promises after every step', () => {
    fc.assert(
      fc.property(runArb, ({ zone, settings: initial, start, events }) => {
        process.env.TZ = zone;
        let settings = initial;
        let real = start;
        let offset = 0; // the clock reads real + offset
        let state = initialState();
        let history: HistoryEntry[] = [];
        /** The pause being held: when it was asked for (by the clock then, and in real time), and its length. */
        let pause: { clock: number; real: number; length: number; offset: number; setBackSince: boolean } | null = null;

        for (const event of events) {
          offset += event.jump;
          if (event.gapMin !== 'next-alarm') real += event.gapMin * MIN;
          else {
            const alarms = [...wakeUps(state, real + offset).values()];
            if (alarms.length > 0) real = Math.min(...alarms) - offset;
          }
          const now = real + offset;
          if (pause && offset < pause.offset) pause.setBackSince = true;
          const previous = settings;
          if (event.action.kind === 'settings') settings = event.action.settings;
          const m: Moment = { settings, now, presence: event.presence, pick: 0.5 };
          const wasPaused = state.pausedUntil !== null && state.pausedUntil > now && (state.pausedAt ?? 0) <= now;
          const step =
            event.action.kind === 'command'
              ? command(state, m, event.action.cmd)
              : event.action.kind === 'settings'
                ? settingsChanged(state, m, previous)
                : wake(state, m);
          state = step.state;

          // At most one reminder per step, and the one shown is the one recorded.
          expect(shownKinds(step).length).toBeLessThanOrEqual(1);
          if (step.show && !step.show.test) expect(shownKinds(step)).toEqual([expect.objectContaining({ kind: step.show.kind, at: now })]);

          // Scheduled reminders, the after-feed nudge included, only inside active hours and never while paused.
          for (const e of shownKinds(step)) {
            if (e.type === 'reminder' && e.kind !== 'checkin') {
              expect(isActive(settings, now)).toBe(true);
              expect(wasPaused && !(event.action.kind === 'command' && event.action.cmd.type === 'resume')).toBe(false);
            }
          }

          // A pause never runs longer than its length from the request: seen from any moment, and in real time
          // when the clock was not set back meanwhile. A clock reading earlier than the request ends it.
          if (event.action.kind === 'command' && event.action.cmd.type === 'pause') {
            pause = { clock: now, real, length: state.pausedUntil! - now, offset, setBackSince: false };
          }
          if (state.pausedUntil === null) pause = null;
          if (state.pausedUntil !== null) {
            expect(state.pausedUntil).toBeGreaterThan(now);
            expect(wakeUps(state, now).get('pause-end')).toBe(state.pausedUntil);
            if (pause) {
              expect(now).toBeGreaterThanOrEqual(pause.clock);
              expect(state.pausedUntil - now).toBeLessThanOrEqual(pause.length);
              if (!pause.setBackSince) expect(state.pausedUntil - offset).toBeLessThanOrEqual(pause.real + pause.length);
            }
          }

          // A feed never starts in the future, its next check-in is at most one interval away, and it ends.
          if (state.feed) {
            expect(state.feed.startedAt).toBeLessThanOrEqual(now);
            expect(state.feed.nextCheckInAt).toBeLessThanOrEqual(now + settings.feedCheckInMin * MIN);
            expect(wakeUps(state, now).has('feed-end')).toBe(true);
          }

          // History never refuses a fresh entry.
          history = appendHistory(history, step.record, now);
          for (const e of step.record) if (e.at >= now - HISTORY_MAX_AGE_DAYS * DAY) expect(history).toContainEqual(e);

          // Nothing pending without an alarm: with the user here, a wake-up anywhere before the next alarm
          // shows nothing (while away, the return wakes the background).
          if (state.awaySince === null) {
            const alarms = [...wakeUps(state, now).values()];
            const next = alarms.length > 0 ? Math.min(...alarms) : now + 8 * DAY;
            const between = Math.floor(now + (next - now) * event.probe);
            if (between > now && between < next) {
              const probe = wake(state, { settings, now: between, presence: 'active', pick: 0.5 });
              expect(probe.show).toBeNull();
              expect(shownKinds(probe)).toEqual([]);
            }
          }
        }
      }),
      { numRuns: 100 },
    );
  }, 60_000);
});
