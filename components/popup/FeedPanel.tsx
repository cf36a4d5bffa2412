import { t, type MessageKey } from '../../shell/i18n';
import type { FeedStatus } from '../../lib/schedule/status';
import { formatClock, formatElapsed } from './format';
import { FEED_SIDES, type FeedSide } from '../../lib/vocabulary';

type Props = {
  feed: FeedStatus | null;
  suggested: FeedSide;
  /** Epoch ms. */
  now: number;
  busy: boolean;
  onStart(side: FeedSide): void;
  onEnd(): void;
};

export const SIDE_NAME: Record<FeedSide, MessageKey> = {
  left: 'popupFeedLeft',
  right: 'popupFeedRight',
  bottle: 'popupFeedBottle',
};

/** One tap starts a feed (the suggested side first); during a feed, its side, running time and End feed. */
export function FeedPanel({ feed, suggested, now, busy, onStart, onEnd }: Props) {
  if (feed) {
    return (
      <section class="card feed is-running" aria-labelledby="feed-title">
        <div class="feed-head">
          <h2 id="feed-title" class="section-title">
            {t('popupFeedRunning', t(SIDE_NAME[feed.side]))}
          </h2>
          {/* role=timer is not announced on every change, only when read. */}
          <span class="feed-time" role="timer" aria-label={t('popupFeedElapsed')} data-testid="feed-time">
            {formatElapsed(feed.elapsedSec)}
          </span>
        </div>
        <p class="muted small dot-list">
          <span>{t('popupFeedStartedAt', formatClock(feed.startedAt))}</span>
          {feed.nextCheckInAt > now && <span>{t('popupFeedNextCheck', formatClock(feed.nextCheckInAt))}</span>}
        </p>
        <button type="button" class="btn btn-primary btn-big btn-wide" disabled={busy} onClick={onEnd}>
          {t('popupFeedEnd')}
        </button>
      </section>
    );
  }
  const order = [suggested, ...FEED_SIDES.filter((side) => side !== suggested)];
  return (
    <section class="card feed" aria-labelledby="feed-title">
      <div class="feed-head">
        <h2 id="feed-title" class="section-title">
          {t('popupFeedHeading')}
        </h2>
        <span class="muted small">{t('popupFeedSuggested', t(SIDE_NAME[suggested]))}</span>
      </div>
      <div class="side-buttons">
        {order.map((side) => (
          <button
            key={side}
            type="button"
            class={`btn ${side === suggested ? 'btn-primary is-suggested' : 'btn-secondary'}`}
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
