/**
 * The tip library's index: what each tip is for, without its words. The chooser (lib/choose-tip.ts) needs only
 * this, so neither the background nor the popup carries words it will not show. The words live by consumer,
 * keyed by id: lib/tip-words/<group>.ts (title and body, loaded by group for the popup: see lib/tips.ts),
 * lib/tip-cues.ts (notification text, for the background), lib/tip-notes.ts (the "why" and the source,
 * loaded when someone asks) and lib/tips/tip-drawings.ts (which drawing, for the popup). The types hold every
 * words file to exactly the ids of the index. The tips that go with reminders are in reminder-tips.ts: the
 * background loads only those.
 *
 * Every tip names its audience (lib/tips/tip-audience.ts): who it is for and at which stages. An audience that
 * leaves out 'early' is a progression (too much in the first six weeks) and is also held back while the stage
 * is unknown.
 */
import { ANYONE, CAESAREAN, GAVE_BIRTH, GAVE_BIRTH_FROM_6_WEEKS, HEAVY_LIFT, LIFT_FOR_YOU, RETURN_TO_RUNNING } from './tip-audience';
import { REMINDER_TIPS } from './reminder-tips';
import type { TipGroup, TipMeta } from './tip-model';

/** Tips for opening the popup at any moment, never with a reminder. */
const GENERAL_TIPS = [
  // feeding
  { id: 'feed-caesarean-holds', group: 'feeding', kinds: 'general', audience: CAESAREAN },
  // desk
  { id: 'desk-screen-height', group: 'desk', kinds: 'general', audience: ANYONE },
  // lifting
  { id: 'lift-weekly-shop', group: 'lifting', kinds: 'general', audience: HEAVY_LIFT },
  { id: 'lift-for-you', group: 'lifting', kinds: 'general', audience: LIFT_FOR_YOU },
  { id: 'lift-nappy-height', group: 'lifting', kinds: 'general', audience: ANYONE },
  // breathing
  { id: 'breath-crunches-wait', group: 'breathing', kinds: 'general', audience: GAVE_BIRTH },
  { id: 'breath-cylinder', group: 'breathing', kinds: 'general', audience: ANYONE },
  { id: 'breath-leaks-linked', group: 'breathing', kinds: 'general', audience: GAVE_BIRTH },
  { id: 'breath-after-pregnancy', group: 'breathing', kinds: 'general', audience: GAVE_BIRTH },
  { id: 'breath-new-habit', group: 'breathing', kinds: 'general', audience: GAVE_BIRTH },
  // pelvic floor
  { id: 'pf-quick-squeezes', group: 'pelvic-floor', kinds: 'general', audience: GAVE_BIRTH },
  { id: 'pf-every-day', group: 'pelvic-floor', kinds: 'general', audience: GAVE_BIRTH },
  { id: 'pf-before-a-cough', group: 'pelvic-floor', kinds: 'general', audience: GAVE_BIRTH },
  // mobility
  { id: 'mob-not-stretching', group: 'mobility', kinds: 'general', audience: ANYONE },
  { id: 'mob-gentle-stretch', group: 'mobility', kinds: 'general', audience: ANYONE },
  // strength
  { id: 'str-step-by-step', group: 'strength', kinds: 'general', audience: GAVE_BIRTH_FROM_6_WEEKS },
  { id: 'str-glutes-relaxed', group: 'strength', kinds: 'general', audience: ANYONE },
  { id: 'str-why-strength', group: 'strength', kinds: 'general', audience: ANYONE },
  { id: 'str-return-to-running', group: 'strength', kinds: 'general', audience: RETURN_TO_RUNNING },
  // self-care
  { id: 'care-heat-cold', group: 'self-care', kinds: 'general', audience: ANYONE },
  { id: 'care-rest', group: 'self-care', kinds: 'general', audience: GAVE_BIRTH },
  { id: 'care-food', group: 'self-care', kinds: 'general', audience: ANYONE },
  { id: 'care-accept-help', group: 'self-care', kinds: 'general', audience: ANYONE },
  { id: 'care-back-rub', group: 'self-care', kinds: 'general', audience: ANYONE },
  { id: 'care-not-broken', group: 'self-care', kinds: 'general', audience: GAVE_BIRTH },
  { id: 'care-caesarean-scar', group: 'self-care', kinds: 'general', audience: CAESAREAN },
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
