import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';
import { signal } from '@preact/signals';

/** Set once the popup's content has been painted for the first time; from then on nothing waits. */
const painted = signal(false);

/**
 * What can come one frame after the rest: the feed buttons, the "Today" line and the clinician note sit below the
 * lead and the tip in every view, so the popup's first frame carries only what a parent looks at first, and its
 * first render (most of it the first run of its code) is that much shorter (README Performance). Nothing above
 * moves when they appear. After that first frame they render at once, so a change of view never hides them.
 */
export function AfterFirstPaint({ children }: { children: ComponentChildren }) {
  const shown = painted.value;
  // Preact runs effects after the next paint.
  useEffect(() => void (painted.value = true), []);
  return shown ? <>{children}</> : null;
}
