/**
 * When to get help: the one safety list, in three tiers by how soon to act. Every place that shows it (the
 * popup's clinician note, the options page's About, the get-help tip, the README) takes it from here, and
 * tests/unit/safety.test.ts fails if any of them differs. The words are locale messages
 * (lib/locales/<locale>/safety.json); "new" marks signs that are only a warning when they are new, since some
 * leaking, for one, is common after a birth.
 */
import type messages from '../locales/en/safety.json';
export { SAFETY_SOURCES } from './sources';

export type SafetyMessageKey = keyof typeof messages;

export interface SafetyTier {
  id: 'now' | 'same-day' | 'book';
  /** What to do, ending in "if you have". */
  title: SafetyMessageKey;
  signs: readonly SafetyMessageKey[];
}

export const SAFETY_TIERS: readonly SafetyTier[] = [
  {
    id: 'now',
    title: 'safetyNowTitle',
    signs: ['safetyNowSaddle', 'safetyNowBladderBowel', 'safetyNowLegs', 'safetyNowChest', 'safetyNowHeadache'],
  },
  {
    id: 'same-day',
    title: 'safetySameDayTitle',
    signs: ['safetySameDayFever', 'safetySameDayCalf', 'safetySameDayWound', 'safetySameDayFall', 'safetySameDayEpidural', 'safetySameDayConstant'],
  },
  {
    id: 'book',
    title: 'safetyBookTitle',
    signs: ['safetyBookHeaviness', 'safetyBookDoming', 'safetyBookLeaking', 'safetyBookNotImproving'],
  },
];

/** Every message the list shows, in order: each tier's title, then its signs. */
export const SAFETY_MESSAGE_KEYS: readonly SafetyMessageKey[] = SAFETY_TIERS.flatMap((tier) => [tier.title, ...tier.signs]);
