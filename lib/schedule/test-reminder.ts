/**
 * What became of a test reminder, as the browser reported it — never what we hoped. The two browsers tell
 * different things:
 * - Chrome: `create()` resolves or rejects, and `getPermissionLevel()` says whether notifications are allowed
 *   at all. It has no `onShown`.
 * - Firefox: `create()` resolves even when nothing can show the notification; it then fires `onShown` when the
 *   notification appears, or `onClosed` at once when there is no notification service to show it. It has no
 *   `getPermissionLevel()`.
 */

/** Every answer the options page can give after "Send a test reminder". */
export const TEST_REMINDER_RESULTS = ['shown', 'closed-at-once', 'refused', 'permission-denied', 'no-answer'] as const;
export type TestReminderResult = (typeof TEST_REMINDER_RESULTS)[number];

/** What the browser said about one notification. */
export interface NotificationSignals {
  /** `create()` resolved. */
  created: boolean;
  /** Chrome's `getPermissionLevel()`; absent where the browser has no such call or it failed. */
  permission?: 'granted' | 'denied';
  /** Firefox: the first of `onShown` / `onClosed` for this notification, or `'none'` if neither came in time. */
  first?: 'shown' | 'closed' | 'none';
}

/**
 * The result the signals add up to. A denied permission explains everything else, so it wins; a rejected
 * `create()` is a refusal; on Firefox, a close before any show means nothing could show it, and silence means
 * we cannot say. A notification Chrome created with permission is shown as far as the browser knows (the
 * operating system may still hide it: the badge and the popup carry reminders anyway).
 */
export function testReminderResult(signals: NotificationSignals): TestReminderResult {
  if (signals.permission === 'denied') return 'permission-denied';
  if (!signals.created) return 'refused';
  if (signals.first === 'closed') return 'closed-at-once';
  if (signals.first === 'none') return 'no-answer';
  return 'shown';
}
