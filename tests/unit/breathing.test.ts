import fc from 'fast-check';
import { SETTINGS_FIELDS } from '../../lib/settings/settings';
import { describe, expect, it } from 'vitest';
import {
  breathAt,
  LEAD_IN_SEC,
  leadInLeft,
  DEFAULT_PACE,
  drillDurationSec,
  normalizePace,
  PACE_LIMITS,
  SHAPE_MAX_SCALE,
  SHAPE_MIN_SCALE,
  shapeScale,
  type BreathPace,
} from '../../lib/breathing/breathing';

const pace: BreathPace = { inSec: 4, outSec: 6, breaths: 6 };
const S = 1000;

describe('breathAt with the default pace (4 s in, 6 s out, 6 breaths)', () => {
  it.each([
    // elapsed ms, phase, breath, progress, seconds left
    [0, 'in', 1, 0, 4],
    [1, 'in', 1, 1 / 4000, 4],
    [999, 'in', 1, 999 / 4000, 4],
    [1000, 'in', 1, 0.25, 3],
    [3999, 'in', 1, 3999 / 4000, 1],
    [4000, 'out', 1, 0, 6],
    [4001, 'out', 1, 1 / 6000, 6],
    [7000, 'out', 1, 0.5, 3],
    [9999, 'out', 1, 9999 / 6000 - 4000 / 6000, 1],
    [10_000, 'in', 2, 0, 4],
    [24_000, 'out', 3, 0, 6],
    [50_000, 'in', 6, 0, 4],
    [59_999, 'out', 6, 5999 / 6000, 1],
  ] as const)('at %i ms: %s, breath %i', (elapsed, phase, breath, progress, secondsLeft) => {
    const m = breathAt(elapsed, pace);
    expect(m.phase).toBe(phase);
    expect(m.breath).toBe(breath);
    expect(m.breaths).toBe(6);
    expect(m.progress).toBeCloseTo(progress, 9);
    expect(m.secondsLeft).toBe(secondsLeft);
  });

  it('is done exactly at the full length, and stays done after it', () => {
    for (const elapsed of [60_000, 60_001, 3_600_000, Number.MAX_SAFE_INTEGER, Infinity]) {
      expect(breathAt(elapsed, pace)).toEqual({ phase: 'done', breath: 6, breaths: 6, progress: 1, secondsLeft: 0, drillProgress: 1 });
    }
  });

  it('reports how far through the whole drill it is', () => {
    expect(breathAt(0, pace).drillProgress).toBe(0);
    expect(breathAt(30_000, pace).drillProgress).toBe(0.5);
    expect(breathAt(59_999, pace).drillProgress).toBeLessThan(1);
  });

  it('treats negative and NaN elapsed time as the start', () => {
    expect(breathAt(-1, pace)).toEqual(breathAt(0, pace));
    expect(breathAt(-Infinity, pace)).toEqual(breathAt(0, pace));
    expect(breathAt(Number.NaN, pace)).toEqual(breathAt(0, pace));
  });
});

describe('breathAt with odd paces', () => {
  it('handles fractional phases (2.5 s in, 3.5 s out)', () => {
    const odd = { inSec: 2.5, outSec: 3.5, breaths: 3 };
    expect(breathAt(2499, odd)).toMatchObject({ phase: 'in', breath: 1, secondsLeft: 1 });
    expect(breathAt(2500, odd)).toMatchObject({ phase: 'out', breath: 1, progress: 0, secondsLeft: 4 });
    expect(breathAt(5999, odd)).toMatchObject({ phase: 'out', breath: 1, secondsLeft: 1 });
    expect(breathAt(6000, odd)).toMatchObject({ phase: 'in', breath: 2, progress: 0 });
    expect(breathAt(18_000, odd).phase).toBe('done');
  });

  it('handles a single breath', () => {
    const one = { inSec: 2, outSec: 2, breaths: 1 };
    expect(breathAt(1999, one)).toMatchObject({ phase: 'in', breath: 1 });
    expect(breathAt(2000, one)).toMatchObject({ phase: 'out', breath: 1 });
    expect(breathAt(3999, one)).toMatchObject({ phase: 'out', breath: 1, secondsLeft: 1 });
    expect(breathAt(4000, one)).toMatchObject({ phase: 'done', breath: 1 });
  });

  it('handles a long exhale and many breaths (settings maxima: 10 s in, 12 s out, 20 breaths)', () => {
    const long = { inSec: 10, outSec: 12, breaths: 20 };
    expect(drillDurationSec(long)).toBe(440);
    expect(breathAt(439_999, long)).toMatchObject({ phase: 'out', breath: 20, secondsLeft: 1 });
    expect(breathAt(440_000, long).phase).toBe('done');
  });

  it('counts from 1 to the number of breaths, each breath inhale then exhale, in order', () => {
    fc.assert(
      fc.property(
        fc.integer(PACE_LIMITS.inSec), // any pace the settings allow
        fc.integer(PACE_LIMITS.outSec),
        fc.integer(PACE_LIMITS.breaths),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (inSec, outSec, breaths, fraction) => {
          const p = { inSec, outSec, breaths };
          const total = drillDurationSec(p) * S;
          const t = fraction * total;
          const m = breathAt(t, p);
          if (t >= total) return m.phase === 'done';
          const later = breathAt(Math.min(total - 1, t + 1), p);
          return (
            m.breath >= 1 &&
            m.breath <= breaths &&
            m.progress >= 0 &&
            m.progress < 1 &&
            m.secondsLeft >= 1 &&
            m.secondsLeft <= Math.max(inSec, outSec) &&
            // time only moves forward through the drill
            (later.breath > m.breath || (later.breath === m.breath && (later.phase === m.phase || later.phase === 'out')))
          );
        },
      ),
    );
  });
});

