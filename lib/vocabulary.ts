/**
 * The words the whole extension shares: the reminder kinds, how a reminder can end, the feed sides and the
 * pause presets. The bottom floor of `lib/`: it imports nothing, and every subject (settings, schedule, tips,
 * history, breathing) may import it, so no subject has to reach into another for a list.
 */

/** The reminders the engine can show. */
export const REMINDER_KINDS = ['movement', 'feeding', 'checkin', 'after-feed'] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

/** How a shown reminder ended, as recorded in the history. */
export const REMINDER_OUTCOMES = ['shown', 'done', 'snoozed', 'missed', 'skipped'] as const;
export type ReminderOutcome = (typeof REMINDER_OUTCOMES)[number];

/** The answers a person (or the engine, for `missed` and `skipped`) gives a waiting reminder. */
export type ReminderAnswer = Exclude<ReminderOutcome, 'shown'>;

/** Which breast a feed is on, or a bottle. */
export const FEED_SIDES = ['left', 'right', 'bottle'] as const;
export type FeedSide = (typeof FEED_SIDES)[number];

/** How a feed ended: by the person, or by the engine after its longest length. */
export const FEED_ENDINGS = ['user', 'auto'] as const;
export type FeedEnding = (typeof FEED_ENDINGS)[number];

/** What can hold a due reminder back while the user is at the computer: a fullscreen window, a tab playing sound. */
export const HOLD_REASONS = ['fullscreen', 'sound'] as const;
export type HoldReason = (typeof HOLD_REASONS)[number];

/** The pause lengths the popup offers; a pause always ends on its own. */
export const PAUSE_PRESETS = ['30m', '1h', '2h', 'tomorrow'] as const;
export type PausePreset = (typeof PAUSE_PRESETS)[number];
