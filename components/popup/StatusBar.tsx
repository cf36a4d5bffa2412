import { useRef, useState } from 'preact/hooks';
import { t, type MessageKey } from '../../shell/i18n';
import type { StatusLine, UpcomingItem } from '../../lib/schedule/status';
import { formatAt, formatWhen } from './format';
import { PAUSE_PRESETS, type PausePreset, type ReminderKind } from '../../lib/vocabulary';

type Props = {
  line: StatusLine;
  /** Epoch ms. */
  now: number;
  busy: boolean;
  onPause(preset: PausePreset): void;
  onResume(): void;
};

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

function upcomingText(item: UpcomingItem, now: number): string {
  switch (item.kind) {
    case 'movement':
      return item.minutes > 0 ? t('popupStatusMoveIn', item.minutes) : t('popupStatusMoveSoon');
    case 'after-feed':
      return item.minutes > 0 ? t('popupStatusAfterFeedIn', item.minutes) : t('popupStatusAfterFeedSoon');
    case 'feeding':
      return t('popupStatusFeedingAt', formatAt(item.at, now));
  }
}

/** The status line's parts, joined with a dot in the view. */
export function statusTexts(line: StatusLine, now: number): string[] {
  switch (line.kind) {
    case 'paused':
      return [t('popupStatusPausedUntil', formatWhen(line.until, now))];
    case 'snoozed':
      return [t('popupStatusSnoozed', t(KIND_NAME[line.reminder]), formatAt(line.until, now))];
    case 'held':
      return [line.by === 'fullscreen' ? t('popupStatusHeldFullscreen') : t('popupStatusHeldSound')];
    case 'no-days':
      return [t('popupStatusNoDays')];
    case 'all-off':
      return [t('popupStatusAllOff')];
    case 'upcoming':
      return line.items.map((item) => upcomingText(item, now));
    case 'outside-hours':
      return [t('popupStatusOutsideHours', formatWhen(line.resumesAt, now))];
    case 'nothing':
      return [t('popupStatusNothing')];
  }
}

/** What comes next, with Pause (a simple disclosure of four choices) or Resume. */
export function StatusBar({ line, now, busy, onPause, onResume }: Props) {
  const [open, setOpen] = useState(false);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const paused = line.kind === 'paused';
  const close = () => {
    setOpen(false);
    toggleRef.current?.focus();
  };

  return (
    <section class="status" aria-label={t('popupStatusHeading')}>
      <div class="status-row">
        <ul class="status-line" data-testid="status-line">
          {statusTexts(line, now).map((text) => (
            <li key={text}>{text}</li>
          ))}
        </ul>
        {paused ? (
          <button type="button" class="btn btn-primary" disabled={busy} onClick={onResume}>
            {t('popupResume')}
          </button>
        ) : (
          <button
            ref={toggleRef}
            type="button"
            class="btn btn-secondary"
            aria-expanded={open}
            aria-controls="pause-choices"
            onClick={() => setOpen(!open)}
          >
            {t('popupPause')}
            <span class="chevron" aria-hidden="true" />
          </button>
        )}
      </div>
      {open && !paused && (
        <div
          id="pause-choices"
          class="pause-choices"
          role="group"
          aria-label={t('popupPauseFor')}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.stopPropagation();
              close();
            }
          }}
        >
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
    </section>
  );
}
