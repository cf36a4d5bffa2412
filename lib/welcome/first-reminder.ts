/**
 * The welcome's last line: when the first movement reminder will come, read from the schedule the engine
 * keeps (never computed a second way here, so the line cannot disagree with the alarm).
 */
import type { Settings } from '../settings/settings';
import type { EngineState } from '../schedule/state';

export type FirstReminder =
  /** Movement reminders are switched off. */
  | { kind: 'off' }
  /** On, but no active day is chosen, so nothing is scheduled. */
  | { kind: 'none' }
  /** Paused, or a feed is running: the schedule resumes on its own; `at` is when the pause ends, if paused. */
  | { kind: 'paused'; until: number }
  | { kind: 'feeding' }
  /** The first movement reminder comes at `at` (epoch ms). */
  | { kind: 'at'; at: number };

export function firstReminder(state: EngineState, settings: Pick<Settings, 'movementEnabled'>, now: number): FirstReminder {
  if (!settings.movementEnabled) return { kind: 'off' };
  if (state.pausedUntil !== null && state.pausedUntil > now) return { kind: 'paused', until: state.pausedUntil };
  if (state.feed) return { kind: 'feeding' };
  return state.movementDueAt === null ? { kind: 'none' } : { kind: 'at', at: state.movementDueAt };
}
