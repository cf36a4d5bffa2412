import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BreathingDrill } from '../../components/popup/BreathingDrill';
import { LEAD_IN_SEC } from '../../lib/breathing/breathing';

const pace = { inSec: 4, outSec: 6, breaths: 6 };

/** Stubs the system's reduced-motion setting. */
function prefersReducedMotion(reduce: boolean) {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: reduce && query.includes('prefers-reduced-motion: reduce'),
    media: query,
    addEventListener: () => {},
    removeEventListener: () => {},
  }));
}

const shape = () => screen.getByTestId('breath-shape');
const scaleOf = (el: HTMLElement) => Number(/scale\(([\d.]+)\)/.exec(el.style.transform)?.[1]);
const liveRegion = () => document.querySelector('[aria-live="polite"]')!;
const advance = (ms: number) => act(() => void vi.advanceTimersByTime(ms));
const LEAD_MS = LEAD_IN_SEC * 1000;
/** Through the set-up and its 3-2-1, to the start of the first breath. */
const pastLeadIn = () => advance(LEAD_MS);

beforeEach(() => {
  vi.useFakeTimers({
    toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'requestAnimationFrame', 'cancelAnimationFrame', 'performance', 'Date'],
  });
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('BreathingDrill', () => {
  it('starts with a short set-up and a 3-2-1 before the first breath, the shape at rest', () => {
    render(<BreathingDrill pace={pace} reducedMotion={false} onFinish={() => {}} onClose={() => {}} />);
    const number = () => screen.getByTestId('drill-number').textContent;
    expect(liveRegion().textContent).toBe('Sit tall, ribs over your pelvis, hands on your lower ribs. If you feel dizzy, breathe normally.');
    expect(number()).toBe('3');
    expect(scaleOf(shape())).toBeCloseTo(0.6, 3);
    advance(1000);
    expect(number()).toBe('2');
    advance(1000);
    expect(number()).toBe('1');
    expect(liveRegion().textContent).toBe('Sit tall, ribs over your pelvis, hands on your lower ribs. If you feel dizzy, breathe normally.');
    expect(scaleOf(shape())).toBeCloseTo(0.6, 3);
    advance(1000);
    expect(number()).toBe('');
    expect(liveRegion().textContent).toContain('Breathe in');
    expect(screen.getByText('Breath 1 of 6')).toBeTruthy();
  });

  it('draws the 360° shape wider than tall, with front, side and back cues, and a bar for the whole drill', () => {
    render(<BreathingDrill pace={pace} reducedMotion={false} onFinish={() => {}} onClose={() => {}} />);
    const labels = [...document.querySelectorAll('.rib-label')].map((el) => el.textContent);
    expect(labels).toEqual(['front', 'side', 'side', 'back']);
    expect(document.querySelector('.drill-stage')!.getAttribute('aria-hidden')).toBe('true');
    pastLeadIn();
    const bar = screen.getByRole('progressbar', { name: 'Drill progress' });
    const fill = () => Number(/scaleX\(([\d.]+)\)/.exec((bar.firstElementChild as HTMLElement).style.transform)?.[1]);
    advance(30_000); // half of the 60 s drill
    expect(fill()).toBeCloseTo(0.5, 1);
    // The colour eases between in and out through the fills' opacity only (30 s in: the 4th inhale begins).
    expect(screen.getByTestId('fill-in').style.opacity).toBe('1');
    advance(4500); // 34.5 s: its exhale
    expect(screen.getByTestId('fill-in').style.opacity).toBe('0');
  });

  it('goes through breathe in and breathe out with the 360° cues, counting breaths', () => {
    render(<BreathingDrill pace={pace} reducedMotion={false} onFinish={() => {}} onClose={() => {}} />);
    pastLeadIn();
    expect(liveRegion().textContent).toContain('Breathe in');
    expect(liveRegion().textContent).toContain('Let the pelvic floor go fully; belly softens and widens, ribs widen to the front, the sides and the back.');
    expect(screen.getByText('Let go fully after each lift. If it hurts, stop and see a physiotherapist.')).toBeTruthy();
    expect(screen.getByText('Breath 1 of 6')).toBeTruthy();

    advance(3900);
    expect(liveRegion().textContent).toContain('Breathe in');
    advance(200); // 4.1 s
    expect(liveRegion().textContent).toContain('Breathe out');
    expect(liveRegion().textContent).toContain('Gently lift the pelvic floor; belly draws in.');
    expect(screen.getByText('Breath 1 of 6')).toBeTruthy();

    advance(6000); // 10.1 s
    expect(liveRegion().textContent).toContain('Breathe in');
    expect(screen.getByText('Breath 2 of 6')).toBeTruthy();
    advance(20_000); // 30.1 s
    expect(screen.getByText('Breath 4 of 6')).toBeTruthy();
  });

  it('with "breathing only", leaves the pelvic-floor lift out of every cue', () => {
    render(<BreathingDrill pace={pace} reducedMotion={false} breathingOnly onFinish={() => {}} onClose={() => {}} />);
    expect(liveRegion().textContent).toBe('Sit tall, ribs over your pelvis, hands on your lower ribs. If you feel dizzy, breathe normally.');
    pastLeadIn();
    expect(liveRegion().textContent).toContain('Belly softens and widens; ribs widen to the front, the sides and the back.');
    advance(4100);
    expect(liveRegion().textContent).toContain('Breathe out');
    expect(liveRegion().textContent).toContain('Ribs and belly gently draw back in.');
    expect(document.querySelector('.drill')!.textContent).not.toMatch(/pelvic floor|lift/i);
  });

  it('widens the shape on the inhale and narrows it on the exhale, with transform only', () => {
    render(<BreathingDrill pace={pace} reducedMotion={false} onFinish={() => {}} onClose={() => {}} />);
    pastLeadIn();
    const samples: number[] = [];
    for (let t = 0; t < 10_000; t += 1000) {
      samples.push(scaleOf(shape()));
      advance(1000);
    }
    // 0..3 s inhale: growing; 4..9 s exhale: shrinking.
    for (let i = 1; i <= 3; i++) expect(samples[i]).toBeGreaterThan(samples[i - 1]!);
    for (let i = 5; i <= 9; i++) expect(samples[i]).toBeLessThan(samples[i - 1]!);
    expect(shape().getAttribute('style')).not.toMatch(/width|height|top|left|margin|padding/);
  });

  it('announces each phase once, not every frame', () => {
    render(<BreathingDrill pace={pace} reducedMotion={false} onFinish={() => {}} onClose={() => {}} />);
    pastLeadIn();
    const observer = new MutationObserver(() => {});
    observer.observe(liveRegion(), { subtree: true, childList: true, characterData: true });
    const announced: string[] = [];
    for (let t = 0; t < 10_050; t += 50) {
      advance(50);
      if (observer.takeRecords().length > 0) announced.push(liveRegion().textContent!.split(' ')[1]!);
    }
    observer.disconnect();
    // in → out → in over 10 s of frames: exactly two changes reach the live region.
    expect(announced).toEqual(['out', 'in']);
  });

  it('keeps time from the clock even when frames and timers are held back', () => {
    let clock = 0;
    render(<BreathingDrill pace={pace} reducedMotion={false} onFinish={() => {}} onClose={() => {}} clock={() => clock} />);
    // 25 s pass while the page got a single timer tick (a throttled popup): the drill is where the clock says.
    clock = LEAD_MS + 25_000;
    advance(500);
    expect(liveRegion().textContent).toContain('Breathe out');
    expect(screen.getByText('Breath 3 of 6')).toBeTruthy();
  });

  it('Stop ends the drill at once and logs nothing', () => {
    const onFinish = vi.fn();
    const onClose = vi.fn();
    render(<BreathingDrill pace={pace} reducedMotion={false} onFinish={onFinish} onClose={onClose} />);
    advance(5000);
    const stop = screen.getByRole('button', { name: 'Stop' });
    expect(document.activeElement).toBe(stop); // focus lands on Stop, so Enter or Space stops
    fireEvent.click(stop);
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(onFinish).not.toHaveBeenCalled();
  });

  it('finishes calmly after the last breath and reports the drill once, with its length', () => {
    const onFinish = vi.fn();
    const onClose = vi.fn();
    const { rerender } = render(<BreathingDrill pace={{ inSec: 2, outSec: 2, breaths: 3 }} reducedMotion={false} onFinish={onFinish} onClose={onClose} />);
    pastLeadIn();
    advance(11_900);
    expect(onFinish).not.toHaveBeenCalled();
    advance(200);
    expect(onFinish).toHaveBeenCalledExactlyOnceWith(12);
    expect(liveRegion().textContent).toContain('All done');
    expect(screen.queryByRole('button', { name: 'Stop' })).toBeNull();
    advance(10_000);
    expect(onFinish).toHaveBeenCalledTimes(1);
    // Once the history has it, the end says it was counted.
    expect(screen.queryByText('Counted for today.')).toBeNull();
    rerender(<BreathingDrill pace={{ inSec: 2, outSec: 2, breaths: 3 }} reducedMotion={false} counted onFinish={onFinish} onClose={onClose} />);
    expect(liveRegion().textContent).toContain('Counted for today.');
    const back = screen.getByRole('button', { name: 'Back' });
    expect(document.activeElement).toBe(back);
    fireEvent.click(back);
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('keeps the pace it started with when the settings change mid-drill', () => {
    const { rerender } = render(<BreathingDrill pace={pace} reducedMotion={false} onFinish={() => {}} onClose={() => {}} />);
    advance(LEAD_MS + 2000);
    rerender(<BreathingDrill pace={{ inSec: 10, outSec: 12, breaths: 20 }} reducedMotion={false} onFinish={() => {}} onClose={() => {}} />);
    advance(2500); // 4.5 s: out, with the original pace
    expect(liveRegion().textContent).toContain('Breathe out');
    expect(screen.getByText('Breath 1 of 6')).toBeTruthy();
  });
});

describe('BreathingDrill with reduced motion', () => {
  beforeEach(() => prefersReducedMotion(true));

  it('never scales the shape: a text countdown and a stepped bar instead, after the same 3-2-1', () => {
    const raf = vi.spyOn(window, 'requestAnimationFrame');
    render(<BreathingDrill pace={pace} reducedMotion onFinish={() => {}} onClose={() => {}} />);
    const number = () => screen.getByTestId('drill-number').textContent;
    const bar = screen.getByRole('progressbar', { name: 'Drill progress' });
    const value = () => Number(bar.getAttribute('aria-valuenow'));
    expect(number()).toBe('3');
    pastLeadIn();
    expect(number()).toBe('4 s');
    expect(value()).toBe(0);

    advance(2000);
    expect(number()).toBe('2 s');
    advance(2100); // out
    expect(number()).toBe('6 s');
    expect(liveRegion().textContent).toContain('Breathe out');
    advance(26_000); // 30.1 s of 60
    expect(value()).toBe(50);

    expect(shape().style.transform).toBe('');
    expect(shape().getAttribute('style')).toBeNull();
    expect(document.querySelector('.drill-stage')!.className).toContain('is-still');
    expect(raf).not.toHaveBeenCalled();
  });

  it('still finishes and reports the drill', () => {
    const onFinish = vi.fn();
    render(<BreathingDrill pace={{ inSec: 2, outSec: 2, breaths: 1 }} reducedMotion onFinish={onFinish} onClose={() => {}} />);
    advance(LEAD_MS + 4200);
    expect(onFinish).toHaveBeenCalledExactlyOnceWith(4);
  });
});
