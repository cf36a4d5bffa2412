import { useSignal } from '@preact/signals';
import type { FunctionComponent } from 'preact';
import { useEffect } from 'preact/hooks';
import type { HistoryEntry } from '../../lib/history/history';
import type { ChartRange } from '../../lib/history/history-chart';
import { t } from '../../shell/i18n';
import { Section } from './fields';
import type { HistoryChartProps } from './HistoryChart';
import type { PageDeps } from './page-deps';

/** The last 7 or 30 days. The chart itself is loaded after first paint: nothing above it waits for it. */
export function HistorySection({ deps }: { deps: PageDeps }) {
  const history = useSignal<HistoryEntry[] | null>(null);
  const range = useSignal<ChartRange>(7);
  const Chart = useSignal<FunctionComponent<HistoryChartProps> | null>(null);

  useEffect(() => {
    void deps.loadHistory().then((entries) => (history.value = entries));
    void import('./HistoryChart').then((m) => (Chart.value = m.HistoryChart));
    return deps.watchHistory((entries) => (history.value = entries));
  }, []);

  const Loaded = Chart.value;
  return (
    <Section id="history" title={t('optionsHistoryTitle')} intro={t('optionsHistoryIntro')}>
      <div class="range-switch" role="group" aria-label={t('optionsHistoryRange')}>
        {([7, 30] as const).map((days) => (
          <button type="button" key={days} class="chip" aria-pressed={range.value === days} onClick={() => (range.value = days)}>
            {t('optionsHistoryDays', days)}
          </button>
        ))}
      </div>
      {history.value && Loaded ? (
        <Loaded history={history.value} now={deps.now()} days={range.value} />
      ) : (
        <p class="muted">{t('optionsHistoryLoading')}</p>
      )}
    </Section>
  );
}
