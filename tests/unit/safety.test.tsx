/**
 * The safety list is one module (lib/tips/safety.ts) shown in four places: the popup's clinician note, the
 * get-help tip, the options page's About and the README. These tests fail as soon as any two of them differ.
 */
import { LOCALES as SHIPPED_LOCALES } from '../../lib/locales/locales';
import { cleanup, render, waitFor } from '@testing-library/preact';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AboutSection } from '../../components/options/AboutSection';
import { ClinicianNote } from '../../components/popup/ClinicianNote';
import { TipCard } from '../../components/popup/TipCard';
import { SAFETY_MESSAGE_KEYS, SAFETY_SOURCES, SAFETY_TIERS } from '../../lib/tips/safety';
import { loadAllTips } from '../../lib/tips/tips';
import { mergedMessages } from '../../scripts/locale-messages';

const ROOT = resolve(import.meta.dirname, '../..');
const LOCALES = join(ROOT, 'lib/locales');
const SHIPPED = [...SHIPPED_LOCALES];
const EN = mergedMessages('en');
const en = (key: string) => EN[key]!.message;

/** The list as the messages say it: each tier's title, then its signs. */
const EXPECTED = SAFETY_TIERS.map((tier) => ({ title: en(tier.title), signs: tier.signs.map(en) }));

/** The list as a rendered place shows it (the popup loads it right after its first paint: wait for it). */
async function shownIn(container: Element) {
  await waitFor(() => expect(container.querySelector('[data-testid="safety-list"]')).not.toBeNull());
  const lists = container.querySelectorAll('[data-testid="safety-list"]');
  expect(lists).toHaveLength(1);
  return [...lists[0]!.querySelectorAll('section')].map((section) => ({
    title: section.querySelector('h3, h4')!.textContent,
    signs: [...section.querySelectorAll('li')].map((li) => li.textContent),
  }));
}

/** The list as the README's "When to get help" section says it: a bold line per tier, then its bullets. */
function shownInReadme(readme: string) {
  const section = /^## When to get help\n([\s\S]*?)(?=^## )/m.exec(readme)?.[1] ?? '';
  const tiers: Array<{ title: string; signs: string[] }> = [];
  for (const line of section.split('\n')) {
    const title = /^\*\*(.+):\*\*$/.exec(line)?.[1];
    if (title) tiers.push({ title, signs: [] });
    const sign = /^- (.+)$/.exec(line)?.[1];
    if (sign && tiers.length > 0) tiers[tiers.length - 1]!.signs.push(sign.replace(/;$|\.$/, ''));
  }
  return tiers;
}

/** The .ts and .tsx files under `dir` (relative to the repository). */
function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : /\.tsx?$/.test(entry.name) ? [join(dir, entry.name)] : [],
  );
}

afterEach(cleanup);

