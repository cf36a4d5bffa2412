/**
 * What a click on a notification means: the decisions the background used to make itself. Chrome gives a
 * notification two buttons (Firefox none: its click opens the popup, which has both).
 */
import type { EngineCommand } from './commands';
import { reminderForNotification } from './engine';
import type { EngineState } from './state';

/** Notification ids of test reminders start with this (see `notificationId`). */
const TEST_PREFIX = 'test:';

/**
 * The command a notification button stands for: the first is "Done"; the second ends the feed on a check-in
 * and snoozes anything else. Null for a stale notification (answered elsewhere, from an earlier run, or a
 * test), which should just go.
 */
export function commandForButton(id: string, index: number, state: EngineState): EngineCommand | null {
  const reminder = reminderForNotification(id, state);
  if (!reminder) return null;
  if (index === 0) return { type: 'done' };
  return reminder.kind === 'checkin' ? { type: 'end-feed' } : { type: 'snooze' };
}

/** Whether a click on the notification opens the popup: for the waiting reminder or a test, not a stale one. */
export function clickOpensPopup(id: string, state: EngineState): boolean {
  return reminderForNotification(id, state) !== null || id.startsWith(TEST_PREFIX);
}
