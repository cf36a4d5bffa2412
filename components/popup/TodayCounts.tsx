import type { DayCounts } from '../../lib/history/history';
import { formatLocale, t, type MessageKey } from '../../shell/i18n';

type Props = { counts: DayCounts };

/** Each count's messages: "one" for the plural category one, "other" for every other category. */
type Counted = Pick<DayCounts, 'movementDone' | 'drills' | 'feeds'>;

const PARTS: Array<[keyof Counted, one: MessageKey, other: MessageKey]> = [
  ['movementDone', 'popupTodayMovementOne', 'popupTodayMovementOther'],
  ['drills', 'popupTodayDrillOne', 'popupTodayDrillOther'],
  ['feeds', 'popupTodayFeedOne', 'popupTodayFeedOther'],
];

/**
 * Today in words: "Today so far: 2 movement breaks and a breathing drill." Counts only, no streaks and no
 * scores; a count of 0 is left out, and a day with nothing yet says so plainly. Plurals follow the messages'
 * language's rules and the list its conjunction; word order lives in the messages.
 */
export function todaySentence(counts: Counted, language = formatLocale()): string {
  const plural = new Intl.PluralRules(language);
  const parts = PARTS.filter(([field]) => counts[field] > 0).map(([field, one, other]) =>
    plural.select(counts[field]) === 'one' ? t(one, counts[field]) : t(other, counts[field]),
  );
  if (parts.length === 0) return t('popupTodayNone');
  return t('popupTodaySentence', new Intl.ListFormat(language, { type: 'conjunction' }).format(parts));
}

export function TodayCounts({ counts }: Props) {
  return (
    <section class="today" aria-label={t('popupTodayHeading')}>
      <p data-testid="today">{todaySentence(counts)}</p>
    </section>
  );
}
