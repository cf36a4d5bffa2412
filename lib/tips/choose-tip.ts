/**
 * Which tip to show: a pure function of the moment (reminder kind, hour, feeding, recovery stage, recent ids)
 * and a number in [0, 1) that picks among equally good tips.
 *
 * The rules, strongest first:
 * 1. Safety: a tip must suit the person (see {@link isSafeFor}): the recovery stage, a caesarean, and
 *    whether they gave birth at all. These are dropped only if no tip at all passes them.
 * 2. Suits the moment: the reminder's kind, or with no reminder, a general tip or one that fits the moment.
 * 3. Never one of the last RECENT_WINDOW shown, unless every suitable tip is that recent: then the one shown
 *    longest ago.
 * 4. Preference: during a feed, feeding tips; at night, gentle tips over strength. In the first weeks after a
 *    caesarean, caesarean tips weigh more in the pick.
 */
import { stageFor, type RecoveryStage, type TipGroup, type TipMeta, type TipMoment } from './tip-model';
import type { ReminderKind } from '../vocabulary';

/** How many of the most recent ids are never repeated while another suitable tip is left. */
export const RECENT_WINDOW = 5;

/** Night, by local hour: from 22:00 until 05:59. */
export function isNight(hour: number): boolean {
  return hour >= 22 || hour < 6;
}

/** Groups that suit the small hours: nothing that asks for effort. */
const GENTLE_GROUPS: ReadonlySet<TipGroup> = new Set(['breathing', 'pelvic-floor', 'feeding', 'self-care']);

/** How much more often a caesarean tip comes up in the first six weeks after a caesarean. */
const CAESAREAN_EARLY_WEIGHT = 3;

const hasKind = (tip: TipMeta, ...kinds: ReminderKind[]): boolean =>
  tip.kinds !== 'general' && kinds.some((kind) => tip.kinds.includes(kind));

/** Who the tip is being chosen for. */
export interface Person {
  stage: RecoveryStage | null;
  caesarean: boolean | null;
  gaveBirth: boolean | null;
}

/**
 * Safe for this person at this stage.
 * - Someone who did not give birth gets only the tips for anyone, at any stage: the stages are about
 *   recovering from a birth.
 * - Caesarean tips need caesarean === true. After a caesarean, or while that is not known, a tip's
 *   `afterCaesarean` stages apply instead of its `stages` (the stricter answer while we do not know).
 * - An unknown stage is judged as the first six weeks: a tip that leaves out 'early' is a progression (heavy
 *   lifts, loaded strength, running) that can do harm too soon, while a tip for the early weeks does none later.
 */
export function isSafeFor(tip: TipMeta, person: Person): boolean {
  const { who, stages, afterCaesarean } = tip.audience;
  if (person.gaveBirth === false) return who === 'anyone';
  if (who === 'caesarean' && person.caesarean !== true) return false;
  const suits = person.caesarean !== false && afterCaesarean ? afterCaesarean : stages;
  return suits.includes(person.stage ?? 'early');
}

const personIn = (moment: TipMoment): Person => ({
  stage: stageFor(moment.weeksSinceBirth),
  caesarean: moment.caesarean,
  gaveBirth: moment.gaveBirth,
});

/**
 * Fits the moment, ignoring stage. A reminder takes the tips made for its kind. With no reminder (the popup
 * opened by hand): general tips, and during a feed the feeding and check-in tips, otherwise any reminder tip
 * except the check-ins, which only make sense while a feed is running.
 */
export function fitsMoment(tip: TipMeta, moment: Pick<TipMoment, 'kind' | 'feeding'>): boolean {
  if (moment.kind !== null) return hasKind(tip, moment.kind);
  if (tip.kinds === 'general') return true;
  return moment.feeding ? hasKind(tip, 'checkin', 'feeding') : hasKind(tip, 'movement', 'feeding', 'after-feed');
}

/** The tips that suit the moment and are safe, before recency and preferences; in library order. */
export function tipsFor<T extends TipMeta>(tips: readonly T[], moment: TipMoment): T[] {
  const person = personIn(moment);
  return tips.filter((tip) => isSafeFor(tip, person) && fitsMoment(tip, moment));
}

/** Higher is better; only the order matters. */
function preference(tip: TipMeta, moment: TipMoment): number {
  let score = 0;
  if (moment.feeding && hasKind(tip, 'checkin', 'feeding')) score += 4;
  if (isNight(moment.hour)) {
    if (GENTLE_GROUPS.has(tip.group)) score += 2;
    if (tip.group !== 'strength') score += 1;
  }
  return score;
}

function weight(tip: TipMeta, moment: TipMoment): number {
  const earlyCaesarean = moment.caesarean === true && stageFor(moment.weeksSinceBirth) === 'early';
  return earlyCaesarean && tip.audience.who === 'caesarean' ? CAESAREAN_EARLY_WEIGHT : 1;
}

/** Picks from `pool` (non-empty) with `pick` in [0, 1), each tip in proportion to its weight. */
function weightedPick<T extends TipMeta>(pool: readonly T[], moment: TipMoment): T {
  const weights = pool.map((tip) => weight(tip, moment));
  const total = weights.reduce((sum, w) => sum + w, 0);
  let target = Math.min(Math.max(moment.pick, 0), 1) * total;
  for (const [index, tip] of pool.entries()) {
    target -= weights[index] ?? 0;
    if (target < 0) return tip;
  }
  return pool[pool.length - 1] as T;
}

/** Picks from the candidates (non-empty), applying recency and preferences. */
function pickFrom<T extends TipMeta>(candidates: readonly T[], moment: TipMoment): T {
  const recent = moment.recentIds.slice(0, RECENT_WINDOW);
  const fresh = candidates.filter((tip) => !recent.includes(tip.id));
  if (fresh.length === 0) {
    // Everything suitable was shown lately: the one shown longest ago repeats least noticeably.
    const age = (tip: TipMeta) => recent.indexOf(tip.id);
    return candidates.reduce((oldest, tip) => (age(tip) > age(oldest) ? tip : oldest));
  }
  const best = Math.max(...fresh.map((tip) => preference(tip, moment)));
  return weightedPick(
    fresh.filter((tip) => preference(tip, moment) === best),
    moment,
  );
}

/** The tip for this moment. Always returns one; throws only when `tips` is empty. */
export function chooseTip<T extends TipMeta>(tips: readonly T[], moment: TipMoment): T {
  if (tips.length === 0) throw new Error('chooseTip needs at least one tip');
  const person = personIn(moment);
  const safe = tips.filter((tip) => isSafeFor(tip, person));
  const suited = safe.filter((tip) => fitsMoment(tip, moment));
  // Graceful fallbacks for a library without a tip for this moment: any safe tip, then any tip at all.
  if (suited.length > 0) return pickFrom(suited, moment);
  if (safe.length > 0) return pickFrom(safe, moment);
  return pickFrom(tips, moment);
}
