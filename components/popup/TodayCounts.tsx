import type { DayCounts } from '../../lib/history/history';
import { t, type MessageKey } from '../../shell/i18n';

type Props = { counts: DayCounts };

const ROWS: Array<[keyof DayCounts, MessageKey]> = [
  ['movementDone', 'popupTodayMovement'],
  ['drills', 'popupTodayDrills'],
  ['feeds', 'popupTodayFeeds'],
];

/** What today held, as recorded: counts only, no streaks and no scores. */
export function TodayCounts({ counts }: Props) {
  return (
    <section class="today" aria-labelledby="today-title">
      <h2 id="today-title" class="section-title">
        {t('popupTodayHeading')}
      </h2>
      <dl class="today-grid">
        {ROWS.map(([field, label]) => (
          <div key={field} class="today-item">
            <dt>{t(label)}</dt>
            <dd data-testid={`today-${field}`}>{counts[field]}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
