import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Illustration, ILLUSTRATION_IDS, illustrationAlt } from '../../components/illustrations';
import type { IllustrationId } from '../../lib/tips/tip-model';
import { TIP_DRAWINGS } from '../../lib/tips/tip-drawings';
import { TIP_INDEX, type TipId } from '../../lib/tips/tip-index';
import { loadTip } from '../../lib/tips/tips';

const IDS = ILLUSTRATION_IDS;
const SHAPES = 'path, circle, rect, ellipse, line, polyline, polygon';

function drawing(id: IllustrationId): SVGSVGElement {
  const svg = render(<Illustration id={id} />).container.querySelector('svg');
  if (!svg) throw new Error(`${id} rendered no svg`);
  return svg;
}

afterEach(cleanup);

describe('illustrations', () => {
  it('draw at least 20 of the tips, every one of them with a drawing that exists', () => {
    const drawn = Object.entries(TIP_DRAWINGS);
    expect(drawn.length).toBeGreaterThanOrEqual(20);
    const tipIds = TIP_INDEX.map((tip) => tip.id as string);
    for (const [tipId, drawingId] of drawn) {
      expect(tipIds, tipId).toContain(tipId);
      expect(IDS, tipId).toContain(drawingId);
    }
  });

  it('come with their tip, and only with it', async () => {
    expect((await loadTip('mob-cat-cow', 'en'))?.illustration).toBe('cat-cow');
    expect((await loadTip('lift-car-seat', 'en'))?.illustration).toBe('car-seat-carry');
    expect(await loadTip('care-food', 'en')).not.toHaveProperty('illustration');
  });

  it('draw the movements and set-ups the tips describe', () => {
    // Typed as tip ids: a renamed tip fails the type check here.
    const described: readonly TipId[] = [
      'mob-cat-cow',
      'lift-hip-hinge',
      'lift-lunge-down',
      'feed-pillow-mid-back',
      'feed-side-lying',
      'feed-bottle',
      'str-glute-bridge',
      'mob-open-book',
      'str-sit-to-stand',
      'lift-car-seat',
      'desk-chair',
      'desk-screen-height',
      'mob-standing-reach',
      'desk-two-minute-walk',
      'lift-stroller',
    ];
    for (const id of described) expect(TIP_DRAWINGS[id], id).toBeDefined();
  });

  it.each(IDS)('%s has a text alternative, a locale message, that describes it', (id) => {
    const alt = illustrationAlt(id);
    expect(alt.trim().length).toBeGreaterThan(30);
    expect(alt).toMatch(/\.$/);
  });

  it.each(IDS)('%s renders an svg image named by its text alternative', (id) => {
    render(<Illustration id={id} />);
    const img = screen.getByRole('img', { name: illustrationAlt(id) });
    expect(img.tagName.toLowerCase()).toBe('svg');
    expect(img.getAttribute('viewBox')).toBe('0 0 240 160');
    expect(img.querySelectorAll(SHAPES).length).toBeGreaterThan(3);
  });

  it.each(IDS)('%s draws in the current text colour only, so it follows the theme', (id) => {
    const svg = drawing(id);
    expect(svg.getAttribute('stroke')).toBe('currentColor');
    expect(svg.getAttribute('fill')).toBe('none');
    for (const el of svg.querySelectorAll('*')) {
      for (const attr of ['stroke', 'fill', 'color', 'style']) {
        const value = el.getAttribute(attr);
        if (value !== null) expect(['currentColor', 'none'], `${el.tagName} ${attr}`).toContain(value);
      }
      // A tint, never a solid block: a filled shape stays faint in both themes.
      const fillOpacity = el.getAttribute('fill-opacity');
      if (el.getAttribute('fill') === 'currentColor') expect(Number(fillOpacity), `${el.tagName} fill-opacity`).toBeLessThanOrEqual(0.2);
    }
  });

  it.each(IDS)('%s keeps to the shared pen: one body stroke, one lighter stroke, lines only', (id) => {
    const svg = drawing(id);
    expect(svg.getAttribute('stroke-width')).toBe('3');
    expect(svg.getAttribute('stroke-linecap')).toBe('round');
    expect(svg.getAttribute('stroke-linejoin')).toBe('round');
    for (const el of svg.querySelectorAll('[stroke-width]')) expect(el.getAttribute('stroke-width')).toBe('2.5');
    // Words belong in the tip and its text alternative, not in the picture.
    expect(svg.querySelectorAll('text, image, foreignObject').length).toBe(0);
  });

  it.each(IDS)('%s stays lean: a few simple shapes', (id) => {
    const svg = drawing(id);
    expect(svg.querySelectorAll(SHAPES).length).toBeLessThanOrEqual(16);
    expect(svg.innerHTML.length).toBeLessThanOrEqual(1600);
  });

  it('describes each one differently', () => {
    expect(new Set(IDS.map(illustrationAlt)).size).toBe(IDS.length);
  });

  it('draws each one differently', () => {
    // The drawing alone, without the svg element and its label.
    const markup = IDS.map((id) => drawing(id).innerHTML);
    expect(new Set(markup).size).toBe(IDS.length);
  });
});
