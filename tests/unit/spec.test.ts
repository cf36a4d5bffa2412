import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../lib/schedule/commands';
import { arrayOf, number, object, oneOf, repair, time, variant } from '../../lib/spec';

describe('the checks', () => {
  it.each([
    [5, { ok: true, value: 5 }],
    ['5', { ok: false, problem: { reason: 'wrong-type', field: 'n', min: 1, max: 10 } }],
    [Number.NaN, { ok: false, problem: { reason: 'wrong-type', field: 'n', min: 1, max: 10 } }],
    [Number.POSITIVE_INFINITY, { ok: false, problem: { reason: 'wrong-type', field: 'n', min: 1, max: 10 } }],
    [2.5, { ok: false, problem: { reason: 'not-a-whole-number', field: 'n', min: 1, max: 10 } }],
    [0, { ok: false, problem: { reason: 'too-small', field: 'n', min: 1, max: 10 } }],
    [1e300, { ok: false, problem: { reason: 'too-large', field: 'n', min: 1, max: 10 } }],
  ])('number(1, 10) on %j', (value, expected) => {
    expect(number(1, 10)(value, 'n')).toEqual(expected);
  });

  it('names the path of the first problem, and copies only the keys it checked', () => {
    const check = object({ list: arrayOf(object({ at: time, side: oneOf(['left', 'right'] as const) })) });
    expect(check({ list: [{ at: 1, side: 'left', note: 'x' }] })).toEqual({ ok: true, value: { list: [{ at: 1, side: 'left' }] } });
    expect(check({ list: [{ at: 1, side: 'left' }, { at: 2, side: 'middle' }] })).toEqual({ ok: false, problem: { reason: 'unknown-value', field: 'list[1].side' } });
    expect(check({ list: [{ side: 'left' }] })).toEqual({ ok: false, problem: { reason: 'missing', field: 'list[0].at' } });
    expect(object({ a: time }, true)({ a: 1, b: 2 })).toEqual({ ok: false, problem: { reason: 'unknown-field', field: 'b' } });
  });

  it('tells variants apart by their tag, and refuses an unknown or inherited one', () => {
    const check = variant('type', { a: object({ type: oneOf(['a'] as const) }) });
    expect(check({ type: 'a' }).ok).toBe(true);
    expect(check({ type: 'toString' })).toEqual({ ok: false, problem: { reason: 'unknown-value', field: 'type' } });
    expect(check('a')).toEqual({ ok: false, problem: { reason: 'not-an-object', field: 'type' } });
  });

  it('repairs field by field, keeping what is valid', () => {
    expect(repair({ a: time, b: time }, { a: 0, b: 0 }, { a: 5, b: 'x' })).toEqual({ value: { a: 5, b: 0 }, problems: [{ reason: 'wrong-type', field: 'b', min: 0, max: Infinity }] });
  });

  it('never throw, whatever they are given (commands included)', () => {
    fc.assert(
      fc.property(fc.anything(), fc.constantFrom('done', 'pause', 'start-feed', 'drill-finished', 'import', 'delete-all'), (junk, type) => {
        parseCommand(junk, 0);
        const result = parseCommand({ type, preset: junk, side: junk, durationSec: junk, settings: junk, history: junk }, 0);
        if (result.ok) expect(result.value.type).toBe(type);
      }),
    );
  });
});
