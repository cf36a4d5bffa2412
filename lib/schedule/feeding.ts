/** Feeding mode: pure rules for a running feed. */
import type { FeedingMethod } from '../settings/settings';
import { FEED_SIDES, type FeedSide } from '../vocabulary';

/** A feed nobody ended stops itself after this long, so check-ins never run all day. */
export const FEED_AUTO_END_MIN = 90;

/**
 * The side to suggest for the next feed: the other breast after a left or right feed, otherwise left.
 * A bottle feed suggests a bottle again (the family's pattern is the best guess), and a family that feeds
 * only by bottle is never offered a side.
 */
export function suggestedSide(lastSide: FeedSide | null, method: FeedingMethod | null = null): FeedSide {
  if (method === 'bottle') return 'bottle';
  if (lastSide === 'left') return 'right';
  if (lastSide === 'right') return 'left';
  if (lastSide === 'bottle') return 'bottle';
  return 'left';
}

/** The feed buttons to offer: a bottle-only family gets the bottle alone, with no side to suggest. */
export function feedSidesFor(method: FeedingMethod | null): readonly FeedSide[] {
  return method === 'bottle' ? ['bottle'] : FEED_SIDES;
}
