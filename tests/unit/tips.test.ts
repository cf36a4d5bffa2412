import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isSafeFor } from '../../lib/tips/choose-tip';
import { ILLUSTRATION_IDS } from '../../components/illustrations';
import * as AUDIENCES from '../../lib/tips/tip-audience';
import { CHECKIN_CUES as CHECKIN_CUE_KEYS, cueForTip } from '../../lib/tips/tip-cues';
import { TIP_INDEX } from '../../lib/tips/tip-index';
import { RECOVERY_STAGES, type RecoveryStage, type Tip as TipWithWords, type TipGroup } from '../../lib/tips/tip-model';
import { TIP_SOURCES, type TipNote } from '../../lib/tips/tip-notes';
import { WHY } from '../../lib/tips/tip-why/en';
import { mergedMessages, shippedLocales } from '../../scripts/locale-messages';
import * as SAFETY_LIST_SOURCES from '../../lib/tips/sources';
import { citation, type Source } from '../../lib/tips/citation';
import * as SOURCES from '../../lib/tips/tip-sources';
import { ARTICLES } from '../../lib/tips/tip-sources';
import { loadAllTips, loadTip } from '../../lib/tips/tips';
import { REMINDER_KINDS } from '../../lib/vocabulary';
import { hashRun, runsOf, words, type SeedRunsFixture } from '../../scripts/word-runs';

const ROOT = resolve(import.meta.dirname, '../..');
const TIPS_WITH_WORDS = await loadAllTips('en');
const MESSAGES = mergedMessages('en');
/** The English notification cues, as the browser shows them. */
const CHECKIN_CUES = CHECKIN_CUE_KEYS.map((key) => MESSAGES[key]!.message);
const cueText = (id: string) => {
  const key = cueForTip(id);
  return key ? MESSAGES[key]?.message : undefined;
};

/** The library as one record per tip, joined from its index and its words files (which the types keep in step). */
type Tip = TipWithWords & { cue?: string } & TipNote;
const TIPS: readonly Tip[] = TIPS_WITH_WORDS.map((tip) => ({
  ...tip,
  cue: cueText(tip.id),
  ...(TIP_SOURCES as Record<string, TipNote>)[tip.id]!,
  why: (WHY as Record<string, string | undefined>)[tip.id],
}));
const tipById = (id: string) => TIPS.find((tip) => tip.id === id);

const BODY_MAX_CHARS = 300;
const WHY_MAX_CHARS = 320;
const TITLE_MAX_CHARS = 40;
const CUE_MAX_CHARS = 90;

const MINIMUM_PER_GROUP: Record<TipGroup, number> = {
  feeding: 8,
  lifting: 8,
  breathing: 6,
  'pelvic-floor': 4,
  mobility: 6,
  strength: 4,
  desk: 4,
  'self-care': 4,
  'get-help': 3,
};

/** Sentences end with . ! or ? followed by a space or the end. */
const sentences = (text: string) => text.split(/(?<=[.!?])\s+/).filter((s) => s.trim() !== '');

/** Every text of a tip that a user may read. */
const textsOf = (tip: Tip) => [tip.title, tip.body, tip.why ?? '', tip.cue ?? ''].filter((t) => t !== '');

const isSource = (value: unknown): value is Source => typeof value === 'object' && value !== null && 'url' in value;
const ALL_SOURCES = [...Object.values(SAFETY_LIST_SOURCES), ...Object.values(SOURCES)].filter(isSource);
const NAMED_AUDIENCES = Object.entries(AUDIENCES);

