/**
 * The tip library's index: what each tip is for, without its words. The chooser (lib/choose-tip.ts) needs only
 * this, so neither the background nor the popup carries words it will not show. The words live by consumer,
 * keyed by id: lib/tip-words/<group>.ts (title and body, loaded by group for the popup: see lib/tips.ts),
 * lib/tip-cues.ts (notification text, for the background), lib/tip-notes.ts (the "why" and the source,
 * loaded when someone asks) and lib/tips/tip-drawings.ts (which drawing, for the popup). The types hold every
 * words file to exactly the ids of the index.
 *
 * Every tip names its audience (lib/tips/tip-audience.ts): who it is for and at which stages. An audience that
 * leaves out 'early' is a progression (too much in the first six weeks) and is also held back while the stage
 * is unknown.
 */
import {
  ANYONE,
  CAESAREAN,
  GAVE_BIRTH,
  GAVE_BIRTH_FIRST_WEEKS,
  GAVE_BIRTH_FROM_6_WEEKS,
  HEAVY_LIFT,
  LIFT_FOR_YOU,
  LOADED_STRENGTH,
  RETURN_TO_RUNNING,
} from './tip-audience';
import type { TipGroup, TipMeta } from './tip-model';

export const TIP_INDEX = [
  // feeding
  { id: 'feed-pillow-mid-back', group: 'feeding', kinds: ['feeding', 'checkin'], audience: ANYONE },
  { id: 'feed-feet-raised', group: 'feeding', kinds: ['feeding', 'checkin'], audience: ANYONE },
  { id: 'feed-baby-up', group: 'feeding', kinds: ['feeding', 'checkin'], audience: ANYONE },
  { id: 'feed-tummy-to-tummy', group: 'feeding', kinds: ['feeding'], audience: ANYONE },
  { id: 'feed-side-lying', group: 'feeding', kinds: ['feeding'], audience: ANYONE },
  { id: 'feed-bottle', group: 'feeding', kinds: ['feeding', 'checkin'], audience: ANYONE },
  { id: 'feed-shoulders-down', group: 'feeding', kinds: ['checkin', 'feeding'], audience: ANYONE },
  { id: 'feed-chin-level', group: 'feeding', kinds: ['checkin'], audience: ANYONE },
  { id: 'feed-water', group: 'feeding', kinds: ['feeding', 'checkin'], audience: ANYONE },
  { id: 'feed-legs-uncrossed', group: 'feeding', kinds: ['checkin', 'feeding'], audience: ANYONE },
  { id: 'feed-switch-arms', group: 'feeding', kinds: ['checkin'], audience: ANYONE },
  { id: 'feed-caesarean-holds', group: 'feeding', kinds: 'general', audience: CAESAREAN },
  // desk
  { id: 'feed-at-desk', group: 'desk', kinds: ['feeding'], audience: ANYONE },
  { id: 'desk-chair', group: 'desk', kinds: ['movement'], audience: ANYONE },
  { id: 'desk-screen-height', group: 'desk', kinds: 'general', audience: ANYONE },
  { id: 'desk-two-minute-walk', group: 'desk', kinds: ['movement', 'after-feed'], audience: ANYONE },
  { id: 'desk-reset', group: 'desk', kinds: ['movement'], audience: ANYONE },
  { id: 'desk-stand-for-calls', group: 'desk', kinds: ['movement'], audience: ANYONE },
  // lifting
  { id: 'lift-hip-hinge', group: 'lifting', kinds: ['movement', 'feeding'], audience: ANYONE },
  { id: 'lift-lunge-down', group: 'lifting', kinds: ['feeding', 'movement'], audience: ANYONE },
  { id: 'lift-load-close', group: 'lifting', kinds: ['feeding', 'movement'], audience: ANYONE },
  { id: 'lift-exhale', group: 'lifting', kinds: ['feeding', 'movement', 'after-feed'], audience: ANYONE },
  { id: 'lift-switch-hips', group: 'lifting', kinds: ['feeding', 'movement'], audience: ANYONE },
  { id: 'lift-car-seat', group: 'lifting', kinds: ['feeding'], audience: HEAVY_LIFT },
  { id: 'lift-stroller', group: 'lifting', kinds: ['feeding'], audience: HEAVY_LIFT },
  { id: 'lift-weekly-shop', group: 'lifting', kinds: 'general', audience: HEAVY_LIFT },
  { id: 'lift-into-cot', group: 'lifting', kinds: ['after-feed', 'feeding'], audience: ANYONE },
  { id: 'lift-carrier', group: 'lifting', kinds: ['feeding'], audience: ANYONE },
  { id: 'lift-one-breath', group: 'lifting', kinds: ['feeding'], audience: ANYONE },
  { id: 'lift-for-you', group: 'lifting', kinds: 'general', audience: LIFT_FOR_YOU },
  { id: 'lift-nappy-height', group: 'lifting', kinds: 'general', audience: ANYONE },
  // breathing
  { id: 'breath-360', group: 'breathing', kinds: ['movement', 'checkin'], audience: ANYONE },
  { id: 'breath-exhale-lift', group: 'breathing', kinds: ['movement', 'checkin'], audience: ANYONE },
  { id: 'breath-rib-stack', group: 'breathing', kinds: ['movement', 'checkin'], audience: ANYONE },
  { id: 'breath-feed-breaths', group: 'breathing', kinds: ['checkin'], audience: ANYONE },
  { id: 'breath-crunches-wait', group: 'breathing', kinds: 'general', audience: GAVE_BIRTH },
  { id: 'breath-cylinder', group: 'breathing', kinds: 'general', audience: ANYONE },
  { id: 'breath-leaks-linked', group: 'breathing', kinds: 'general', audience: GAVE_BIRTH },
  { id: 'breath-after-pregnancy', group: 'breathing', kinds: 'general', audience: GAVE_BIRTH },
  { id: 'breath-new-habit', group: 'breathing', kinds: 'general', audience: GAVE_BIRTH },
  // pelvic floor
  { id: 'pf-slow-holds', group: 'pelvic-floor', kinds: ['movement', 'checkin'], audience: GAVE_BIRTH },
  { id: 'pf-quick-squeezes', group: 'pelvic-floor', kinds: 'general', audience: GAVE_BIRTH },
  { id: 'pf-every-day', group: 'pelvic-floor', kinds: 'general', audience: GAVE_BIRTH },
  { id: 'pf-before-a-cough', group: 'pelvic-floor', kinds: 'general', audience: GAVE_BIRTH },
  // mobility
  { id: 'mob-cat-cow', group: 'mobility', kinds: ['movement'], audience: ANYONE },
  { id: 'mob-open-book', group: 'mobility', kinds: ['movement'], audience: ANYONE },
  { id: 'mob-seated-twist', group: 'mobility', kinds: ['movement', 'after-feed'], audience: ANYONE },
  { id: 'mob-chair-extension', group: 'mobility', kinds: ['movement', 'after-feed'], audience: ANYONE },
  { id: 'mob-standing-reach', group: 'mobility', kinds: ['movement', 'after-feed'], audience: ANYONE },
  { id: 'mob-open-chest', group: 'mobility', kinds: ['after-feed', 'movement'], audience: ANYONE },
  { id: 'mob-roll-down', group: 'mobility', kinds: ['movement', 'after-feed'], audience: ANYONE },
  { id: 'mob-hamstrings', group: 'mobility', kinds: ['movement'], audience: ANYONE },
  { id: 'mob-not-stretching', group: 'mobility', kinds: 'general', audience: ANYONE },
  { id: 'mob-gentle-stretch', group: 'mobility', kinds: 'general', audience: ANYONE },
  // strength
  { id: 'str-glute-bridge', group: 'strength', kinds: ['movement'], audience: ANYONE },
  { id: 'str-sit-to-stand', group: 'strength', kinds: ['movement', 'after-feed'], audience: ANYONE },
  { id: 'str-heavier-than-child', group: 'strength', kinds: ['movement'], audience: LOADED_STRENGTH },
  { id: 'str-step-by-step', group: 'strength', kinds: 'general', audience: GAVE_BIRTH_FROM_6_WEEKS },
  { id: 'str-glutes-relaxed', group: 'strength', kinds: 'general', audience: ANYONE },
  { id: 'str-why-strength', group: 'strength', kinds: 'general', audience: ANYONE },
  { id: 'str-return-to-running', group: 'strength', kinds: 'general', audience: RETURN_TO_RUNNING },
  // self-care
  { id: 'care-heat-cold', group: 'self-care', kinds: 'general', audience: ANYONE },
  { id: 'care-rest', group: 'self-care', kinds: 'general', audience: GAVE_BIRTH },
  { id: 'care-food', group: 'self-care', kinds: 'general', audience: ANYONE },
  { id: 'care-accept-help', group: 'self-care', kinds: 'general', audience: ANYONE },
  { id: 'care-short-walk', group: 'self-care', kinds: ['after-feed', 'movement'], audience: ANYONE },
  { id: 'care-back-rub', group: 'self-care', kinds: 'general', audience: ANYONE },
  { id: 'care-not-broken', group: 'self-care', kinds: 'general', audience: GAVE_BIRTH },
  { id: 'care-caesarean-scar', group: 'self-care', kinds: 'general', audience: CAESAREAN },
  { id: 'care-caesarean-getting-up', group: 'self-care', kinds: ['after-feed', 'movement'], audience: GAVE_BIRTH_FIRST_WEEKS },
  { id: 'care-caesarean-cough', group: 'self-care', kinds: 'general', audience: CAESAREAN },
  { id: 'care-toilet', group: 'self-care', kinds: 'general', audience: GAVE_BIRTH },
  // get-help
  { id: 'help-see-someone-now', group: 'get-help', kinds: 'general', safetyList: true, audience: GAVE_BIRTH },
  { id: 'help-pelvic-floor-pt', group: 'get-help', kinds: 'general', audience: GAVE_BIRTH },
  { id: 'help-worth-treating', group: 'get-help', kinds: 'general', audience: GAVE_BIRTH },
  { id: 'help-getting-worse', group: 'get-help', kinds: 'general', audience: ANYONE },
  { id: 'help-epidural', group: 'get-help', kinds: 'general', audience: GAVE_BIRTH },
  { id: 'help-pelvic-girdle', group: 'get-help', kinds: 'general', audience: GAVE_BIRTH },
  { id: 'help-low-mood', group: 'get-help', kinds: 'general', audience: ANYONE },
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
