/**
 * Runs the engine through a stretch of time the way the background would: it wakes only at the alarms the
 * engine asked for, and the simulated user answers each reminder at once. Used to count the background's
 * wake-ups (the benchmark) and to test the schedule end to end without a browser.
 */
import { command, wake, wakeUps, type Moment, type Step } from '../../lib/schedule/engine';
import type { HistoryEntry } from '../../lib/history/history';
import type { Settings } from '../../lib/settings/settings';
import { initialState, type EngineState } from '../../lib/schedule/state';
import type { HoldReason } from '../../lib/vocabulary';

export type Answer = 'done' | 'snooze-then-done' | 'ignore';

export interface Simulation {
  /** Alarm firings, each one a service-worker wake-up. */
  wakeUps: number;
  /** Wake-ups by alarm name. */
  byAlarm: Record<string, number>;
  /** Reminders shown (notifications). */
  shown: number;
  /** Snooze and pause-end wake-ups (those that come back after the user asked them to). */
  returns: number;
  /** Wake-ups that showed nothing because a reminder was held (fullscreen, sound): the due time and the re-checks. */
  holds: number;
  history: HistoryEntry[];
  state: EngineState;
}

/**
 * `presenting`: what the shell would report at each moment (a fullscreen window, a tab playing sound); nothing
 * by default.
 */
export function simulate(
  settings: Settings,
  from: number,
  to: number,
  answer: Answer = 'done',
  presenting: (now: number) => HoldReason | null = () => null,
): Simulation {
  const at = (now: number): Moment => ({ settings, now, presence: 'active', presenting: presenting(now), pick: 0.5 });
  const result: Simulation = { wakeUps: 0, byAlarm: {}, shown: 0, returns: 0, holds: 0, history: [], state: initialState() };
  const snoozedOnce = new Set<string>();

  const apply = (step: Step, now: number) => {
    result.state = step.state;
    result.history.push(...step.record);
    if (!step.show) return;
    result.shown += 1;
    if (answer === 'ignore') return;
    const snooze = answer === 'snooze-then-done' && !snoozedOnce.has(step.show.kind);
    if (snooze) snoozedOnce.add(step.show.kind);
    apply(command(result.state, at(now), { type: snooze ? 'snooze' : 'done' }), now);
  };

  apply(wake(result.state, at(from)), from); // the background starts
  let clock = from;
  for (;;) {
    const next = [...wakeUps(result.state, clock)].reduce<[string, number] | null>(
      (soonest, alarm) => (!soonest || alarm[1] < soonest[1] ? alarm : soonest),
      null,
    );
    if (!next || next[1] > to) break;
    const [name, when] = next;
    clock = when;
    result.wakeUps += 1;
    result.byAlarm[name] = (result.byAlarm[name] ?? 0) + 1;
    if (name === 'snooze' || name === 'pause-end') result.returns += 1;
    const wasHeld = result.state.held !== null;
    const step = wake(result.state, at(when));
    if (!step.show && (wasHeld || step.state.held)) result.holds += 1;
    apply(step, when);
  }
  return result;
}
