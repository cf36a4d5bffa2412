/**
 * Small bar charts of what was recorded: movement breaks (done / snoozed / missed, stacked), breathing
 * drills and feeds, one bar per day. Each chart is an image with its totals as its accessible name, the
 * totals are also written out, and the numbers by day are in a table.
 */
import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import type { DayCounts, HistoryEntry } from '../../lib/history/history';
import { dailySeries, movementTotal, scaleTop, seriesTotals, type DayBar } from '../../lib/history/history-chart';
import { formatLocale, t, type MessageKey } from '../../shell/i18n';

export interface HistoryChartProps {
  history: readonly HistoryEntry[];
  /** Epoch ms: the last day shown is the one holding it. */
  now: number;
  days: number;
}

type Part = { key: keyof DayCounts; className: string };

/** The charts with one series each: drills and feeds. */
const SINGLE_SERIES: ReadonlyArray<{ key: 'drills' | 'feeds'; title: MessageKey; className: string }> = [
  { key: 'drills', title: 'optionsChartDrills', className: 'bar-drill' },
  { key: 'feeds', title: 'optionsChartFeeds', className: 'bar-feed' },
];

const WIDTH = 640;
const HEIGHT = 120;
const TOP = 8;
const BOTTOM = 22;
const LEFT = 28;

export function HistoryChart({ history, now, days }: HistoryChartProps) {
  const series = dailySeries(history, now, days);
  const totals = seriesTotals(series);
  const empty = Object.values(totals).every((n) => n === 0);
  const id = `chart-${days}`;

  const movementSummary = t('optionsChartMovementSummary', totals.movementDone, totals.movementSnoozed, totals.movementMissed);
  return (
    <div class="history">
      {empty ? <p class="note">{t('optionsHistoryEmpty')}</p> : null}
      <figure class="chart">
        <figcaption>
          <span class="chart-title">{t('optionsChartMovement')}</span>
          <span class="legend" aria-hidden="true">
            <span class="swatch bar-done" /> {t('optionsChartDone')} <span class="swatch bar-snoozed" /> {t('optionsChartSnoozed')}{' '}
            <span class="swatch bar-missed" /> {t('optionsChartMissed')}
          </span>
        </figcaption>
        <Bars
          id={`${id}-movement`}
          label={`${t('optionsChartMovement')}, ${t('optionsHistoryDays', days)}: ${movementSummary}`}
          series={series}
          parts={[
            { key: 'movementDone', className: 'bar-done' },
            { key: 'movementSnoozed', className: 'bar-snoozed' },
            { key: 'movementMissed', className: 'bar-missed' },
          ]}
        />
        <p class="chart-total">{movementSummary}</p>
      </figure>
      <div class="chart-pair">
        {SINGLE_SERIES.map(({ key, title, className }) => (
          <figure class="chart" key={key}>
            <figcaption class="chart-title">{t(title)}</figcaption>
            <Bars
              id={`${id}-${key}`}
              label={`${t(title)}, ${t('optionsHistoryDays', days)}: ${totals[key]}`}
              series={series}
              parts={[{ key, className }]}
              compact
            />
            <p class="chart-total">{t('optionsChartTotal', totals[key])}</p>
          </figure>
        ))}
      </div>
      <details class="numbers">
        <summary>{t('optionsHistoryTable')}</summary>
        <DayTable series={series} />
      </details>
    </div>
  );
}

/**
 * The drawing is as wide as its box in CSS pixels, so labels keep their size on a phone-width window and
 * on a wide screen alike.
 */
function useBoxWidth(fallback: number) {
  const ref = useRef<HTMLDivElement>(null);
  const width = useSignal(fallback);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const measure = () => {
      if (el.clientWidth > 0) width.value = el.clientWidth;
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return { ref, width: width.value };
}

function Bars({ id, label, series, parts, compact }: { id: string; label: string; series: DayBar[]; parts: Part[]; compact?: boolean }) {
  const box = useBoxWidth(compact ? WIDTH / 2 : WIDTH);
  const width = box.width;
  const height = compact ? HEIGHT * 0.8 : HEIGHT;
  const plot = height - TOP - BOTTOM;
  const largest = Math.max(...series.map((d) => (parts.length > 1 ? movementTotal(d.counts) : d.counts[parts[0]!.key])));
  const top = scaleTop(largest);
  const slot = (width - LEFT) / series.length;
  const barWidth = Math.max(2, Math.min(36, slot * 0.7));
  const y = (n: number) => TOP + plot - (n / top) * plot;
  // As many day labels as fit: about one per 48 px, stepping by whole days from today backwards.
  const fit = Math.max(1, Math.floor((width - LEFT) / 48));
  const labelEvery = [1, 2, 7, 14, 30].find((step) => Math.ceil(series.length / step) <= fit) ?? series.length;

  return (
    <div ref={box.ref} class="bars-box">
      <svg class="bars" viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-title`}>
        <title id={`${id}-title`}>{label}</title>
        {[0, top].map((tick) => (
          <g key={tick} class="grid">
            <line x1={LEFT} x2={width} y1={y(tick)} y2={y(tick)} />
            <text x={LEFT - 6} y={y(tick) + 4} text-anchor="end">
              {tick}
            </text>
          </g>
        ))}
        {series.map((day, i) => {
          const x = LEFT + i * slot + (slot - barWidth) / 2;
          let base = 0;
          const fromEnd = series.length - 1 - i;
          return (
            <g key={day.dayStart}>
              {parts.map(({ key, className }) => {
                const n = day.counts[key];
                if (n === 0) return null;
                const rect = <rect key={key} class={className} x={x} width={barWidth} y={y(base + n)} height={y(base) - y(base + n)} rx={2} />;
                base += n;
                return rect;
              })}
              {fromEnd % labelEvery === 0 ? (
                <text class="day-label" x={x + barWidth / 2} y={height - 6} text-anchor="middle">
                  {dayLabel(day.dayStart, series.length <= 7)}
                </text>
              ) : null}
            </g>
          );
        })}
      </svg>
    </div>
  );
}

function DayTable({ series }: { series: DayBar[] }) {
  return (
    <div class="table-wrap">
      <table>
        <thead>
          <tr>
            <th scope="col">{t('optionsTableDay')}</th>
            <th scope="col">{t('optionsChartDone')}</th>
            <th scope="col">{t('optionsChartSnoozed')}</th>
            <th scope="col">{t('optionsChartMissed')}</th>
            <th scope="col">{t('optionsChartDrills')}</th>
            <th scope="col">{t('optionsChartFeeds')}</th>
          </tr>
        </thead>
        <tbody>
          {[...series].reverse().map(({ dayStart, counts }) => (
            <tr key={dayStart}>
              <th scope="row">{longDate(dayStart)}</th>
              <td>{counts.movementDone}</td>
              <td>{counts.movementSnoozed}</td>
              <td>{counts.movementMissed}</td>
              <td>{counts.drills}</td>
              <td>{counts.feeds}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

// Dates are formatted in the messages' language, with the user's regional conventions where they match it.
const dayLabel = (at: number, weekday: boolean) =>
  new Intl.DateTimeFormat(formatLocale(), weekday ? { weekday: 'short' } : { day: 'numeric', month: 'short' }).format(at);
const longDate = (at: number) =>
  new Intl.DateTimeFormat(formatLocale(), { weekday: 'short', day: 'numeric', month: 'short' }).format(at);
