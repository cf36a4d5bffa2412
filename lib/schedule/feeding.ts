/** Feeding mode: pure rules for a running feed. */
import type { FeedSide } from '../vocabulary';

/** A feed nobody ended stops itself after this long, so check-ins never run all day. */
export const FEED_AUTO_END_MIN = 90;

/**
 * The side to suggest for the next feed: the other breast after a left or right feed, otherwise left.
 * A bottle feed suggests a bottle again (the family's pattern is the best guess).
 */
export function suggestedSide(lastSide: FeedSide | null): FeedSide {
  if (lastSide === 'left') return 'right';
  if (lastSide === 'right') return 'left';
  if (lastSide === 'bottle') return 'bottle';
  return 'left';
}
