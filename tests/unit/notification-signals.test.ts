/** Firefox's onShown / onClosed, as the background's test reminder reads them (shell/notification-signals.ts). */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { firstSignal } from '../../shell/notification-signals';

afterEach(() => vi.useRealTimers());

describe('firstSignal', () => {
  it('onShown for the notification: shown', async () => {
    const first = firstSignal('test:movement:1');
    await fakeBrowser.notifications.onShown.trigger('test:movement:1');
    await expect(first).resolves.toBe('shown');
  });

  it('onClosed before any onShown (Firefox with no notification service): closed', async () => {
    const first = firstSignal('test:movement:1');
    await fakeBrowser.notifications.onClosed.trigger('test:movement:1', false);
    await fakeBrowser.notifications.onShown.trigger('test:movement:1');
    await expect(first).resolves.toBe('closed');
  });

  it('other notifications do not count; silence until the wait ends: none', async () => {
    vi.useFakeTimers();
    const first = firstSignal('test:movement:1', 4000);
    await fakeBrowser.notifications.onShown.trigger('reminder:movement:5');
    await fakeBrowser.notifications.onClosed.trigger('reminder:feeding:5', true);
    await vi.advanceTimersByTimeAsync(3999);
    let settled = false;
    void first.then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await expect(first).resolves.toBe('none');
  });

  it('stops listening to both events once it has its answer', async () => {
    const events = fakeBrowser.notifications;
    const added = [vi.spyOn(events.onShown, 'addListener'), vi.spyOn(events.onClosed, 'addListener')];
    const removed = [vi.spyOn(events.onShown, 'removeListener'), vi.spyOn(events.onClosed, 'removeListener')];
    const first = firstSignal('test:movement:1');
    await events.onShown.trigger('test:movement:1');
    await first;
    for (const [i, spy] of removed.entries()) expect(spy).toHaveBeenCalledWith(added[i]!.mock.calls[0]![0]);
  });
});
