/**
 * Commands the popup and options page send to the background, and its replies. The background owns the
 * engine state: pages never write it themselves.
 */
import type { FeedSide, PausePreset } from '../vocabulary';
import type { TestReminderResult } from './test-reminder';

export type Command =
  | { type: 'done' }
  | { type: 'snooze' }
  | { type: 'pause'; preset: PausePreset }
  | { type: 'resume' }
  | { type: 'start-feed'; side: FeedSide }
  | { type: 'end-feed' }
  | { type: 'test-reminder' }
  | { type: 'drill-finished'; durationSec: number };

/** `test`: what the browser reported for a test reminder (lib/schedule/test-reminder.ts). */
export type CommandReply = { ok: true; test?: TestReminderResult } | { ok: false; error: string };

const COMMAND_TYPES = new Set<Command['type']>([
  'done', 'snooze', 'pause', 'resume', 'start-feed', 'end-feed', 'test-reminder', 'drill-finished',
]);

/** Narrows an incoming runtime message to a command; anything else (other senders, junk) is refused. */
export function isCommand(message: unknown): message is Command {
  return (
    typeof message === 'object' &&
    message !== null &&
    COMMAND_TYPES.has((message as { type?: unknown }).type as Command['type'])
  );
}
