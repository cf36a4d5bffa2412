/**
 * What the 360° breathing drill says, as locale message keys: a set-up line before the first breath, the cue
 * for each phase, and a care note. "Breathing only" (the `breathingOnly` setting) drops the pelvic-floor lift
 * from the breath out, for a first try or a day when the lift does not feel right.
 */
import type messages from '../locales/en/popup.json';

type PopupMessageKey = keyof typeof messages;

export interface DrillCues {
  /** How to sit before starting. */
  setUp: PopupMessageKey;
  in: PopupMessageKey;
  out: PopupMessageKey;
  /** Let go fully; stop if it hurts. */
  care: PopupMessageKey;
}

const WITH_LIFT: DrillCues = {
  setUp: 'popupDrillSetUp',
  in: 'popupBreatheInCue',
  out: 'popupBreatheOutCue',
  care: 'popupDrillCare',
};

const BREATHING_ONLY: DrillCues = {
  setUp: 'popupDrillSetUp',
  in: 'popupBreatheInCueOnly',
  out: 'popupBreatheOutCueOnly',
  care: 'popupDrillCareOnly',
};

export function drillCues(breathingOnly: boolean): DrillCues {
  return breathingOnly ? BREATHING_ONLY : WITH_LIFT;
}

