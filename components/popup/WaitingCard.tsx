import { t, type MessageKey } from '../../shell/i18n';
import type { WaitingReminder } from '../../lib/schedule/state';
import { formatWhen } from './format';
import type { ReminderKind } from '../../lib/vocabulary';

type Props = {
  waiting: WaitingReminder;
  snoozeMin: number;
  /** Epoch ms. */
  now: number;
  busy: boolean;
  onDone(): void;
  onSnooze(): void;
};

const TITLE: Record<ReminderKind, MessageKey> = {
  movement: 'popupWaitingMovement',
  feeding: 'popupWaitingFeeding',
  checkin: 'popupWaitingCheckin',
  'after-feed': 'popupWaitingAfterFeed',
};

/** The reminder that is waiting for an answer, with two big buttons. */
export function WaitingCard({ waiting, snoozeMin, now, busy, onDone, onSnooze }: Props) {
  return (
    <section class="card waiting" aria-labelledby="waiting-title">
      <h2 id="waiting-title" class="waiting-title">
        {t(TITLE[waiting.kind])}
      </h2>
      <p class="muted small">{t('popupWaitingSince', formatWhen(waiting.at, now))}</p>
      {!waiting.notified && <p class="small">{t('popupWaitingNotNotified')}</p>}
      <div class="button-pair">
        <button type="button" class="btn btn-primary btn-big" disabled={busy} onClick={onDone}>
          {t('popupDone')}
        </button>
        <button type="button" class="btn btn-secondary btn-big" disabled={busy} onClick={onSnooze}>
          {t('popupSnooze', snoozeMin)}
        </button>
      </div>
    </section>
  );
}
