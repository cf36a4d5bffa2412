/**
 * The welcome page's questions and what each answer changes. Every answer is optional and is saved at once
 * to the same settings the options page edits; this table is the whole of what an answer means.
 *
 * - Gave birth: "no" (partners, adoptive parents) also clears the birth details, which only pick
 *   birth-specific tips.
 * - How the baby is fed: "not feeding now" switches feeding-posture reminders off; any other answer switches
 *   them back on (the parent is feeding again). Bottle feeding drops the side suggestion.
 * - Movement interval: three presets; anything else is "custom" on the options page.
 */
import type { FeedingMethod, Settings } from '../settings/settings';

export const INTERVAL_PRESETS_MIN = [30, 50, 90] as const;
export type IntervalPreset = (typeof INTERVAL_PRESETS_MIN)[number];

export type WelcomeAnswer =
  | { question: 'gave-birth'; value: boolean | null }
  | { question: 'weeks-since-birth'; value: number | null }
  | { question: 'caesarean'; value: boolean | null }
  | { question: 'feeding'; value: FeedingMethod }
  | { question: 'active-hours'; startMin: number; endMin: number }
  | { question: 'movement-interval'; value: IntervalPreset };

export type SettingsPatch = Partial<Settings>;

/** The settings one answer changes (and nothing else). */
export function settingsForAnswer(answer: WelcomeAnswer): SettingsPatch {
  switch (answer.question) {
    case 'gave-birth':
      return answer.value === false
        ? { gaveBirth: false, weeksSinceBirth: null, caesarean: null }
        : { gaveBirth: answer.value };
    case 'weeks-since-birth':
      return { weeksSinceBirth: answer.value };
    case 'caesarean':
      return { caesarean: answer.value };
    case 'feeding':
      return { feedingMethod: answer.value, feedingEnabled: answer.value !== 'none' };
    case 'active-hours':
      return { activeStartMin: answer.startMin, activeEndMin: answer.endMin };
    case 'movement-interval':
      return { movementIntervalMin: answer.value, movementEnabled: true };
  }
}

/** The preset the current interval matches, or `custom` (set on the options page). */
export function intervalChoice(settings: Pick<Settings, 'movementIntervalMin'>): IntervalPreset | 'custom' {
  const preset = INTERVAL_PRESETS_MIN.find((min) => min === settings.movementIntervalMin);
  return preset ?? 'custom';
}

/** The feeding answer the settings stand for: "not feeding now" whenever feeding reminders are off. */
export function feedingChoice(settings: Pick<Settings, 'feedingEnabled' | 'feedingMethod'>): FeedingMethod | null {
  if (!settings.feedingEnabled) return 'none';
  return settings.feedingMethod === 'none' ? null : settings.feedingMethod;
}
