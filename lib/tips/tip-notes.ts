/**
 * Why each tip helps and where that comes from: every note names its sources in full (lib/tips/sources.ts,
 * lib/tips/tip-sources.ts), so a reader can look them up. The sources are the same in every language; the "why"
 * is in one module per locale (lib/tips/tip-why/<locale>.ts). The popup loads this only when someone opens "Why?".
 */
import type { Locale } from '../locales/locales';
import type { Source } from './citation';
import { NICE_POSTNATAL, SAFETY_SOURCES } from './sources';
import {
  CAUSES_AND_RELIEF,
  CORE_PROBLEM,
  NHS_CAESAREAN_RECOVERY,
  NHS_DESK,
  NHS_PELVIC_FLOOR,
  NHS_PELVIC_PAIN,
  NHS_POSTNATAL_DEPRESSION,
  NHS_SAFE_SLEEP,
  NICE_PELVIC_FLOOR,
  PT_EXERCISES,
  RUNNING_POSTNATAL,
  STOCKPORT_FEEDING_POSITIONS,
  UNEXPECTED_ANSWERS,
  WHY_BACK_PAIN,
} from './tip-sources';
import type { TipId } from './tip-index';

type Sources = readonly [Source, ...Source[]];

export interface TipNote {
  /** The reasoning, with a figure only where a source gives it and says who was studied. */
  why?: string;
  /** Where the advice and the reasoning come from; the first is the main one. */
  sources: Sources;
}

