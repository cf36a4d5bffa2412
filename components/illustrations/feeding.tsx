/** Drawings for feeding set-ups: the body supported, the baby brought up to the parent. */
import { Baby, PROP } from './parts';

/**
 * Lying on one side to feed, seen from above: head on a pillow, a pillow behind the back and one at the knees,
 * the baby lying alongside facing the parent's chest.
 */
export function SideLyingFeed() {
  return (
    <g>
      <rect {...PROP} x="8" y="20" width="224" height="116" rx="10" />
      <rect {...PROP} x="16" y="48" width="40" height="30" rx="9" />
      <rect {...PROP} x="64" y="30" width="72" height="16" rx="8" />
      <rect {...PROP} x="156" y="84" width="34" height="26" rx="9" />
      <circle cx="40" cy="62" r="10" />
      <path d="M52 64H140L172 98L212 94M62 68Q96 70 112 84" />
      <Baby x={72} y={86} />
    </g>
  );
}

/** Seated upright for a bottle feed: the baby fairly upright against the chest, the feeding arm on a pillow. */
export function BottleFeed() {
  return (
    <g>
      <path {...PROP} d="M8 148H232" />
      <path {...PROP} d="M66 30V112H132M70 112V148M128 112V148" />
      <rect {...PROP} x="94" y="84" width="46" height="18" rx="8" />
      <circle cx="92" cy="30" r="10" />
      <path d="M90 42L86 106L138 104L140 146H152M89 50L96 78L128 86M90 50L116 58L122 38" />
      <Baby x={100} y={62} angle={36} />
      <rect x="102" y="40" width="22" height="8" rx="3" transform="rotate(-42 113 44)" />
    </g>
  );
}