describe('normalizePace', () => {
  it('keeps a sane pace as it is', () => {
    expect(normalizePace(pace)).toEqual(pace);
  });

  it('falls back to the default for values that are not numbers', () => {
    expect(normalizePace({ inSec: Number.NaN, outSec: '6', breaths: undefined })).toEqual(DEFAULT_PACE);
    expect(normalizePace({})).toEqual(DEFAULT_PACE);
  });

  it('clamps zero, negative and huge values into the limits', () => {
    expect(normalizePace({ inSec: 0, outSec: -5, breaths: 0 })).toEqual({
      inSec: PACE_LIMITS.inSec.min,
      outSec: PACE_LIMITS.outSec.min,
      breaths: PACE_LIMITS.breaths.min,
    });
    expect(normalizePace({ inSec: 1e9, outSec: Infinity, breaths: 1e12 })).toEqual({
      inSec: PACE_LIMITS.inSec.max,
      outSec: PACE_LIMITS.outSec.max,
      breaths: PACE_LIMITS.breaths.max,
    });
    expect(normalizePace({ inSec: -Infinity, outSec: 4, breaths: 2.6 })).toEqual({ inSec: PACE_LIMITS.inSec.min, outSec: 4, breaths: 3 });
  });

  it('uses the settings limits, so the drill runs exactly the paces the options page allows', () => {
    for (const [field, limits] of [['breatheInSec', PACE_LIMITS.inSec], ['breatheOutSec', PACE_LIMITS.outSec], ['breaths', PACE_LIMITS.breaths]] as const) {
      expect(SETTINGS_FIELDS[field]).toMatchObject(limits);
    }
  });

  it('never lets breathAt divide by zero or run forever', () => {
    const broken = { inSec: 0, outSec: 0, breaths: 0 };
    const m = breathAt(500, broken);
    expect(m).toMatchObject({ phase: 'in', breath: 1, breaths: 1, progress: 0.25, secondsLeft: 2 });
    expect(breathAt(4000, broken).phase).toBe('done');
    expect(drillDurationSec({ inSec: 1e9, outSec: 1e9, breaths: 1e9 })).toBe((10 + 12) * 20);
  });
});

describe('drillDurationSec', () => {
  it('is one minute by default', () => {
    expect(drillDurationSec(DEFAULT_PACE)).toBe(60);
  });
  it('is breaths × (in + out)', () => {
    expect(drillDurationSec({ inSec: 2, outSec: 2, breaths: 5 })).toBe(20);
    expect(drillDurationSec({ inSec: 5, outSec: 7, breaths: 7 })).toBe(84);
  });
});

describe('shapeScale', () => {
  it('is smallest at the start of an inhale and largest at its end', () => {
    expect(shapeScale(breathAt(0, pace))).toBeCloseTo(SHAPE_MIN_SCALE, 9);
    expect(shapeScale(breathAt(3999, pace))).toBeCloseTo(SHAPE_MAX_SCALE, 5);
  });

  it('widens through the inhale and narrows through the exhale', () => {
    const inhale = [0, 1000, 2000, 3000, 3999].map((t) => shapeScale(breathAt(t, pace)));
    const exhale = [4000, 5500, 7000, 8500, 9999].map((t) => shapeScale(breathAt(t, pace)));
    for (let i = 1; i < inhale.length; i++) expect(inhale[i]).toBeGreaterThan(inhale[i - 1]!);
    for (let i = 1; i < exhale.length; i++) expect(exhale[i]).toBeLessThan(exhale[i - 1]!);
  });

  it('turns without a jump at the phase boundaries', () => {
    expect(Math.abs(shapeScale(breathAt(3999, pace)) - shapeScale(breathAt(4000, pace)))).toBeLessThan(0.001);
    expect(Math.abs(shapeScale(breathAt(9999, pace)) - shapeScale(breathAt(10_000, pace)))).toBeLessThan(0.001);
  });

  it('rests at the smallest size when done', () => {
    expect(shapeScale(breathAt(60_000, pace))).toBe(SHAPE_MIN_SCALE);
  });
});

describe('leadInLeft: the 3-2-1 before the first breath', () => {
  it.each([
    [0, 3],
    [999, 3],
    [1000, 2],
    [2500, 1],
    [2999, 1],
    [3000, 0],
    [60_000, 0],
    [-50, 3],
    [Number.NaN, 3],
  ])('after %d ms shows %d', (elapsedMs, left) => {
    expect(leadInLeft(elapsedMs)).toBe(left);
    expect(LEAD_IN_SEC).toBe(3);
  });
});
