/**
 * The shape of a tip and of the moment a tip is chosen for. The data lives in `tip-index.ts` and the words
 * files keyed by its ids; the choice is made in `choose-tip.ts`.
 */
import type { ReminderKind } from '../vocabulary';

export type TipGroup =
  | 'feeding'
  | 'lifting'
  | 'breathing'
  | 'mobility'
  | 'strength'
  | 'desk'
  | 'self-care'
  | 'get-help';

/**
 * Where someone is in their recovery, from the optional "weeks since birth" setting:
 * `early` the first six weeks, `rebuilding` weeks 6 to 26, `later` from six months on.
 */
export type RecoveryStage = 'early' | 'rebuilding' | 'later';

export const RECOVERY_STAGES: readonly RecoveryStage[] = ['early', 'rebuilding', 'later'];

export function stageFor(weeksSinceBirth: number | null): RecoveryStage | null {
  if (weeksSinceBirth === null) return null;
  if (weeksSinceBirth < 6) return 'early';
  if (weeksSinceBirth < 26) return 'rebuilding';
  return 'later';
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

/** What a tip is for: all the chooser needs (lib/tip-index.ts). */
export interface TipMeta {
  id: string;
  group: TipGroup;
  /** The reminders it goes with; `general` tips are for opening the popup at any moment. */
  kinds: readonly ReminderKind[] | 'general';
  /** The stages it suits; all of them when omitted. */
  stages?: readonly RecoveryStage[];
  /** Only for people who had a caesarean birth. */
  caesareanOnly?: boolean;
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
  /** Ids shown most recently, newest first; the last few are not repeated. */
  recentIds: readonly string[];
  /** A number in [0, 1) that picks among equally good tips; callers pass Math.random(), tests a fixed value. */
  pick: number;
}
