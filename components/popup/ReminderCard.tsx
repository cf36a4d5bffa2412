import { t, type MessageKey } from '../../shell/i18n';
import type { WaitingReminder } from '../../lib/schedule/state';
import type { IllustrationId } from '../../lib/tips/tip-model';
import type { ReminderKind } from '../../lib/vocabulary';
import { Drawing } from './Drawing';
import { formatWhen } from './format';

type Props = {
  waiting: WaitingReminder;
  /** One short instruction (the notification's line); null until it has loaded, or when there is none. */
  cue: string | null;
  /** The drawing of the reminder's tip, if it has one. */
  drawing?: IllustrationId;
  snoozeMin: number;
  /** Epoch ms. */
  now: number;
  busy: boolean;
  /** Leading: the largest answers. Quiet: the same card, smaller, below a running feed. */
  quiet?: boolean;
  onDone(): void;
  onSnooze(): void;
};

export const REMINDER_TITLE: Record<ReminderKind, MessageKey> = {
  movement: 'popupWaitingMovement',
  feeding: 'popupWaitingFeeding',
  checkin: 'popupWaitingCheckin',
  'after-feed': 'popupWaitingAfterFeed',
};

/** The reminder waiting for an answer, read top-down: what to do, how it looks, then the two answers. */
export function ReminderCard({ waiting, cue, drawing, snoozeMin, now, busy, quiet = false, onDone, onSnooze }: Props) {
  return (
    <section class={`card reminder${quiet ? ' is-quiet' : ''}`} aria-labelledby="reminder-title">
      <p class="eyebrow">{t('popupWaitingSince', formatWhen(waiting.at, now))}</p>
      <h2 id="reminder-title" class="reminder-title">
        {t(REMINDER_TITLE[waiting.kind])}
      </h2>
      {cue && <p class="reminder-cue">{cue}</p>}
      {drawing && !quiet && <Drawing key={drawing} id={drawing} class="is-wide" />}
      {!waiting.notified && <p class="small muted">{t('popupWaitingNotNotified')}</p>}
      <div class="button-pair">
        <button type="button" class={`btn btn-primary${quiet ? '' : ' btn-big'}`} disabled={busy} onClick={onDone}>
          {t('popupDone')}
        </button>
        <button type="button" class={`btn btn-secondary${quiet ? '' : ' btn-big'}`} disabled={busy} onClick={onSnooze}>
          {t('popupSnooze', snoozeMin)}
        </button>
      </div>
    </section>
  );
}