describe('the tip library', () => {
  it('has at least 40 tips', () => {
    expect(TIPS.length).toBeGreaterThanOrEqual(40);
  });

  it('gives every tip a unique id', () => {
    const ids = TIPS.map((tip) => tip.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(Object.entries(MINIMUM_PER_GROUP))('has at least the minimum of %s tips (%i)', (group, minimum) => {
    expect(TIPS.filter((tip) => tip.group === group).length).toBeGreaterThanOrEqual(minimum);
  });

  it.each(TIPS.map((tip) => [tip.id, tip]))('%s is complete and short enough', (_, tip) => {
    expect(tip.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(tip.title.trim()).not.toBe('');
    expect(tip.title.length).toBeLessThanOrEqual(TITLE_MAX_CHARS);
    expect(tip.body.length).toBeLessThanOrEqual(BODY_MAX_CHARS);
    expect(sentences(tip.body).length).toBeGreaterThanOrEqual(1);
    expect(sentences(tip.body).length).toBeLessThanOrEqual(3);
    if (tip.why !== undefined) {
      expect(tip.why.trim()).not.toBe('');
      expect(tip.why.length).toBeLessThanOrEqual(WHY_MAX_CHARS);
    }
    if (tip.kinds === 'general') expect(tip.cue).toBeUndefined(); // never in a notification
    else {
      expect(tip.cue?.trim()).not.toBe('');
      expect(tip.cue!.length).toBeLessThanOrEqual(CUE_MAX_CHARS);
    }
    if (tip.kinds !== 'general') {
      expect(tip.kinds.length).toBeGreaterThan(0);
      for (const kind of tip.kinds) expect(REMINDER_KINDS).toContain(kind);
    }
    if (tip.illustration) expect(ILLUSTRATION_IDS).toContain(tip.illustration);
  });

  it('finds tips by id', () => {
    expect(tipById('lift-hip-hinge')?.title).toBe('Hinge at the hips');
    expect(tipById('no-such-tip')).toBeUndefined();
  });

  it('uses every illustration at least once', () => {
    for (const id of ILLUSTRATION_IDS) {
      expect(TIPS.some((tip) => tip.illustration === id)).toBe(true);
    }
  });

  it('covers each movement prompt from the product brief', () => {
    const movementTitles = TIPS.filter((tip) => tip.kinds !== 'general' && tip.kinds.includes('movement'))
      .map((tip) => tip.title.toLowerCase())
      .join(' | ');
    for (const prompt of ['hinge', 'glute bridge', 'open-book', 'cat–cow', 'sit to stand', 'two-minute walk', 'reach']) {
      expect(movementTitles).toContain(prompt);
    }
  });

  it('covers the required topics', () => {
    const has = (id: string) => expect(tipById(id), id).toBeDefined();
    // Feeding, lifting, breathing, mobility and strength topics named in the brief and the content issues.
    ['feed-side-lying', 'feed-bottle', 'lift-hip-hinge', 'lift-lunge-down', 'lift-load-close', 'lift-exhale'].forEach(has);
    ['lift-switch-hips', 'lift-car-seat', 'lift-stroller', 'lift-weekly-shop', 'breath-360', 'breath-rib-stack'].forEach(has);
    ['breath-crunches-wait', 'mob-cat-cow', 'mob-chair-extension', 'mob-open-book', 'mob-not-stretching'].forEach(has);
    ['str-glute-bridge', 'str-sit-to-stand', 'str-heavier-than-child', 'care-heat-cold', 'care-rest'].forEach(has);
    ['care-food', 'care-accept-help', 'care-short-walk', 'help-see-someone-now', 'help-pelvic-floor-pt'].forEach(has);
    ['pf-slow-holds', 'pf-quick-squeezes', 'pf-every-day', 'pf-before-a-cough', 'care-caesarean-cough'].forEach(has);
    ['care-caesarean-getting-up', 'care-toilet', 'help-pelvic-girdle', 'lift-nappy-height', 'feed-caesarean-holds'].forEach(has);
    ['str-return-to-running', 'help-low-mood', 'lift-for-you'].forEach(has);
  });

  it('names the specialist', () => {
    expect(tipById('help-pelvic-floor-pt')?.body).toContain('pelvic-health physiotherapist');
  });
});

describe('what the tips say', () => {
  const text = (id: string) => textsOf(tipById(id)!).join(' ').toLowerCase();

  it('side-lying feeds carry safe-sleep advice, and are for breast or chest feeds, not bottles', () => {
    for (const words of ['breast or chest', 'not bottles', 'doze', 'their own cot', 'sofa or armchair', 'alcohol', 'drugs', 'smoking', 'sedating medicine']) {
      expect(tipById('feed-side-lying')!.body.toLowerCase()).toContain(words);
    }
    expect(tipById('feed-side-lying')!.cue!.toLowerCase()).toContain('never a sofa');
  });

  it('loaded strength and running wait for about twelve weeks and no symptoms', () => {
    for (const id of ['str-heavier-than-child', 'str-return-to-running']) {
      expect(text(id)).toMatch(/twelve weeks|three months/);
      for (const symptom of ['leaking', 'heaviness', 'bulging', 'pain']) expect(tipById(id)!.body, id).toContain(symptom);
    }
  });

  it('sit to stand starts with the hands, and no hands is the progression', () => {
    expect(tipById('str-sit-to-stand')!.body).toMatch(/pushing with your hands.*without hands/);
    expect(tipById('str-sit-to-stand')!.cue).toContain('hands on your thighs');
  });

  it('heat comes with a burn caution', () => {
    expect(tipById('care-heat-cold')!.body).toMatch(/cloth.*20 minutes.*numb skin.*fall asleep/);
  });

  it('raised feet are about a higher lap and supported legs, not the pelvis rolling back', () => {
    expect(text('feed-feet-raised')).not.toMatch(/roll(s|ing)? back|knees (a little )?above your hips/);
    expect(text('feed-feet-raised')).toContain('lap');
  });

  it('the back bend no longer leans over a chair', () => {
    expect(text('mob-chair-extension')).not.toMatch(/over the (top of the )?chair/);
  });

  it('switching sides during a feed follows the baby, not a timer', () => {
    expect(CHECKIN_CUES.join(' ')).not.toMatch(/time to switch/i);
    expect(CHECKIN_CUES.join(' ')).toContain('Baby done on this side?');
  });

  it('drops the claims no source supports as stated', () => {
    const all = TIPS.flatMap(textsOf).join(' ');
    expect(all).not.toMatch(/85 to 90|85–90|90%/);
    expect(all).not.toMatch(/relaxin stays|three months after a birth, longer/i);
    expect(all).not.toMatch(/67%|85%|37%|a third/);
    // One hedged prevalence range, in one place.
    expect(TIPS.filter((tip) => /three in four/.test(textsOf(tip).join(' '))).map((tip) => tip.id)).toEqual(['str-why-strength']);
  });

  it('the low-mood tip says where to get help, for partners too', () => {
    expect(text('help-low-mood')).toMatch(/gp, midwife or health visitor/);
    expect(text('help-low-mood')).toContain('emergency number');
    expect(text('help-low-mood')).toContain('partners');
  });
});

describe('sources a reader can check', () => {
  it.each(TIPS.map((tip) => [tip.id, tip.sources]))('%s names its sources in full', (_, sources) => {
    expect(sources.length).toBeGreaterThan(0);
    for (const source of sources) expect(ALL_SOURCES).toContain(source);
  });

  it.each(ALL_SOURCES.map((source) => [source.title, source]))('"%s" has an author, a site, a year or "n.d." and an address', (_, source) => {
    expect(source.author.trim()).not.toBe('');
    expect(source.site.trim()).not.toBe('');
    expect(source.title.trim()).not.toBe('');
    if (source.year !== null) {
      expect(Number.isInteger(source.year)).toBe(true);
      expect(source.year).toBeGreaterThanOrEqual(2000);
      expect(source.year).toBeLessThanOrEqual(2026);
    }
    expect(source.url).toMatch(/^https:\/\/[a-z0-9.-]+\.[a-z]+\//);
    expect(citation(source, 'n.d.')).toContain(source.title);
    expect(citation(source, 'o. J.')).toContain(source.year === null ? '(o. J.)' : `(${source.year})`);
  });

  it('gives every source its own address', () => {
    expect(new Set(ALL_SOURCES.map((source) => source.url)).size).toBe(ALL_SOURCES.length);
  });

  it('cites each of the five source articles somewhere', () => {
    expect(ARTICLES).toHaveLength(5);
    for (const article of ARTICLES) expect(TIPS.some((tip) => tip.sources.includes(article)), article.title).toBe(true);
  });

  it('cites a source only for what it says: no safety tip rests on an article without a red-flag list', () => {
    expect(tipById('help-see-someone-now')!.sources.every((source) => /NHS|NICE/.test(source.author))).toBe(true);
    // The 50-pick-ups figure is the causes-and-relief article's, not the hinge article's alone.
    expect(tipById('lift-hip-hinge')!.sources).toContain(SOURCES.CAUSES_AND_RELIEF);
  });

  it('writes a citation as author, site, year and title', () => {
    expect(citation(SOURCES.UNEXPECTED_ANSWERS, 'n.d.')).toBe('Betsy Petry-Johnson, PT, Mama Made Strong (2019): Postpartum Back Pain: The Unexpected Answers');
    expect(citation(SAFETY_LIST_SOURCES.NICE_POSTNATAL, 'n.d.')).toBe('National Institute for Health and Care Excellence (NICE) (2021): Postnatal care (NICE guideline NG194)');
  });
});

describe('who each tip is for', () => {
  it.each(TIPS.map((tip) => [tip.id, tip]))('%s names one of the audiences', (_, tip) => {
    expect(NAMED_AUDIENCES.map(([, audience]) => audience)).toContain(tip.audience);
  });

  // The chooser holds back any tip that leaves out 'early' while the stage is unknown; that is only right if
  // such tips are progressions that still suit the later months.
  it('only leaves out the early weeks for progressions that suit later months', () => {
    for (const tip of TIPS) {
      for (const stages of [tip.audience.stages, tip.audience.afterCaesarean ?? tip.audience.stages]) {
        if (stages.includes('early')) continue;
        expect(stages, tip.id).toContain('later');
        expect(['strength', 'lifting', 'mobility'], tip.id).toContain(tip.group);
      }
    }
  });

  describe.each(REMINDER_KINDS)('tips for %s reminders', (kind) => {
    const people = RECOVERY_STAGES.flatMap((stage: RecoveryStage | null) => [false, true, null].map((caesarean) => ({ stage, caesarean, gaveBirth: true })));
    people.push({ stage: null, caesarean: null, gaveBirth: true }, { stage: null, caesarean: null, gaveBirth: false });
    it.each(people.map((p) => [JSON.stringify(p), p]))('are several for %s', (_, person) => {
      const suitable = TIPS.filter((tip) => tip.kinds !== 'general' && tip.kinds.includes(kind) && isSafeFor(tip, person));
      // More than the recent window, so a run of reminders never repeats.
      expect(suitable.length).toBeGreaterThanOrEqual(6);
    });
  });
});

describe('check-in cues', () => {
  it('cover the posture checklist for a feed', () => {
    const all = CHECKIN_CUES.join(' ').toLowerCase();
    for (const topic of ['mid-back', 'feet', 'baby up', 'shoulders', 'chin level', 'other arm', 'water']) {
      expect(all).toContain(topic);
    }
  });

  it.each(CHECKIN_CUES.map((cue) => [cue]))('"%s" fits a notification', (cue) => {
    expect(cue.trim()).not.toBe('');
    expect(cue.length).toBeLessThanOrEqual(CUE_MAX_CHARS);
  });
});

/** Every message of every locale file, with where it comes from. */
function localeMessages(): Array<{ where: string; text: string }> {
  return shippedLocales().flatMap((locale) =>
    Object.entries(mergedMessages(locale)).map(([key, { message }]) => ({ where: `${locale} ${key}`, text: message })),
  );
}

describe('our own words', () => {
  const fixture = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/seed-runs.json'), 'utf8')) as SeedRunsFixture;
  const seedRuns = new Set(fixture.hashes);
  const copied = (text: string) => runsOf(words(text), fixture.runLength).filter((run) => seedRuns.has(hashRun(run)));
  // A cited title is the one place an article's words may appear.
  const citedRuns = new Set(ALL_SOURCES.flatMap((source) => runsOf(words(source.title), fixture.runLength)));
  const ourTexts = [
    ...TIPS.flatMap((tip) => textsOf(tip).map((text) => ({ where: tip.id, text }))),
    ...CHECKIN_CUES.map((text) => ({ where: 'check-in cue', text })),
    // The drawings' text alternatives are locale messages (lib/locales/en/illustrations.json): in here.
    ...localeMessages(),
  ];

  it('reads a fixture of all five articles, committed with the tests', () => {
    expect(fixture.runLength).toBe(6);
    expect(fixture.articles).toHaveLength(5);
    for (const article of fixture.articles) expect(article.runs, article.file).toBeGreaterThan(300);
    expect(seedRuns.size).toBeGreaterThan(7000);
  });

  it('checks tips, notes, cues and every locale message', () => {
    expect(ourTexts.some(({ where }) => where.startsWith('en popup'))).toBe(true);
    expect(ourTexts.some(({ where }) => where.startsWith('en safety'))).toBe(true);
    expect(ourTexts.length).toBeGreaterThan(400);
  });

  it('would notice a copied sentence, from any of the five articles', () => {
    for (const sentence of [
      'Think of your core as the corset that stabilizes your spine and pelvis.',
      'Remember that your body may still be producing some relaxin, especially if you are breastfeeding.',
      'the diaphragm closes the top of the cylinder, the abs wrap around the sides',
      'and 37% still have it at their follow-up appointments weeks later',
      'we bring the object close to our body',
    ]) {
      expect(copied(sentence), sentence).not.toEqual([]);
    }
    expect(copied('Rest your hands on your lower ribs and breathe slowly.')).toEqual([]);
  });

  it(`never repeats a run of six words from a source article, except in a cited title`, () => {
    const found = ourTexts.flatMap(({ where, text }) => copied(text).filter((run) => !citedRuns.has(run)).map((run) => `${where}: "${run}"`));
    expect(found).toEqual([]);
  });
});

describe('tone', () => {
  const BANNED: readonly RegExp[] = [
    /bounce back/i,
    /snap back/i,
    /get (your|her) body back/i,
    /\bcur(e|es|ed|ing)\b/i,
    /should have/i,
    /should've/i,
    /\bguarantee/i,
    /\bpain[- ]free\b/i,
    /no pain,? no gain/i,
    /\bfix(es|ed)?\b/i,
    /\blazy\b/i,
    /\bfail(ed|ing|ure)?\b/i,
    /\bbad posture\b/i,
    /\bwrong way\b/i,
    /\bmust\b/i,
    /\bmom(s|my)?\b/i,
    /\bmum(s|my)?\b/i,
    /\bmama\b/i,
    /\bjust\b/i,
    /\bmissed\b/i,
    /for (the|your) baby'?s sake|part of caring for the baby/i,
  ];
  const safety = JSON.parse(readFileSync(join(ROOT, 'lib/locales/en/safety.json'), 'utf8')) as Record<string, { message: string }>;
  const ourTexts = [...TIPS.flatMap(textsOf), ...CHECKIN_CUES, ...Object.values(safety).map((m) => m.message)];

  it.each(BANNED.map((pattern) => [String(pattern), pattern]))('never says %s', (_, pattern) => {
    expect(ourTexts.filter((text) => pattern.test(text))).toEqual([]);
  });

  it('the tone check catches what it should', () => {
    expect('Bounce back after baby!').toMatch(BANNED[0] as RegExp);
    expect('This cures back pain.').toMatch(BANNED[3] as RegExp);
    expect('You should have lifted better.').toMatch(BANNED[4] as RegExp);
    expect('A proper meal is part of caring for the baby.').toMatch(BANNED[20] as RegExp);
  });
});

describe('the words files follow the index', () => {
  it('every tip in the index has words and a note, every reminder tip a cue, and nothing else does', () => {
    const ids = TIP_INDEX.map((tip) => tip.id).sort();
    const cueKeys = Object.keys(MESSAGES).filter((key) => key.startsWith('cue_'));
    expect(cueKeys.sort()).toEqual(TIP_INDEX.filter((tip) => tip.kinds !== 'general').map((tip) => cueForTip(tip.id)).sort());
    expect(Object.keys(TIP_SOURCES).sort()).toEqual(ids);
    expect(Object.keys(WHY).every((id) => (ids as string[]).includes(id))).toBe(true);
    expect(TIPS_WITH_WORDS.map((tip) => tip.id).sort()).toEqual(ids);
  });

  it('the popup offers "Why?" exactly for the tips that have one', async () => {
    for (const tip of TIPS) expect(Boolean((await loadTip(tip.id, 'en'))?.hasWhy), tip.id).toBe(Boolean(tip.why));
  });

  it('an unknown id has no tip', async () => {
    expect(await loadTip('no-such-tip', 'en')).toBeUndefined();
  });
});
