import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';

/** A fresh copy of the module: whether the popup has painted is the page's own, once. */
async function freshModule() {
  vi.resetModules();
  return import('../../components/popup/AfterFirstPaint');
}

/** Lets Preact's after-paint effects run: an animation frame, then a task. */
const nextPaint = () => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 0)));

describe('AfterFirstPaint', () => {
  let host: HTMLElement;
  afterEach(() => {
    render(null, host);
    host.remove();
  });

  it('leaves its part out of the first frame and renders it after the paint', async () => {
    const { AfterFirstPaint } = await freshModule();
    host = document.body.appendChild(document.createElement('div'));
    render(
      <main>
        <h2>Lead</h2>
        <AfterFirstPaint>
          <footer>When to see a clinician</footer>
        </AfterFirstPaint>
      </main>,
      host,
    );
    expect(host.querySelector('h2')).not.toBeNull();
    expect(host.querySelector('footer')).toBeNull();
    await nextPaint();
    await vi.waitFor(() => expect(host.querySelector('footer')?.textContent).toBe('When to see a clinician'));
  });

  it('once the popup has painted, renders at once where it appears later (a change of view hides nothing)', async () => {
    const { AfterFirstPaint } = await freshModule();
    host = document.body.appendChild(document.createElement('div'));
    render(<AfterFirstPaint><p>first view</p></AfterFirstPaint>, host);
    await vi.waitFor(() => expect(host.textContent).toBe('first view'));
    render(
      <section>
        <AfterFirstPaint>
          <p>Today so far: a breathing drill.</p>
        </AfterFirstPaint>
      </section>,
      host,
    );
    expect(host.querySelector('section p')?.textContent).toBe('Today so far: a breathing drill.');
  });
});
