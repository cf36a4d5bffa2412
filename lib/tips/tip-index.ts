/**
 * The tip library's index: what each tip is for, without its words. The chooser (lib/choose-tip.ts) needs only
 * this, so neither the background nor the popup carries words it will not show. The words live by consumer,
 * keyed by id: lib/tip-words/<group>.ts (title and body, loaded by group for the popup: see lib/tips.ts),
 * lib/tip-cues.ts (notification text, for the background) and lib/tip-notes.ts (the "why" and the source,
 * loaded when someone asks). The types hold every words file to exactly the ids of the index. The tips that
 * go with reminders are in reminder-tips.ts: the background loads only those.
 *
 * Conventions the chooser relies on:
 * - `stages` is left out unless a tip is wrong for some stage. A tip that leaves out 'early' is a progression
 *   (too much in the first six weeks) and is also held back while the stage is unknown.
 */
import { REMINDER_TIPS } from './reminder-tips';
import type { TipGroup, TipMeta } from './tip-model';

/** Tips for opening the popup at any moment, never with a reminder. */
const GENERAL_TIPS = [
  // desk
  { id: 'desk-screen-height', group: 'desk', kinds: 'general' },
  // lifting
  { id: 'lift-weekly-shop', group: 'lifting', kinds: 'general' },
  // breathing
  { id: 'breath-crunches-wait', group: 'breathing', kinds: 'general' },
  { id: 'breath-cylinder', group: 'breathing', kinds: 'general' },
  { id: 'breath-leaks-linked', group: 'breathing', kinds: 'general' },
  { id: 'breath-after-pregnancy', group: 'breathing', kinds: 'general' },
  { id: 'breath-new-habit', group: 'breathing', kinds: 'general' },
  // mobility
  { id: 'mob-not-stretching', group: 'mobility', kinds: 'general' },
  { id: 'mob-gentle-stretch', group: 'mobility', kinds: 'general', stages: ['early', 'rebuilding'] },
  // strength
  { id: 'str-step-by-step', group: 'strength', kinds: 'general', stages: ['rebuilding', 'later'] },
  { id: 'str-glutes-relaxed', group: 'strength', kinds: 'general' },
  { id: 'str-why-strength', group: 'strength', kinds: 'general' },
  // self-care
  { id: 'care-heat-cold', group: 'self-care', kinds: 'general' },
  { id: 'care-rest', group: 'self-care', kinds: 'general' },
  { id: 'care-food', group: 'self-care', kinds: 'general' },
  { id: 'care-accept-help', group: 'self-care', kinds: 'general' },
  { id: 'care-back-rub', group: 'self-care', kinds: 'general' },
  { id: 'care-not-broken', group: 'self-care', kinds: 'general' },
  { id: 'care-caesarean-scar', group: 'self-care', kinds: 'general', caesareanOnly: true },
  // get-help
  { id: 'help-see-someone-now', group: 'get-help', kinds: 'general' },
  { id: 'help-pelvic-floor-pt', group: 'get-help', kinds: 'general' },
  { id: 'help-worth-treating', group: 'get-help', kinds: 'general' },
  { id: 'help-getting-worse', group: 'get-help', kinds: 'general' },
  { id: 'help-epidural', group: 'get-help', kinds: 'general' },
] as const satisfies readonly TipMeta[];

/** The whole library: the reminder tips, then the general ones. */
export const TIP_INDEX = [...REMINDER_TIPS, ...GENERAL_TIPS] as const satisfies readonly TipMeta[];

/** Every tip's id: each words file must have an entry for each (the type checker holds them to it). */
export type TipId = (typeof TIP_INDEX)[number]['id'];

/** The tips that can go with a reminder, and so need a notification cue. */
export type ReminderTipId = (typeof REMINDER_TIPS)[number]['id'];

/** A tip's title and body; `hasWhy` lets the popup offer "Why?" before the notes are loaded. */
export interface TipWords {
  /** A few words. */
  title: string;
  /** One to three short sentences. */
  body: string;
  hasWhy?: true;
}

/** The words of every tip in one group, and of no other. */
export type TipWordsFor<G extends TipGroup> = Record<Extract<(typeof TIP_INDEX)[number], { group: G }>['id'], TipWords>;
