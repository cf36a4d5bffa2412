/**
 * The shape of a tip and of the moment a tip is chosen for. The data lives in `tips.ts`, the choice in
 * `choose-tip.ts`; the popup and the background depend only on these types.
 */
import type { ReminderKind } from './state';

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

/** The drawings that exist; each has a text alternative next to it in `components/illustrations`. */
export type IllustrationId = 'hip-hinge' | 'feeding-setup' | 'glute-bridge' | 'open-book' | 'breathing-360';

/** The five seed articles, by title. */
export type SourceTitle = string;

export interface Tip {
  id: string;
  group: TipGroup;
  /** A few words. */
  title: string;
  /** One to three short sentences. */
  body: string;
  /** The reasoning, with the figure from the source where there is one. */
  why?: string;
  /** The notification text when this tip goes with a reminder: readable at a glance. */
  cue: string;
  /** The reminders it goes with; `general` tips are for opening the popup at any moment. */
  kinds: readonly ReminderKind[] | 'general';
  /** The stages it suits; all of them when omitted. */
  stages?: readonly RecoveryStage[];
  /** Only for people who had a caesarean birth. */
  caesareanOnly?: boolean;
  source: SourceTitle;
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
