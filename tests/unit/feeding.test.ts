import { describe, expect, it } from 'vitest';
import { suggestedSide, type FeedSide } from '../../lib/feeding';

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