/** Each tip's sources, the same in every language. */
export const TIP_SOURCES: Record<TipId, { sources: Sources }> = {
  // feeding
  'feed-pillow-mid-back': { sources: [CAUSES_AND_RELIEF] },
  'feed-feet-raised': { sources: [CAUSES_AND_RELIEF] },
  'feed-baby-up': { sources: [PT_EXERCISES] },
  'feed-tummy-to-tummy': { sources: [CAUSES_AND_RELIEF] },
  'feed-side-lying': { sources: [NHS_SAFE_SLEEP, CAUSES_AND_RELIEF] },
  'feed-bottle': { sources: [PT_EXERCISES] },
  'feed-shoulders-down': { sources: [PT_EXERCISES] },
  'feed-chin-level': { sources: [PT_EXERCISES] },
  'feed-water': { sources: [CAUSES_AND_RELIEF] },
  'feed-legs-uncrossed': { sources: [CAUSES_AND_RELIEF] },
  'feed-switch-arms': { sources: [PT_EXERCISES] },
  'feed-caesarean-holds': { sources: [STOCKPORT_FEEDING_POSITIONS] },
  // desk
  'feed-at-desk': { sources: [CAUSES_AND_RELIEF] },
  'desk-chair': { sources: [NHS_DESK] },
  'desk-screen-height': { sources: [PT_EXERCISES, NHS_DESK] },
  'desk-two-minute-walk': { sources: [PT_EXERCISES] },
  'desk-reset': { sources: [CAUSES_AND_RELIEF] },
  'desk-stand-for-calls': { sources: [NHS_DESK] },
  // lifting
  'lift-hip-hinge': { sources: [WHY_BACK_PAIN, CAUSES_AND_RELIEF] },
  'lift-lunge-down': { sources: [CAUSES_AND_RELIEF] },
  'lift-load-close': { sources: [WHY_BACK_PAIN] },
  'lift-exhale': { sources: [CAUSES_AND_RELIEF] },
  'lift-switch-hips': { sources: [PT_EXERCISES, UNEXPECTED_ANSWERS] },
  'lift-car-seat': { sources: [UNEXPECTED_ANSWERS, NHS_CAESAREAN_RECOVERY] },
  'lift-stroller': { sources: [CAUSES_AND_RELIEF, NHS_CAESAREAN_RECOVERY] },
  'lift-weekly-shop': { sources: [CAUSES_AND_RELIEF, NHS_CAESAREAN_RECOVERY] },
  'lift-into-cot': { sources: [PT_EXERCISES] },
  'lift-carrier': { sources: [PT_EXERCISES] },
  'lift-one-breath': { sources: [CAUSES_AND_RELIEF] },
  'lift-for-you': { sources: [NHS_CAESAREAN_RECOVERY, NICE_POSTNATAL] },
  'lift-nappy-height': { sources: [CAUSES_AND_RELIEF] },
  // breathing
  'breath-360': { sources: [UNEXPECTED_ANSWERS] },
  'breath-exhale-lift': { sources: [CORE_PROBLEM] },
  'breath-rib-stack': { sources: [WHY_BACK_PAIN] },
  'breath-feed-breaths': { sources: [WHY_BACK_PAIN] },
  'breath-crunches-wait': { sources: [CORE_PROBLEM] },
  'breath-cylinder': { sources: [UNEXPECTED_ANSWERS, PT_EXERCISES] },
  'breath-leaks-linked': { sources: [UNEXPECTED_ANSWERS] },
  'breath-after-pregnancy': { sources: [UNEXPECTED_ANSWERS] },
  'breath-new-habit': { sources: [CORE_PROBLEM] },
  'pf-slow-holds': { sources: [NICE_PELVIC_FLOOR, NHS_PELVIC_FLOOR] },
  'pf-quick-squeezes': { sources: [NHS_PELVIC_FLOOR] },
  'pf-every-day': { sources: [NICE_PELVIC_FLOOR] },
  'pf-before-a-cough': { sources: [NHS_PELVIC_FLOOR] },
  // mobility
  'mob-cat-cow': { sources: [PT_EXERCISES] },
  'mob-open-book': { sources: [PT_EXERCISES] },
  'mob-seated-twist': { sources: [PT_EXERCISES] },
  'mob-chair-extension': { sources: [PT_EXERCISES] },
  'mob-standing-reach': { sources: [CAUSES_AND_RELIEF] },
  'mob-open-chest': { sources: [PT_EXERCISES] },
  'mob-roll-down': { sources: [WHY_BACK_PAIN] },
  'mob-hamstrings': { sources: [CAUSES_AND_RELIEF] },
  'mob-not-stretching': { sources: [PT_EXERCISES] },
  'mob-gentle-stretch': { sources: [CAUSES_AND_RELIEF] },
  // strength
  'str-glute-bridge': { sources: [UNEXPECTED_ANSWERS] },
  'str-sit-to-stand': { sources: [PT_EXERCISES] },
  'str-heavier-than-child': { sources: [WHY_BACK_PAIN] },
  'str-step-by-step': { sources: [CAUSES_AND_RELIEF] },
  'str-glutes-relaxed': { sources: [WHY_BACK_PAIN] },
  'str-why-strength': { sources: [PT_EXERCISES] },
  'str-return-to-running': { sources: [RUNNING_POSTNATAL] },
  // self-care
  'care-heat-cold': { sources: [CAUSES_AND_RELIEF] },
  'care-rest': { sources: [CAUSES_AND_RELIEF] },
  'care-food': { sources: [CAUSES_AND_RELIEF] },
  'care-accept-help': { sources: [CAUSES_AND_RELIEF] },
  'care-short-walk': { sources: [CAUSES_AND_RELIEF] },
  'care-back-rub': { sources: [CAUSES_AND_RELIEF] },
  'care-not-broken': { sources: [CORE_PROBLEM] },
  'care-caesarean-scar': { sources: [CAUSES_AND_RELIEF] },
  'care-caesarean-getting-up': { sources: [NHS_CAESAREAN_RECOVERY, CAUSES_AND_RELIEF] },
  'care-caesarean-cough': { sources: [NHS_CAESAREAN_RECOVERY] },
  'care-toilet': { sources: [NHS_PELVIC_FLOOR, NICE_POSTNATAL] },
  // get-help
  'help-see-someone-now': { sources: SAFETY_SOURCES },
  'help-pelvic-floor-pt': { sources: [CORE_PROBLEM, PT_EXERCISES] },
  'help-worth-treating': { sources: [CORE_PROBLEM] },
  'help-getting-worse': { sources: [PT_EXERCISES] },
  'help-epidural': { sources: [PT_EXERCISES] },
  'help-pelvic-girdle': { sources: [NHS_PELVIC_PAIN] },
  'help-low-mood': { sources: [NHS_POSTNATAL_DEPRESSION] },
};

const WHY_BY_LOCALE = import.meta.glob<Partial<Record<TipId, string>>>('./tip-why/*.ts', { import: 'WHY' });

/** A tip's note in `locale` (English where that locale has no file), or undefined for an unknown id. */
export async function loadNote(id: string, locale: Locale): Promise<TipNote | undefined> {
  const entry = (TIP_SOURCES as Record<string, { sources: Sources }>)[id];
  if (!entry) return undefined;
  const load = WHY_BY_LOCALE[`./tip-why/${locale}.ts`] ?? WHY_BY_LOCALE['./tip-why/en.ts']!;
  const why = ((await load()) as Record<string, string | undefined>)[id];
  return why === undefined ? entry : { why, sources: entry.sources };
}
