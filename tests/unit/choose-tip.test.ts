import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RECENT_WINDOW, chooseTip, isNight, isSafeFor, tipsFor } from '../../lib/tips/choose-tip';
import { TIP_INDEX } from '../../lib/tips/tip-index';
import type { Audience, RecoveryStage, TipGroup, TipMeta as Tip, TipMoment } from '../../lib/tips/tip-model';
import { REMINDER_KINDS, type ReminderKind } from '../../lib/vocabulary';

const TIPS: readonly Tip[] = TIP_INDEX;

const moment = (over: Partial<TipMoment> = {}): TipMoment => ({
  kind: null,
  hour: 11,
  feeding: false,
  weeksSinceBirth: 12,
  caesarean: false,
  gaveBirth: true,
  recentIds: [],
  pick: 0,
  ...over,
});

/** Picks spread over [0, 1), to see every tip a moment can lead to. */
const PICKS = Array.from({ length: 200 }, (_, i) => i / 200);

/** Every tip the chooser can return for this moment, over the spread of picks. */
const reachable = (over: Partial<TipMoment>, tips: readonly Tip[] = TIPS): Tip[] => {
  const found = new Map<string, Tip>();
  for (const pick of PICKS) {
    const tip = chooseTip(tips, moment({ ...over, pick }));
    found.set(tip.id, tip);
  }
  return [...found.values()];
};

const hasKind = (tip: Tip, kind: ReminderKind) => tip.kinds !== 'general' && tip.kinds.includes(kind);
const PROGRESSIONS = TIPS.filter((tip) => !tip.audience.stages.includes('early')).map((tip) => tip.id);
const CAESAREAN_TIPS = TIPS.filter((tip) => tip.audience.who === 'caesarean').map((tip) => tip.id);

