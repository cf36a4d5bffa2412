import { t, type MessageKey } from '../../shell/i18n';
import type { FeedStatus } from '../../lib/schedule/status';
import { minutesUntil } from '../../lib/schedule/status';
import { minutesText } from '../format';
import { formatClock, formatElapsed } from './format';
import type { FeedSide } from '../../lib/vocabulary';

export const SIDE_NAME: Record<FeedSide, MessageKey> = {
  left: 'popupFeedLeft',
  right: 'popupFeedRight',
  bottle: 'popupFeedBottle',
};

type CardProps = {
  feed: FeedStatus;
  /** The posture checklist cue for now; null until the cues have loaded. */
  cue: string | null;
  /** A posture check is due: answered here, with one tap. */
  checkIn: boolean;
  /** Epoch ms. */
  now: number;
  busy: boolean;
  onEnd(): void;
  onCheckDone(): void;
};

/**
 * A running feed, calm: its side, a big running time and End feed first; the posture checklist cue inline.
 * When a posture check is due it lights up here and one tap answers it (its notification offers the same
 * two answers, Done and End feed).
 */
export function FeedCard({ feed, cue, checkIn, now, busy, onEnd, onCheckDone }: CardProps) {
  const nextIn = feed.nextCheckInAt > now ? minutesText(minutesUntil(feed.nextCheckInAt, now)) : null;
  return (
    <section class="card feed is-running" aria-labelledby="feed-title">
      <div class="feed-head">
        <h2 id="feed-title" class="eyebrow">
          {t('popupFeedRunning', t(SIDE_NAME[feed.side]))}
        </h2>
        <span class="muted small">{t('popupFeedStartedAt', formatClock(feed.startedAt))}</span>
      </div>
      {/* role=timer is not announced on every change, only when read. */}
      <p class="feed-time" role="timer" aria-label={t('popupFeedElapsed')} data-testid="feed-time">
        {formatElapsed(feed.elapsedSec)}
      </p>
      <button type="button" class="btn btn-primary btn-big btn-wide" disabled={busy} onClick={onEnd}>
        {t('popupFeedEnd')}
      </button>
      <div class={`feed-cue${checkIn ? ' is-due' : ''}`} data-testid="feed-cue">
        <p class="eyebrow">{checkIn ? t('popupFeedCheckNow') : t('popupFeedCueLabel')}</p>
        {cue && <p class="feed-cue-text">{cue}</p>}
        {checkIn ? (
          <button type="button" class="btn btn-secondary btn-wide" disabled={busy} onClick={onCheckDone}>
            {t('popupDone')}
          </button>
        ) : (
          nextIn && <p class="muted small">{t('popupFeedNextCheck', nextIn)}</p>
        )}
      </div>
    </section>
  );
}

type StartProps = {
  /** The buttons to offer (a bottle-only family gets the bottle alone). */
  sides: readonly FeedSide[];
  /** The side to suggest first, or null when there is nothing to choose between. */
  suggested: FeedSide | null;
  busy: boolean;
  onStart(side: FeedSide): void;
};

/** One tap starts a feed, the suggested side first; quiet buttons, so the lead stays the lead. */
export function FeedStart({ sides, suggested, busy, onStart }: StartProps) {
  const order = suggested ? [suggested, ...sides.filter((side) => side !== suggested)] : sides;
  return (
    <section class="feed-start" aria-labelledby="feed-title">
      <h2 id="feed-title" class="section-title">
        {t('popupFeedHeading')}
      </h2>
      <div class="side-buttons">
        {order.map((side) => (
          <button
            key={side}
            type="button"
            class={`btn btn-secondary${side === suggested ? ' is-suggested' : ''}`}
            disabled={busy}
            onClick={() => onStart(side)}
          >
            {t(SIDE_NAME[side])}
            {side === suggested && ' '}
            {side === suggested && <span class="suggested-mark">{t('popupFeedSuggestedMark')}</span>}
          </button>
        ))}
      </div>
    </section>
  );
}
