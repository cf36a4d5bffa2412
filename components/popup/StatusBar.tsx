import { useRef, useState } from 'preact/hooks';
import { t, type MessageKey } from '../../shell/i18n';
import type { StatusLine as Line, UpcomingItem } from '../../lib/schedule/status';
import { minutesText } from '../format';
import { formatWhen } from './format';
import { PAUSE_PRESETS, type PausePreset, type ReminderKind } from '../../lib/vocabulary';

const KIND_NAME: Record<ReminderKind, MessageKey> = {
  movement: 'popupKindMovement',
  feeding: 'popupKindFeeding',
  checkin: 'popupKindCheckin',
  'after-feed': 'popupKindAfterFeed',
};

const PRESET_LABEL: Record<PausePreset, MessageKey> = {
  '30m': 'popupPause30m',
  '1h': 'popupPause1h',
  '2h': 'popupPause2h',
  tomorrow: 'popupPauseTomorrow',
};

const UPCOMING: Record<UpcomingItem['kind'], [inTime: MessageKey, soon: MessageKey]> = {
  movement: ['popupStatusMoveIn', 'popupStatusMoveSoon'],
  'after-feed': ['popupStatusAfterFeedIn', 'popupStatusAfterFeedSoon'],
  feeding: ['popupStatusFeedingIn', 'popupStatusFeedingSoon'],
};

/** Everything coming up is said one way: how long until it ("in 23 min", "in 1 h 10 min"). */
function upcomingText(item: UpcomingItem): string {
  const [inTime, soon] = UPCOMING[item.kind];
  return item.minutes > 0 ? t(inTime, minutesText(item.minutes)) : t(soon);
}

/** The status line's parts, joined with a dot in the view. */
export function statusTexts(line: Line, now: number): string[] {
  switch (line.kind) {
    case 'paused':
      return [t('popupStatusPausedUntil', formatWhen(line.until, now))];
    case 'snoozed':
      return [t('popupStatusSnoozed', t(KIND_NAME[line.reminder]), minutesText(Math.max(1, line.minutes)))];
    case 'held':
      return [line.by === 'fullscreen' ? t('popupStatusHeldFullscreen') : t('popupStatusHeldSound')];
    case 'no-days':
      return [t('popupStatusNoDays')];
    case 'all-off':
      return [t('popupStatusAllOff')];
    case 'upcoming':
      return line.items.map(upcomingText);
    case 'outside-hours':
      return [t('popupStatusOutsideHours', formatWhen(line.resumesAt, now))];
    case 'nothing':
      return [t('popupStatusNothing')];
  }
}

type LineProps = { line: Line; now: number };

/** What comes next, on one line ("Move in 23 min · Feed set-up in 1 h 10 min"). */
export function StatusLine({ line, now }: LineProps) {
  return (
    <section class="status" aria-label={t('popupStatusHeading')}>
      <ul class="status-line" data-testid="status-line">
        {statusTexts(line, now).map((text) => (
          <li key={text}>{text}</li>
        ))}
      </ul>
    </section>
  );
}

type PauseProps = {
  busy: boolean;
  onPause(preset: PausePreset): void;
};

/**
 * Pause: a toggle (in the header) and its four choices below it. Escape closes the choices from anywhere in
 * them, the toggle included, and focus goes back to the toggle.
 */
export function PauseMenu({ busy, onPause }: PauseProps) {
  const [open, setOpen] = useState(false);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    toggleRef.current?.focus();
  };
  return (
    <div
      class="pause-menu"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.preventDefault();
          e.stopPropagation();
          close();
        }
      }}
    >
      <button
        ref={toggleRef}
        type="button"
        class="btn btn-secondary btn-small pause-toggle"
        aria-expanded={open}
        aria-controls="pause-choices"
        onClick={() => setOpen(!open)}
      >
        {t('popupPause')}
        <span class="chevron" aria-hidden="true" />
      </button>
      {open && (
        <div id="pause-choices" class="pause-choices" role="group" aria-label={t('popupPauseFor')}>
          <p class="pause-label" aria-hidden="true">
            {t('popupPauseFor')}
          </p>
          <div class="choice-grid">
            {PAUSE_PRESETS.map((preset) => (
              <button
                key={preset}
                type="button"
                class="btn btn-secondary"
                disabled={busy}
                onClick={() => {
                  onPause(preset);
                  close();
                }}
              >
                {t(PRESET_LABEL[preset])}
              </button>
            ))}
          </div>
        </div>
      )}
    </div>
  );
}

type PausedProps = { until: number; now: number; busy: boolean; onResume(): void };

/** A running pause, leading: when it ends, and Resume in the largest target. */
export function PausedCard({ until, now, busy, onResume }: PausedProps) {
  return (
    <section class="card paused" aria-labelledby="paused-title">
      <h2 id="paused-title" class="lead-title" data-testid="status-line">
        {t('popupStatusPausedUntil', formatWhen(until, now))}
      </h2>
      <p class="muted small">{t('popupPausedHint')}</p>
      <button type="button" class="btn btn-primary btn-big btn-wide" disabled={busy} onClick={onResume}>
        {t('popupResume')}
      </button>
    </section>
  );
}