describe('chooseTip', () => {
  it.each(REMINDER_KINDS)('goes with a %s reminder', (kind) => {
    const tips = reachable({ kind });
    expect(tips.length).toBeGreaterThan(3);
    for (const tip of tips) expect(hasKind(tip, kind), tip.id).toBe(true);
  });

  it('with no reminder in the day, picks from general tips and reminder tips, never a feed check-in', () => {
    const tips = reachable({ kind: null, hour: 11 });
    expect(tips.some((tip) => tip.kinds === 'general')).toBe(true);
    expect(tips.some((tip) => hasKind(tip, 'movement'))).toBe(true);
    for (const tip of tips) {
      const checkinOnly = tip.kinds !== 'general' && tip.kinds.every((kind) => kind === 'checkin');
      expect(checkinOnly, tip.id).toBe(false);
    }
  });

  it('during a feed, prefers feeding and check-in tips', () => {
    const tips = reachable({ kind: null, feeding: true });
    expect(tips.length).toBeGreaterThan(5);
    for (const tip of tips) expect(hasKind(tip, 'checkin') || hasKind(tip, 'feeding'), tip.id).toBe(true);
  });

  it.each([22, 23, 0, 3, 5])('at %i:00 prefers gentle tips over strength', (hour) => {
    const tips = reachable({ kind: null, hour });
    for (const tip of tips) expect(['breathing', 'pelvic-floor', 'feeding', 'self-care'], tip.id).toContain(tip.group);
  });

  it('at night, a movement reminder still avoids strength while gentler movement tips are left', () => {
    for (const tip of reachable({ kind: 'movement', hour: 2 })) {
      expect(tip.group, tip.id).not.toBe('strength');
      expect(hasKind(tip, 'movement')).toBe(true);
    }
  });

  it.each([
    [21, false],
    [22, true],
    [5, true],
    [6, false],
    [12, false],
  ])('counts %i:00 as night: %s', (hour, night) => {
    expect(isNight(hour)).toBe(night);
  });

  it('has progressions to hold back', () => {
    expect(PROGRESSIONS).toContain('str-heavier-than-child');
  });

  it.each([...REMINDER_KINDS, null])('holds back progressions in the first six weeks (%s)', (kind) => {
    for (const weeksSinceBirth of [0, 3, 5]) {
      for (const tip of reachable({ kind, weeksSinceBirth })) expect(PROGRESSIONS).not.toContain(tip.id);
    }
  });

  it.each([...REMINDER_KINDS, null])('holds back progressions while the stage is unknown (%s)', (kind) => {
    for (const tip of reachable({ kind, weeksSinceBirth: null })) expect(PROGRESSIONS).not.toContain(tip.id);
  });

  it('offers the lift-more-than-your-child progression from twelve weeks on', () => {
    for (const weeksSinceBirth of [12, 30]) {
      expect(reachable({ kind: 'movement', weeksSinceBirth }).map((tip) => tip.id)).toContain('str-heavier-than-child');
    }
  });

  it('offers the caesarean tips after a caesarean, and only then', () => {
    const early = reachable({ kind: 'movement', weeksSinceBirth: 2, caesarean: true }).map((tip) => tip.id);
    expect(early).toContain('care-caesarean-getting-up');
    const opened = reachable({ kind: null, weeksSinceBirth: 2, caesarean: true }).map((tip) => tip.id);
    for (const id of ['care-caesarean-scar', 'care-caesarean-cough', 'feed-caesarean-holds']) expect(opened).toContain(id);
    for (const caesarean of [false, null]) {
      for (const kind of [...REMINDER_KINDS, null]) {
        for (const tip of reachable({ kind, weeksSinceBirth: 2, caesarean })) {
          expect(CAESAREAN_TIPS).not.toContain(tip.id);
        }
      }
    }
  });

  it('in the first weeks after a caesarean, picks the caesarean tips more often than the others', () => {
    const share = (weeksSinceBirth: number) => {
      const m = { kind: null, weeksSinceBirth, caesarean: true };
      const hits = PICKS.filter((pick) => CAESAREAN_TIPS.includes(chooseTip(TIPS, moment({ ...m, pick })).id));
      return hits.length / PICKS.length;
    };
    // Their share if every tip weighed the same.
    const even = (weeksSinceBirth: number) => {
      const pool = tipsFor(TIPS, moment({ kind: null, weeksSinceBirth, caesarean: true }));
      return pool.filter((tip) => CAESAREAN_TIPS.includes(tip.id)).length / pool.length;
    };
    expect(share(2)).toBeGreaterThan(2 * even(2));
    expect(share(20)).toBeLessThan(1.5 * even(20));
  });

  it('never repeats one of the last few tips in a run of reminders', () => {
    for (const kind of [...REMINDER_KINDS, null]) {
      let recentIds: string[] = [];
      for (let i = 0; i < 40; i++) {
        const tip = chooseTip(TIPS, moment({ kind, recentIds, pick: (i * 0.37) % 1 }));
        expect(recentIds.slice(0, RECENT_WINDOW), `${kind} #${i}`).not.toContain(tip.id);
        recentIds = [tip.id, ...recentIds].slice(0, 20);
      }
    }
  });

  it('skips a recent tip even when the pick lands on it', () => {
    const first = chooseTip(TIPS, moment({ kind: 'movement', pick: 0 }));
    const next = chooseTip(TIPS, moment({ kind: 'movement', pick: 0, recentIds: [first.id] }));
    expect(next.id).not.toBe(first.id);
  });

  it('when every suitable tip is recent, repeats the one shown longest ago', () => {
    const few = TIPS.filter((tip) => ['feed-chin-level', 'feed-switch-arms', 'breath-feed-breaths'].includes(tip.id));
    const recentIds = ['feed-switch-arms', 'feed-chin-level', 'other', 'breath-feed-breaths'];
    for (const pick of [0, 0.5, 0.99]) {
      expect(chooseTip(few, moment({ kind: 'checkin', recentIds, pick })).id).toBe('breath-feed-breaths');
    }
  });

  it('counts only the last few ids as recent', () => {
    const few = TIPS.filter((tip) => ['feed-chin-level', 'feed-switch-arms'].includes(tip.id));
    const recentIds = ['feed-switch-arms', 'a', 'b', 'c', 'd', 'feed-chin-level'];
    expect(chooseTip(few, moment({ kind: 'checkin', recentIds, pick: 0.99 })).id).toBe('feed-chin-level');
  });

  it('falls back to another safe tip when none goes with the reminder', () => {
    const noCheckins = TIPS.filter((tip) => !hasKind(tip, 'checkin'));
    const tip = chooseTip(noCheckins, moment({ kind: 'checkin', weeksSinceBirth: 2 }));
    expect(noCheckins).toContain(tip);
    expect(PROGRESSIONS).not.toContain(tip.id);
  });

  it('offers partners and adoptive parents no tip about recovering from a birth, and every lift', () => {
    for (const kind of [...REMINDER_KINDS, null]) {
      for (const weeksSinceBirth of [null, 2, 30]) {
        const tips = reachable({ kind, weeksSinceBirth, caesarean: null, gaveBirth: false });
        for (const tip of tips) expect(tip.audience.who, `${kind} ${weeksSinceBirth} ${tip.id}`).toBe('anyone');
      }
    }
    expect(reachable({ kind: 'feeding', weeksSinceBirth: 2, gaveBirth: false }).map((tip) => tip.id)).toContain('lift-car-seat');
  });

  it('still returns a tip when nothing passes the stage rules', () => {
    const onlyProgressions = TIPS.filter((tip) => PROGRESSIONS.includes(tip.id));
    expect(onlyProgressions).toContain(chooseTip(onlyProgressions, moment({ weeksSinceBirth: 1 })));
  });

  it('throws only for an empty library', () => {
    expect(() => chooseTip([], moment())).toThrow();
  });

  it('is deterministic for a given pick, and the pick spreads the choice', () => {
    const m = moment({ kind: 'movement', pick: 0.42 });
    expect(chooseTip(TIPS, m).id).toBe(chooseTip(TIPS, { ...m }).id);
    expect(reachable({ kind: 'movement' }).length).toBeGreaterThan(10);
  });
});

