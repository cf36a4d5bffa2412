/**
 * Commands the popup and options page send to the background, and its replies. The background owns the
 * engine state and the history: pages never write them themselves (an import or "Delete all data" is a
 * command too, so it is ordered with everything else the background does).
 *
 * Every command type has its schema here, checked at the boundary before anything runs: a malformed
 * command (a missing or NaN field, an unknown preset or side, a huge number, a string duration) is refused
 * with its reason and changes nothing.
 */
import { historyList, type HistoryEntry } from '../history/history';
import { completeSettings, type Settings } from '../settings/settings';
import { isRecord, number, object, oneOf, pass, refuse, variant, type Check, type Checked, type Problem } from '../spec';
import { FEED_SIDES, PAUSE_PRESETS, type FeedSide, type PausePreset } from '../vocabulary';
import type { TestReminderResult } from './test-reminder';

export type Command =
  | { type: 'done' }
  | { type: 'snooze' }
  | { type: 'pause'; preset: PausePreset }
  | { type: 'resume' }
  | { type: 'start-feed'; side: FeedSide }
  | { type: 'end-feed' }
  | { type: 'test-reminder' }
  | { type: 'drill-finished'; durationSec: number }
  /** Replaces the settings and merges the history (a checked import file's contents). */
  | { type: 'import'; settings: Settings; history: HistoryEntry[] }
  /** Deletes settings, schedule and history, and starts a fresh schedule. */
  | { type: 'delete-all' };

export type CommandType = Command['type'];

/** The commands the engine decides (lib/schedule/engine.ts); the others change storage as a whole. */
export type EngineCommand = Exclude<Command, { type: 'import' | 'delete-all' }>;

/** `added`: for an import, how many of its entries were new here. */
/** `added`: history entries an import added; `test`: what the browser reported for a test reminder. */
export type CommandReply = { ok: true; added?: number; test?: TestReminderResult } | { ok: false; problem: Problem };

/** A drill is a minute or two; the longest the settings allow is well under this (s). */
const MAX_DRILL_SEC = 60 * 60;

/** The schema of each command type, checked against the clock `now` (an import's dates). */
function commandChecks(now: number): Record<CommandType, Check<Command>> {
  const bare = <T extends CommandType>(type: T) => object({ type: oneOf([type]) }) as Check<Command>;
  return {
    done: bare('done'),
    snooze: bare('snooze'),
    resume: bare('resume'),
    'end-feed': bare('end-feed'),
    'test-reminder': bare('test-reminder'),
    'delete-all': bare('delete-all'),
    pause: object({ type: oneOf(['pause'] as const), preset: oneOf(PAUSE_PRESETS) }),
    'start-feed': object({ type: oneOf(['start-feed'] as const), side: oneOf(FEED_SIDES) }),
    'drill-finished': object({ type: oneOf(['drill-finished'] as const), durationSec: number(0, MAX_DRILL_SEC, false) }),
    import: object({ type: oneOf(['import'] as const), settings: completeSettings, history: historyList(now) }) as Check<Command>,
  };
}

const COMMAND_TYPES = Object.keys(commandChecks(0)) as CommandType[];

/** True for a message meant for the background (a known `type`); anything else belongs to someone else. */
export function isCommandMessage(message: unknown): boolean {
  return isRecord(message) && COMMAND_TYPES.includes(message.type as CommandType);
}

/** Checks a message against its command type's schema. Never throws. */
export function parseCommand(message: unknown, now: number): Checked<Command> {
  if (!isCommandMessage(message)) return refuse('not-a-command', 'type');
  const result = variant('type', commandChecks(now))(message);
  return result.ok ? pass(result.value) : result;
}

/** A refusal as a reply. */
export const refusal = (problem: Problem): CommandReply => ({ ok: false, problem });
