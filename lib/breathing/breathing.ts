/**
 * The 360° breathing drill as a pure function of time: given how long the drill has run and its pace, where
 * the breath is. The popup reads the clock and asks; nothing here counts ticks, so a throttled or paused timer
 * never makes the drill lose time.
 */
import { DEFAULT_SETTINGS, SETTINGS_FIELDS, type Settings } from '../settings/settings';

export interface BreathPace {
  /** Seconds breathing in. */
  inSec: number;
  /** Seconds breathing out. */
  outSec: number;
  /** Breaths in the drill. */
  breaths: number;
}

export type BreathPhase = 'in' | 'out' | 'done';

export interface BreathMoment {
  phase: BreathPhase;
  /** The breath under way, 1-based; the last breath once the drill is done. */
  breath: number;
  /** Breaths in the drill. */
  breaths: number;
  /** How far through the current phase, 0 at its start and approaching 1 at its end; 1 when done. */
  progress: number;
  /** Whole seconds left in the current phase, rounded up (a 4 s inhale shows 4, 3, 2, 1); 0 when done. */
  secondsLeft: number;
  /** How far through the whole drill, 0..1. */
  drillProgress: number;
}

export const DEFAULT_PACE: Readonly<BreathPace> = Object.freeze({
  inSec: DEFAULT_SETTINGS.breatheInSec,
  outSec: DEFAULT_SETTINGS.breatheOutSec,
  breaths: DEFAULT_SETTINGS.breaths,
});

const bounds = (field: 'breatheInSec' | 'breatheOutSec' | 'breaths') => {
  const spec = SETTINGS_FIELDS[field] as { min: number; max: number };
  return Object.freeze({ min: spec.min, max: spec.max });
};

/** The bounds a pace is clamped to: the settings' own limits, so the drill runs exactly what can be set. */
export const PACE_LIMITS = Object.freeze({ inSec: bounds('breatheInSec'), outSec: bounds('breatheOutSec'), breaths: bounds('breaths') });

const clamp = (value: number, { min, max }: { min: number; max: number }): number => Math.min(max, Math.max(min, value));

function cleanNumber(value: unknown, fallback: number, limits: { min: number; max: number }): number {
  if (typeof value !== 'number' || Number.isNaN(value)) return fallback;
  return clamp(value, limits);
}

/**
 * Makes any pace safe to run: a value that is not a number (or NaN) takes the default, a zero, negative or
 * huge one is clamped into {@link PACE_LIMITS}. Phase lengths keep their fractions; breaths are whole.
 */
export function normalizePace(pace: Partial<Record<keyof BreathPace, unknown>>): BreathPace {
  return {
    inSec: cleanNumber(pace.inSec, DEFAULT_PACE.inSec, PACE_LIMITS.inSec),
    outSec: cleanNumber(pace.outSec, DEFAULT_PACE.outSec, PACE_LIMITS.outSec),
    breaths: Math.round(cleanNumber(pace.breaths, DEFAULT_PACE.breaths, PACE_LIMITS.breaths)),
  };
}

/** The pace the settings ask for. */
export function paceOf(settings: Pick<Settings, 'breatheInSec' | 'breatheOutSec' | 'breaths'>): BreathPace {
  return normalizePace({ inSec: settings.breatheInSec, outSec: settings.breatheOutSec, breaths: settings.breaths });
}

/** The drill's whole length in seconds, for a pace already normalized. */
export function drillDurationSec(pace: BreathPace): number {
  const p = normalizePace(pace);
  return p.breaths * (p.inSec + p.outSec);
}

/**
 * Where the drill is after `elapsedMs` of running. A negative or NaN elapsed time counts as the start, an
 * infinite one as the end; the pace is normalized first. At an exact boundary the next phase has begun: at
 * `inSec` the first exhale starts with progress 0, at the full length the drill is done.
 */
export function breathAt(elapsedMs: number, rawPace: BreathPace): BreathMoment {
  const pace = normalizePace(rawPace);
  const inMs = pace.inSec * 1000;
  const outMs = pace.outSec * 1000;
  const cycleMs = inMs + outMs;
  const totalMs = cycleMs * pace.breaths;
  const t = Number.isNaN(elapsedMs) ? 0 : Math.max(0, elapsedMs);

  if (t >= totalMs) {
    return { phase: 'done', breath: pace.breaths, breaths: pace.breaths, progress: 1, secondsLeft: 0, drillProgress: 1 };
  }
  const index = Math.floor(t / cycleMs);
  const intoCycle = t - index * cycleMs;
  const inhaling = intoCycle < inMs;
  const intoPhase = inhaling ? intoCycle : intoCycle - inMs;
  const phaseMs = inhaling ? inMs : outMs;
  return {
    phase: inhaling ? 'in' : 'out',
    breath: index + 1,
    breaths: pace.breaths,
    progress: intoPhase / phaseMs,
    secondsLeft: Math.ceil((phaseMs - intoPhase) / 1000),
    drillProgress: t / totalMs,
  };
}

/** The shape's size at its smallest (end of an exhale) and largest (end of an inhale), as a scale factor. */
export const SHAPE_MIN_SCALE = 0.6;
export const SHAPE_MAX_SCALE = 1;

/**
 * The shape's scale for a moment: it widens through the inhale and narrows through the exhale, eased at both
 * ends so the turn of the breath feels soft. Resting size (smallest) before and after the drill.
 */
export function shapeScale(moment: BreathMoment): number {
  if (moment.phase === 'done') return SHAPE_MIN_SCALE;
  const eased = 0.5 - 0.5 * Math.cos(Math.PI * clamp(moment.progress, { min: 0, max: 1 }));
  const open = moment.phase === 'in' ? eased : 1 - eased;
  return SHAPE_MIN_SCALE + (SHAPE_MAX_SCALE - SHAPE_MIN_SCALE) * open;
}

/** The lead-in before the first breath, in whole seconds: a calm 3, 2, 1 while the set-up cue is read. */
export const LEAD_IN_SEC = 3;

/**
 * Whole seconds left in the lead-in after `elapsedMs` since the drill opened (3, 2, 1), or 0 once the first
 * breath has begun. A negative or NaN time counts as the start.
 */
export function leadInLeft(elapsedMs: number): number {
  const t = Number.isNaN(elapsedMs) ? 0 : Math.max(0, elapsedMs);
  return Math.max(0, Math.ceil(LEAD_IN_SEC - t / 1000));
}