describe('tipsFor', () => {
  it('lists the safe candidates for the moment in library order', () => {
    const ids = tipsFor(TIPS, moment({ kind: 'movement', weeksSinceBirth: 3 })).map((tip) => tip.id);
    expect(ids).toContain('lift-hip-hinge');
    expect(ids).not.toContain('str-heavier-than-child');
    expect(ids).not.toContain('feed-chin-level');
    const order = TIPS.map((tip) => tip.id).filter((id) => ids.includes(id));
    expect(ids).toEqual(order);
  });
});

// The rules written out again, independently of the implementation.
const stageOf = (weeks: number | null): RecoveryStage | null =>
  weeks === null ? null : weeks < 6 ? 'early' : weeks < 12 ? 'settling' : weeks < 26 ? 'rebuilding' : 'later';

function safe(tip: Tip, m: TipMoment): boolean {
  // Someone who did not give birth: tips for anyone, at any stage.
  if (m.gaveBirth === false) return tip.audience.who === 'anyone';
  if (tip.audience.who === 'caesarean' && m.caesarean !== true) return false;
  // After a caesarean, or while that is unknown, the stricter stages; an unknown stage counts as the first weeks.
  const stages = m.caesarean === false ? tip.audience.stages : (tip.audience.afterCaesarean ?? tip.audience.stages);
  return stages.includes(stageOf(m.weeksSinceBirth) ?? 'early');
}

function fits(tip: Tip, m: TipMoment): boolean {
  if (m.kind !== null) return hasKind(tip, m.kind);
  if (tip.kinds === 'general') return true;
  if (m.feeding) return hasKind(tip, 'checkin') || hasKind(tip, 'feeding');
  return hasKind(tip, 'movement') || hasKind(tip, 'feeding') || hasKind(tip, 'after-feed');
}