describe('the safety list', () => {
  it('has three tiers, from now to a booked check, each with signs', () => {
    expect(SAFETY_TIERS.map((tier) => tier.id)).toEqual(['now', 'same-day', 'book']);
    for (const tier of SAFETY_TIERS) expect(tier.signs.length).toBeGreaterThan(2);
  });

  it('covers the signs a clinician expects, in the right tier', () => {
    const tier = (id: string) => EXPECTED[SAFETY_TIERS.findIndex((t) => t.id === id)]!.signs.join(' | ');
    for (const words of ['genitals, bottom or inner thighs', 'passing urine', 'bowel control', 'both legs', 'chest pain', 'sudden breathlessness', 'severe headache', 'right below your ribs', 'pre-eclampsia']) {
      expect(tier('now')).toContain(words);
    }
    for (const words of ['fever or shivering with back pain', 'calf', 'caesarean wound', 'after a fall', 'epidural', 'between your shoulder blades', 'at night that rest does not ease']) {
      expect(tier('same-day')).toContain(words);
    }
    for (const words of ['heaviness', 'bulge in the vagina', 'domes', 'leaking urine, wind or poo that has not settled by about three months', 'not getting better']) {
      expect(tier('book')).toContain(words);
    }
    expect(en('safetyBookTitle')).toContain('pelvic-health physiotherapist');
  });

  it('says "new" where the sign is common after a birth', () => {
    expect(en('safetyNowSaddle')).toMatch(/^new /);
    expect(en('safetyNowBladderBowel')).toMatch(/^new .*a new loss of bowel control/);
  });

  it('cites the NHS and NICE pages it follows, by author, title and year', () => {
    const authors = SAFETY_SOURCES.map((source) => source.author).join(' ');
    expect(authors).toContain('NHS');
    expect(authors).toContain('NICE');
    for (const source of SAFETY_SOURCES) expect(source.url).toMatch(/^https:\/\/www\.(nhs|nice\.org)\.uk\//);
  });

  it.each(SHIPPED)(
    'is complete in the %s locale: every title and sign has words',
    (locale) => {
      const messages = mergedMessages(locale);
      for (const key of SAFETY_MESSAGE_KEYS) expect(messages[key]?.message.trim(), `${locale}: ${key}`).toBeTruthy();
    },
  );

  it('exists in every locale we ship', () => {
    for (const locale of SHIPPED) expect(existsSync(join(LOCALES, locale, 'safety.json')), locale).toBe(true);
  });
});

describe('one safety list everywhere', () => {
  it('the popup clinician note shows exactly the list', async () => {
    const { container } = render(<ClinicianNote />);
    expect(await shownIn(container)).toEqual(EXPECTED);
  });

  it('the options page About shows exactly the list', async () => {
    const { container } = render(<AboutSection />);
    expect(await shownIn(container)).toEqual(EXPECTED);
  });

  it('every get-help tip that speaks of urgent help shows exactly the list', async () => {
    const tips = (await loadAllTips('en')).filter((tip) => tip.safetyList);
    expect(tips.map((tip) => tip.id)).toEqual(['help-see-someone-now']);
    for (const tip of tips) {
      const { container } = render(<TipCard tip={tip} forReminder={false} onAnother={() => {}} />);
      expect(await shownIn(container)).toEqual(EXPECTED);
      cleanup();
    }
  });

  it('the README says exactly the list', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(shownInReadme(readme)).toEqual(EXPECTED);
  });

  it('the comparison notices a place that differs', () => {
    const changed = `## When to get help\n\n**${EXPECTED[0]!.title}:**\n\n- a fever\n\n## Next\n`;
    expect(shownInReadme(changed)).not.toEqual(EXPECTED);
  });

  it('links each source for the reader to open in a new tab, and fetches nothing itself', async () => {
    const { container } = render(<ClinicianNote />);
    await shownIn(container);
    const links = [...container.querySelectorAll('[data-testid="safety-list"] a')] as HTMLAnchorElement[];
    expect(links.map((a) => a.getAttribute('href'))).toEqual(SAFETY_SOURCES.map((source) => source.url));
    for (const a of links) {
      expect(a.getAttribute('target')).toBe('_blank');
      expect(a.getAttribute('rel')).toBe('noopener noreferrer');
    }
  });

  it('no other component or locale file keeps a list of its own', () => {
    const files = ['components', 'entrypoints'].flatMap(sourceFiles);
    const users = files.filter((file) => /\bsafety(Now|SameDay|Book)|SAFETY_TIERS/.test(readFileSync(join(ROOT, file), 'utf8')));
    expect(users).toEqual(['components/SafetyList.tsx']);
    // Everyone else shows it through the component: directly, or in the popup once it has loaded.
    const shows = files.filter((file) => /<SafetyList(Later)? /.test(readFileSync(join(ROOT, file), 'utf8')));
    expect(shows.sort()).toEqual(['components/options/AboutSection.tsx', 'components/popup/ClinicianNote.tsx', 'components/popup/TipCard.tsx']);
    const otherKeys = Object.keys(EN).filter((key) => /RedFlag|Clinician(Numbness|Bladder|Fever|Fall|Severe|Night)/.test(key));
    expect(otherKeys).toEqual([]);
  });
});
