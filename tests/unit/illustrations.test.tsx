import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Illustration } from '../../components/illustrations';
import { ILLUSTRATION_ALT } from '../../lib/tips/illustrations';
import type { IllustrationId } from '../../lib/tips/tip-model';

const IDS = Object.keys(ILLUSTRATION_ALT) as IllustrationId[];

afterEach(cleanup);

describe('illustrations', () => {
  it('cover the drawings the product needs', () => {
    expect([...IDS].sort()).toEqual(['breathing-360', 'feeding-setup', 'glute-bridge', 'hip-hinge', 'open-book']);
  });

  it.each(IDS)('%s has a text alternative that describes it', (id) => {
    const alt = ILLUSTRATION_ALT[id];
    expect(alt.trim().length).toBeGreaterThan(30);
    expect(alt).toMatch(/\.$/);
  });

  it.each(IDS)('%s renders an svg image named by its text alternative', (id) => {
    render(<Illustration id={id} />);
    const img = screen.getByRole('img', { name: ILLUSTRATION_ALT[id] });
    expect(img.tagName.toLowerCase()).toBe('svg');
    expect(img.getAttribute('viewBox')).toBe('0 0 240 160');
    expect(img.querySelectorAll('path, circle, rect, ellipse').length).toBeGreaterThan(3);
  });

  it.each(IDS)('%s draws in the current text colour only, so it follows the theme', (id) => {
    const { container } = render(<Illustration id={id} />);
    const svg = container.querySelector('svg');
    expect(svg?.getAttribute('stroke')).toBe('currentColor');
    expect(svg?.getAttribute('fill')).toBe('none');
    for (const el of container.querySelectorAll('svg *')) {
      for (const attr of ['stroke', 'fill', 'color', 'style']) {
        const value = el.getAttribute(attr);
        if (value !== null) expect(['currentColor', 'none'], `${el.tagName} ${attr}`).toContain(value);
      }
    }
  });

  it('draws each one differently', () => {
    // The drawing alone, without the svg element and its label.
    const markup = IDS.map((id) => render(<Illustration id={id} />).container.querySelector('svg')?.innerHTML);
    expect(new Set(markup).size).toBe(IDS.length);
  });
});
