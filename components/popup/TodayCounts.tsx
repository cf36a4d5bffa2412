import type { DayCounts } from '../../lib/history/history';
import { formatLocale, t, type MessageKey } from '../../shell/i18n';
import { perLocale } from './format';

type Props = {
  /** Null until the history has been read (it comes on its own, just after the first paint). */
  counts: DayCounts | null;
  /** The history could not be read. */
  unread?: boolean;
};

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
  const parts = PARTS.filter(([field]) => counts[field] > 0);
  if (parts.length === 0) return t('popupTodayNone');
  const { plural, list } = intl(language);
  const words = parts.map(([field, one, other]) => (plural.select(counts[field]) === 'one' ? t(one, counts[field]) : t(other, counts[field])));
  return t('popupTodaySentence', list.format(words));
}

const intl = perLocale((language) => ({ plural: new Intl.PluralRules(language), list: new Intl.ListFormat(language, { type: 'conjunction' }) }));

export function TodayCounts({ counts, unread = false }: Props) {
  // Until the history is read, the line keeps its place (popup.css), so nothing below it moves when it comes.
  const text = counts ? todaySentence(counts) : unread ? t('popupTodayUnread') : '';
  return (
    <section class="today" aria-label={t('popupTodayHeading')} aria-busy={!counts && !unread}>
      <p data-testid="today">{text}</p>
    </section>
  );
}
