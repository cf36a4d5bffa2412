/**
 * The tip library's index: what each tip is for, without its words. The chooser (lib/choose-tip.ts) needs only
 * this, so neither the background nor the popup carries words it will not show. The words live by consumer,
 * keyed by id: lib/tip-words/<group>.ts (title and body, loaded by group for the popup: see lib/tips.ts),
 * lib/tip-cues.ts (notification text, for the background), lib/tip-notes.ts (the "why" and the source,
 * loaded when someone asks) and lib/tips/tip-drawings.ts (which drawing, for the popup). The types hold every
 * words file to exactly the ids of the index.
 *
 * Conventions the chooser relies on:
 * - `stages` is left out unless a tip is wrong for some stage. A tip that leaves out 'early' is a progression
 *   (too much in the first six weeks) and is also held back while the stage is unknown.
 */
import type { TipGroup, TipMeta } from './tip-model';

export const TIP_INDEX = [
  // feeding
  { id: 'feed-pillow-mid-back', group: 'feeding', kinds: ['feeding', 'checkin'] },
  { id: 'feed-feet-raised', group: 'feeding', kinds: ['feeding', 'checkin'] },
  { id: 'feed-baby-up', group: 'feeding', kinds: ['feeding', 'checkin'] },
  { id: 'feed-tummy-to-tummy', group: 'feeding', kinds: ['feeding'] },
  { id: 'feed-side-lying', group: 'feeding', kinds: ['feeding'] },
  { id: 'feed-bottle', group: 'feeding', kinds: ['feeding', 'checkin'] },
  { id: 'feed-shoulders-down', group: 'feeding', kinds: ['checkin', 'feeding'] },
  { id: 'feed-chin-level', group: 'feeding', kinds: ['checkin'] },
  { id: 'feed-water', group: 'feeding', kinds: ['feeding', 'checkin'] },
  { id: 'feed-legs-uncrossed', group: 'feeding', kinds: ['checkin', 'feeding'] },
  { id: 'feed-switch-arms', group: 'feeding', kinds: ['checkin'] },
  // desk
  { id: 'feed-at-desk', group: 'desk', kinds: ['feeding'] },
  { id: 'desk-chair', group: 'desk', kinds: ['movement'] },
  { id: 'desk-screen-height', group: 'desk', kinds: 'general' },
  { id: 'desk-two-minute-walk', group: 'desk', kinds: ['movement', 'after-feed'] },
  { id: 'desk-reset', group: 'desk', kinds: ['movement'] },
  { id: 'desk-stand-for-calls', group: 'desk', kinds: ['movement'] },
  // lifting
  { id: 'lift-hip-hinge', group: 'lifting', kinds: ['movement', 'feeding'] },
  { id: 'lift-lunge-down', group: 'lifting', kinds: ['feeding', 'movement'] },
  { id: 'lift-load-close', group: 'lifting', kinds: ['feeding', 'movement'] },
  { id: 'lift-exhale', group: 'lifting', kinds: ['feeding', 'movement', 'after-feed'] },
  { id: 'lift-switch-hips', group: 'lifting', kinds: ['feeding', 'movement'] },
  { id: 'lift-car-seat', group: 'lifting', kinds: ['feeding'] },
  { id: 'lift-stroller', group: 'lifting', kinds: ['feeding'] },
  { id: 'lift-weekly-shop', group: 'lifting', kinds: 'general' },
  { id: 'lift-into-cot', group: 'lifting', kinds: ['after-feed', 'feeding'] },
  { id: 'lift-carrier', group: 'lifting', kinds: ['feeding'] },
  { id: 'lift-one-breath', group: 'lifting', kinds: ['feeding'] },
  // breathing
  { id: 'breath-360', group: 'breathing', kinds: ['movement', 'checkin'] },
  { id: 'breath-exhale-lift', group: 'breathing', kinds: ['movement', 'checkin'] },
  { id: 'breath-rib-stack', group: 'breathing', kinds: ['movement', 'checkin'] },
  { id: 'breath-feed-breaths', group: 'breathing', kinds: ['checkin'] },
  { id: 'breath-crunches-wait', group: 'breathing', kinds: 'general' },
  { id: 'breath-cylinder', group: 'breathing', kinds: 'general' },
  { id: 'breath-leaks-linked', group: 'breathing', kinds: 'general' },
  { id: 'breath-after-pregnancy', group: 'breathing', kinds: 'general' },
  { id: 'breath-new-habit', group: 'breathing', kinds: 'general' },
  // mobility
  { id: 'mob-cat-cow', group: 'mobility', kinds: ['movement'] },
  { id: 'mob-open-book', group: 'mobility', kinds: ['movement'] },
  { id: 'mob-seated-twist', group: 'mobility', kinds: ['movement', 'after-feed'] },
  { id: 'mob-chair-extension', group: 'mobility', kinds: ['movement', 'after-feed'] },
  { id: 'mob-standing-reach', group: 'mobility', kinds: ['movement', 'after-feed'] },
  { id: 'mob-open-chest', group: 'mobility', kinds: ['after-feed', 'movement'] },
  { id: 'mob-roll-down', group: 'mobility', kinds: ['movement', 'after-feed'] },
  { id: 'mob-hamstrings', group: 'mobility', kinds: ['movement'] },
  { id: 'mob-not-stretching', group: 'mobility', kinds: 'general' },
  { id: 'mob-gentle-stretch', group: 'mobility', kinds: 'general', stages: ['early', 'rebuilding'] },
  // strength
  { id: 'str-glute-bridge', group: 'strength', kinds: ['movement'] },
  { id: 'str-sit-to-stand', group: 'strength', kinds: ['movement', 'after-feed'] },
  { id: 'str-heavier-than-child', group: 'strength', kinds: ['movement'], stages: ['rebuilding', 'later'] },
  { id: 'str-step-by-step', group: 'strength', kinds: 'general', stages: ['rebuilding', 'later'] },
  { id: 'str-glutes-relaxed', group: 'strength', kinds: 'general' },
  { id: 'str-why-strength', group: 'strength', kinds: 'general' },
  // self-care
  { id: 'care-heat-cold', group: 'self-care', kinds: 'general' },
  { id: 'care-rest', group: 'self-care', kinds: 'general' },
  { id: 'care-food', group: 'self-care', kinds: 'general' },
  { id: 'care-accept-help', group: 'self-care', kinds: 'general' },
  { id: 'care-short-walk', group: 'self-care', kinds: ['after-feed', 'movement'] },
  { id: 'care-back-rub', group: 'self-care', kinds: 'general' },
  { id: 'care-not-broken', group: 'self-care', kinds: 'general' },
  { id: 'care-caesarean-scar', group: 'self-care', kinds: 'general', caesareanOnly: true },
  { id: 'care-caesarean-getting-up', group: 'self-care', kinds: ['after-feed', 'movement'], caesareanOnly: true },
  // get-help
  { id: 'help-see-someone-now', group: 'get-help', kinds: 'general' },
  { id: 'help-pelvic-floor-pt', group: 'get-help', kinds: 'general' },
  { id: 'help-worth-treating', group: 'get-help', kinds: 'general' },
  { id: 'help-getting-worse', group: 'get-help', kinds: 'general' },
  { id: 'help-epidural', group: 'get-help', kinds: 'general' },
] as const satisfies readonly TipMeta[];

/** Every tip's id: each words file must have an entry for each (the type checker holds them to it). */
export type TipId = (typeof TIP_INDEX)[number]['id'];

/** The tips that can go with a reminder, and so need a notification cue. */
export type ReminderTipId = Exclude<(typeof TIP_INDEX)[number], { kinds: 'general' }>['id'];

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
