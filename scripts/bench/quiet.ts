/**
 * Background quiet: one simulated Monday (local time, 00:00 → 24:00) through the engine's pure core
 * (tests/support/simulate.ts) with default settings, for three ways of answering. Every alarm firing is one
 * service-worker wake-up; a quiet background wakes only to show a new reminder or to bring one back (a snooze
 * or a pause ending — which shows the reminder again).
 *
 * Usage: vite-node scripts/bench/quiet.ts [out.json]
 */
import { writeFileSync } from 'node:fs';
import { defaultSettings } from '../../lib/settings/settings';
import { simulate, type Answer } from '../../tests/support/simulate';

export interface QuietRow {
  answer: Answer;
  /** Alarm firings. */
  wakeUps: number;
  /** Notifications shown, returns included. */
  shown: number;
  /** Snooze and pause-end wake-ups. */
  returns: number;
  /** Reminders shown for the first time: shown − returns. */
  fresh: number;
  /** Wake-ups that showed nothing because a reminder was held (its due time, then a look every 2 min). */
  holds: number;
  byAlarm: Record<string, number>;
  /** wakeUps === fresh + returns + holds: no wake-up that does nothing else. */
  quiet: boolean;
  /** The day's scenario: `fullscreen` holds a two-hour presentation, 14:00–16:00. */
  scenario: 'plain' | 'fullscreen';
}

const ANSWERS: Answer[] = ['done', 'ignore', 'snooze-then-done'];

export function quietDay(): { day: string; rows: QuietRow[] } {
  const start = new Date(2026, 0, 5); // Monday 5 January 2026, 00:00 local: the same day on every run
  if (start.getDay() !== 1) throw new Error('the simulated day is not a Monday');
  const end = new Date(start);
  end.setDate(end.getDate() + 1); // 24:00 local, even across a clock change
  const presentation = [new Date(start).setHours(14), new Date(start).setHours(16)] as const;
  const fullscreen = (now: number) => (now >= presentation[0] && now < presentation[1] ? ('fullscreen' as const) : null);
  const row = (answer: Answer, scenario: QuietRow['scenario']): QuietRow => {
    const run = simulate(defaultSettings(), start.getTime(), end.getTime(), answer, scenario === 'fullscreen' ? fullscreen : undefined);
    const fresh = run.shown - run.returns;
    return {
      answer,
      scenario,
      wakeUps: run.wakeUps,
      shown: run.shown,
      returns: run.returns,
      fresh,
      holds: run.holds,
      byAlarm: run.byAlarm,
      quiet: run.wakeUps === fresh + run.returns + run.holds,
    };
  };
  const rows = [...ANSWERS.map((answer) => row(answer, 'plain')), row('done', 'fullscreen')];
  return { day: start.toDateString(), rows };
}

const result = quietDay();
const out = process.argv[2];
if (out) writeFileSync(out, JSON.stringify(result, null, 2));
else console.log(JSON.stringify(result, null, 2));
