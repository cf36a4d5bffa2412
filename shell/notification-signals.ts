/** Firefox's word on a notification it was asked to show (see lib/schedule/test-reminder.ts). */
import { browser } from 'wxt/browser';
import type { NotificationSignals } from '../lib/schedule/test-reminder';

type IdEvent = { addListener(cb: (id: string) => void): void; removeListener(cb: (id: string) => void): void };

/**
 * The first of `onShown` / `onClosed` for notification `id`, or `'none'` when neither comes within `waitMs`.
 * Start it before `create()`: Firefox may fire either before create() resolves.
 */
export function firstSignal(id: string, waitMs = 4000): Promise<NotificationSignals['first']> {
  // Firefox-only events, missing from the Chrome-shaped types.
  const { onShown, onClosed } = browser.notifications as unknown as { onShown: IdEvent; onClosed: IdEvent };
  return new Promise((resolve) => {
    const done = (signal: NotificationSignals['first']) => {
      clearTimeout(timer);
      onShown.removeListener(shown);
      onClosed.removeListener(closed);
      resolve(signal);
    };
    const shown = (shownId: string) => void (shownId === id && done('shown'));
    const closed = (closedId: string) => void (closedId === id && done('closed'));
    const timer = setTimeout(() => done('none'), waitMs);
    onShown.addListener(shown);
    onClosed.addListener(closed);
  });
}
