import { describe, expect, it } from 'vitest';
import { suggestedSide } from '../../lib/schedule/feeding';
import type { FeedSide } from '../../lib/vocabulary';

describe('suggestedSide', () => {
  it.each([
    [null, 'left'],
    ['left', 'right'],
    ['right', 'left'],
    ['bottle', 'bottle'],
  ] as Array<[FeedSide | null, FeedSide]>)('after %s, suggests %s', (last, expected) => {
    expect(suggestedSide(last)).toBe(expected);
  });
});