const GROUPS: readonly TipGroup[] = ['feeding', 'lifting', 'breathing', 'pelvic-floor', 'mobility', 'strength', 'desk', 'self-care', 'get-help'];
const STAGES: readonly RecoveryStage[] = ['early', 'settling', 'rebuilding', 'later'];

const stagesArb = fc.uniqueArray(fc.constantFrom(...STAGES), { minLength: 1 });
const audienceArb: fc.Arbitrary<Audience> = fc
  .record({
    who: fc.constantFrom('anyone' as const, 'gave-birth' as const, 'caesarean' as const),
    stages: stagesArb,
    afterCaesarean: fc.option(stagesArb, { nil: undefined }),
  })
  .map(({ afterCaesarean, ...rest }) => (afterCaesarean ? { ...rest, afterCaesarean } : rest));

const tipArb = (id: string): fc.Arbitrary<Tip> =>
  fc.record({
    group: fc.constantFrom(...GROUPS),
    kinds: fc.oneof(fc.constant('general' as const), fc.uniqueArray(fc.constantFrom(...REMINDER_KINDS), { minLength: 1 })),
    audience: audienceArb,
  }).map(({ group, kinds, audience }) => ({ id, group, kinds, audience }));

const libraryArb: fc.Arbitrary<Tip[]> = fc
  .integer({ min: 1, max: 14 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => tipArb(`t${i}`))));

const momentArb = (ids: readonly string[]): fc.Arbitrary<TipMoment> =>
  fc.record({
    kind: fc.option(fc.constantFrom(...REMINDER_KINDS), { nil: null }),
    hour: fc.integer({ min: 0, max: 23 }),
    feeding: fc.boolean(),
    weeksSinceBirth: fc.option(fc.integer({ min: 0, max: 520 }), { nil: null }),
    caesarean: fc.option(fc.boolean(), { nil: null }),
    gaveBirth: fc.option(fc.boolean(), { nil: null }),
    recentIds: fc.array(fc.constantFrom(...ids, 'gone'), { maxLength: 12 }),
    pick: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
  });

function checkChoice(tips: readonly Tip[], m: TipMoment): void {
  const chosen = chooseTip(tips, m);
  expect(tips).toContain(chosen);
  const suitable = tips.filter((tip) => safe(tip, m) && fits(tip, m));
  if (suitable.length === 0) return;
  expect(suitable).toContain(chosen);
  const recent = m.recentIds.slice(0, RECENT_WINDOW);
  const fresh = suitable.filter((tip) => !recent.includes(tip.id));
  if (fresh.length > 0) expect(recent).not.toContain(chosen.id);
}

describe('chooseTip, for any library and moment', { timeout: 30_000 }, () => {
  it('returns a suitable tip when one exists, and not a recent one when another is left', () => {
    fc.assert(
      fc.property(
        libraryArb.chain((tips) => fc.tuple(fc.constant(tips), momentArb(tips.map((t) => t.id)))),
        ([tips, m]) => checkChoice(tips, m),
      ),
      { numRuns: 2000 },
    );
  });

  it('does the same over the real library', () => {
    fc.assert(
      fc.property(momentArb(TIPS.map((t) => t.id)), (m) => checkChoice(TIPS, m)),
      { numRuns: 2000 },
    );
  });

  it('over the real library, never offers strength at night while a fresh gentler tip is left', () => {
    fc.assert(
      fc.property(momentArb(TIPS.map((t) => t.id)), (m) => {
        fc.pre(isNight(m.hour));
        const chosen = chooseTip(TIPS, m);
        const recent = m.recentIds.slice(0, RECENT_WINDOW);
        const gentler = TIPS.some((t) => safe(t, m) && fits(t, m) && t.group !== 'strength' && !recent.includes(t.id));
        if (gentler) expect(chosen.group).not.toBe('strength');
      }),
      { numRuns: 1000 },
    );
  });
});

