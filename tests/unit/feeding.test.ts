import { describe, expect, it } from 'vitest';
import { feedSidesFor, suggestedSide } from '../../lib/schedule/feeding';
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

describe('a bottle-only family', () => {
  it.each([null, 'left', 'right', 'bottle'] as Array<FeedSide | null>)('is offered the bottle alone after %s, with no side', (last) => {
    expect(suggestedSide(last, 'bottle')).toBe('bottle');
    expect(feedSidesFor('bottle')).toEqual(['bottle']);
  });

  it.each(['breast', 'both', null] as const)('others (%s) keep every side', (method) => {
    expect(feedSidesFor(method)).toEqual(['left', 'right', 'bottle']);
    expect(suggestedSide('left', method)).toBe('right');
  });
});
