/**
 * The shape of a tip and of the moment a tip is chosen for. The data lives in `tip-index.ts` and the words
 * files keyed by its ids; the choice is made in `choose-tip.ts`.
 */
import type { ReminderKind } from '../vocabulary';

export type TipGroup =
  | 'feeding'
  | 'lifting'
  | 'breathing'
  | 'pelvic-floor'
  | 'mobility'
  | 'strength'
  | 'desk'
  | 'self-care'
  | 'get-help';

/**
 * Where someone is in their recovery, from the optional "weeks since birth" setting: `early` the first six
 * weeks, `settling` weeks 6 to 11, `rebuilding` weeks 12 to 25, `later` from six months on. The bands are
 * where the guidance changes: nothing heavier than the baby in the first weeks (longer after a caesarean),
 * loaded strength work and running from about twelve weeks, and only without symptoms.
 */
export type RecoveryStage = 'early' | 'settling' | 'rebuilding' | 'later';

export const RECOVERY_STAGES: readonly RecoveryStage[] = ['early', 'settling', 'rebuilding', 'later'];

/** The first week of each stage. */
export const STAGE_STARTS_AT_WEEK: Readonly<Record<RecoveryStage, number>> = { early: 0, settling: 6, rebuilding: 12, later: 26 };

export function stageFor(weeksSinceBirth: number | null): RecoveryStage | null {
  if (weeksSinceBirth === null) return null;
  if (weeksSinceBirth < STAGE_STARTS_AT_WEEK.settling) return 'early';
  if (weeksSinceBirth < STAGE_STARTS_AT_WEEK.rebuilding) return 'settling';
  if (weeksSinceBirth < STAGE_STARTS_AT_WEEK.later) return 'rebuilding';
  return 'later';
}

/**
 * Who a tip is for, and when (lib/tips/tip-audience.ts gives every tip one).
 * - `who`: `anyone` (partners, adoptive and foster parents too), `gave-birth` (about recovering from a birth),
 *   `caesarean` (only after a caesarean birth).
 * - `stages`: the weeks-since-birth bands it suits for someone who gave birth. For someone who did not give
 *   birth the stages do not apply: their body is not recovering from one.
 * - `afterCaesarean`: the bands instead of `stages` after a caesarean (or while that is not known), where
 *   recovery takes longer: heavy lifts wait until twelve weeks.
 */
export interface Audience {
  who: 'anyone' | 'gave-birth' | 'caesarean';
  stages: readonly RecoveryStage[];
  afterCaesarean?: readonly RecoveryStage[];
}

/** The drawings that exist (components/illustrations); each has a text alternative in lib/locales/en/illustrations.json. */
export type IllustrationId =
  | 'hip-hinge'
  | 'feeding-setup'
  | 'glute-bridge'
  | 'open-book'
  | 'breathing-360'
  | 'cat-cow'
  | 'seated-twist'
  | 'chair-extension'
  | 'standing-reach'
  | 'open-chest'
  | 'roll-down'
  | 'hamstrings'
  | 'lunge-down'
  | 'car-seat-carry'
  | 'load-close'
  | 'into-cot'
  | 'carrier'
  | 'switch-hips'
  | 'stroller-into-car'
  | 'side-lying-feed'
  | 'bottle-feed'
  | 'sit-to-stand'
  | 'desk-setup'
  | 'walk'
  | 'stand-for-calls'
  | 'rib-stack'
  | 'rest'
  | 'getting-up';

/** What a tip is for: all the chooser needs (lib/tips/tip-index.ts). */
export interface TipMeta {
  id: string;
  group: TipGroup;
  /** The reminders it goes with; `general` tips are for opening the popup at any moment. */
  kinds: readonly ReminderKind[] | 'general';
  /** The popup shows the tiered safety list (lib/tips/safety.ts) with this tip. */
  safetyList?: true;
  /** Who it is for and at which stages (from lib/tips/tip-audience.ts). */
  audience: Audience;
}

/** A tip as the popup shows it (lib/tips.ts); its "why" and source are in lib/tip-notes.ts. */
export interface Tip extends TipMeta {
  /** A few words. */
  title: string;
  /** One to three short sentences. */
  body: string;
  /** It has a "why" in lib/tip-notes.ts. */
  hasWhy?: true;
  /** Its drawing, from lib/tips/tip-drawings.ts. */
  illustration?: IllustrationId;
}

/** Everything the choice depends on. */
export interface TipMoment {
  /** The reminder the tip goes with, or null when the user simply opened the popup. */
  kind: ReminderKind | null;
  /** Local hour, 0–23. */
  hour: number;
  /** A feed is running. */
  feeding: boolean;
  weeksSinceBirth: number | null;
  caesarean: boolean | null;
  /** False for "I didn't give birth" (a partner, an adoptive or foster parent); null when not said. */
  gaveBirth: boolean | null;
  /** Ids shown most recently, newest first; the last few are not repeated. */
  recentIds: readonly string[];
  /** A number in [0, 1) that picks among equally good tips; callers pass Math.random(), tests a fixed value. */
  pick: number;
}