/** The tips a stage filter must hold back early: lifts heavier than the baby, and loaded strength work. */
const HEAVY_LIFTS = ['lift-car-seat', 'lift-stroller', 'lift-weekly-shop'];
const LOADED_STRENGTH = ['str-heavier-than-child', 'str-return-to-running'];
const BIRTH_SPECIFIC = TIPS.filter((tip) => tip.audience.who !== 'anyone').map((tip) => tip.id);

type Row = [weeks: number | null, caesarean: boolean | null, gaveBirth: boolean | null, heavy: boolean, loaded: boolean, liftForYou: boolean, birthTips: boolean];

// The stage table: what each person may be shown. Written out by hand, so a change to an audience or to the
// rules that moves any of these fails here.
const STAGE_TABLE: Row[] = [
  // weeks, caesarean, gave birth → heavy lifts, loaded strength, "ask someone to lift", birth-specific tips
  [0, false, true, false, false, true, true],
  [5, false, true, false, false, true, true],
  [6, false, true, true, false, false, true],
  [11, false, true, true, false, false, true],
  [12, false, true, true, true, false, true],
  [40, false, true, true, true, false, true],
  [2, true, true, false, false, true, true],
  [6, true, true, false, false, true, true],
  [11, true, true, false, false, true, true],
  [12, true, true, true, true, false, true],
  [8, null, true, false, false, true, true], // caesarean not said: the stricter answer
  [null, false, true, false, false, true, true], // weeks not said: judged as the first weeks
  [null, null, null, false, false, true, true], // a fresh install: nothing said at all
  [2, null, false, true, true, false, false], // did not give birth: the stages do not apply
  [null, true, false, true, true, false, false],
];

describe('the stage filter', () => {
  it.each(STAGE_TABLE)(
    '%s weeks, caesarean %s, gave birth %s: heavy lifts %s, loaded strength %s, ask-someone %s, birth tips %s',
    (weeksSinceBirth, caesarean, gaveBirth, heavy, loaded, liftForYou, birthTips) => {
      const person = { stage: stageOf(weeksSinceBirth), caesarean, gaveBirth };
      const shown = new Set(TIPS.filter((tip) => isSafeFor(tip, person)).map((tip) => tip.id));
      for (const id of HEAVY_LIFTS) expect(shown.has(id), id).toBe(heavy);
      expect(shown.has('str-heavier-than-child')).toBe(loaded);
      expect(shown.has('str-return-to-running')).toBe(loaded && gaveBirth !== false); // running is about the birth
      expect(shown.has('lift-for-you')).toBe(liftForYou);
      if (birthTips) expect(BIRTH_SPECIFIC.filter((id) => shown.has(id)).length).toBeGreaterThan(5);
      else expect(BIRTH_SPECIFIC.filter((id) => shown.has(id))).toEqual([]);
      // And the chooser never gets past the filter, whatever the reminder.
      for (const kind of [...REMINDER_KINDS, null]) {
        for (const tip of reachable({ kind, weeksSinceBirth, caesarean, gaveBirth })) expect(shown.has(tip.id), `${kind}: ${tip.id}`).toBe(true);
      }
    },
  );

  it('early weeks and the first twelve weeks after a caesarean never see a heavy lift or loaded strength', () => {
    for (const [weeks, caesarean] of [[0, false], [5, false], [0, true], [11, true], [5, null]] as const) {
      for (const kind of [...REMINDER_KINDS, null]) {
        for (const tip of reachable({ kind, weeksSinceBirth: weeks, caesarean })) {
          expect([...HEAVY_LIFTS, ...LOADED_STRENGTH], `${weeks} ${caesarean} ${tip.id}`).not.toContain(tip.id);
        }
      }
    }
  });
});
