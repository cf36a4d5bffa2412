import { cleanup, fireEvent } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultSettings } from '../../lib/settings/settings';
import { enter, renderOptions, secondDocument, settle, storedSettings, useFakeClock } from './options-support';

beforeEach(useFakeClock);
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const valueOf = (el: HTMLElement) => (el as HTMLInputElement).value;

describe('two open options pages', () => {
  it('a change saved on one appears live on the other', async () => {
    const a = await renderOptions();
    const b = await renderOptions(secondDocument());
    enter(a.page.getByLabelText('Remind me to move every'), '35');
    fireEvent.click(a.page.getByRole('checkbox', { name: 'Saturday' }));
    await settle();
    expect(valueOf(b.page.getByLabelText('Remind me to move every'))).toBe('35');
    expect((b.page.getByRole('checkbox', { name: 'Saturday' }) as HTMLInputElement).checked).toBe(false);
  });

  it('does not overwrite what the user is typing, and takes in the rest', async () => {
    const a = await renderOptions();
    const b = await renderOptions(secondDocument());
    const editing = b.page.getByLabelText('Remind me to move every');
    fireEvent.focus(editing);
    fireEvent.input(editing, { target: { value: '1' } }); // on the way to "12"

    enter(a.page.getByLabelText('Remind me to move every'), '45');
    enter(a.page.getByLabelText('Breathe in for'), '5');
    await settle(500);
    expect(await storedSettings()).toMatchObject({ movementIntervalMin: 45, breatheInSec: 5 });
    expect(valueOf(b.page.getByLabelText('Breathe in for'))).toBe('5');
    expect(valueOf(editing)).toBe('1');

    fireEvent.input(editing, { target: { value: '12' } });
    fireEvent.blur(editing);
    await settle();
    expect(await storedSettings()).toMatchObject({ movementIntervalMin: 12, breatheInSec: 5 });
    expect(valueOf(a.page.getByLabelText('Remind me to move every'))).toBe('12');
  });

  it('keeps a change still waiting to be saved when another page saves first', async () => {
    const a = await renderOptions();
    const b = await renderOptions(secondDocument());
    enter(a.page.getByLabelText('Snooze for'), '8');
    await settle(200);
    enter(b.page.getByLabelText('Snooze for'), '9');
    await settle(250); // a has written 8; b's change is still waiting
    expect((await storedSettings())?.snoozeMin).toBe(8);
    expect(valueOf(b.page.getByLabelText('Snooze for'))).toBe('9');
    await settle();
    expect((await storedSettings())?.snoozeMin).toBe(9);
    expect(valueOf(a.page.getByLabelText('Snooze for'))).toBe('9');
  });

  it('a change from another synced browser appears live; a no-op change event changes nothing', async () => {
    const { page, state } = await renderOptions();
    await fakeBrowser.storage.sync.set({ settings: { ...defaultSettings(), feedingIntervalMin: 150 } });
    await settle(0);
    expect(valueOf(page.getByLabelText('Feed set-up reminder every'))).toBe('150');

    const before = state.settings.value;
    await fakeBrowser.storage.sync.set({ settings: { ...defaultSettings(), feedingIntervalMin: 150 } });
    await settle(0);
    expect(state.settings.value).toBe(before);
  });
});

describe('"Send a test reminder"', () => {
  it('asks the background for a test reminder and says what the browser reported', async () => {
    const received: unknown[] = [];
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
      received.push(message);
      return Promise.resolve({ ok: true, test: 'shown' });
    });
    const { page } = await renderOptions();
    fireEvent.click(page.getByRole('button', { name: 'Send a test reminder' }));
    await settle(0);
    expect(received).toEqual([{ type: 'test-reminder' }]);
    expect(page.getByText(/^Shown: the browser put it on your screen/)).toBeTruthy();
    expect(page.queryByRole('alert')).toBeNull();
  });

  it.each([
    ['closed-at-once', 'alert', /closed it at once, before it could appear/],
    ['refused', 'alert', /refused to show it/],
    ['permission-denied', 'alert', /Notifications are blocked for Back to Core, so the browser did not show it/],
    ['no-answer', 'status', /did not say whether it appeared/],
  ])('says "%s" in a sentence of its own (as %s)', async (result, role, sentence) => {
    fakeBrowser.runtime.onMessage.addListener(() => Promise.resolve({ ok: true, test: result }));
    const { page } = await renderOptions();
    fireEvent.click(page.getByRole('button', { name: 'Send a test reminder' }));
    await settle(0);
    const said = page.getByText(sentence);
    expect(said.closest(`[role="${role}"]`)).not.toBeNull();
    expect(page.queryByText(/^Shown:/)).toBeNull();
  });

  it('shows the background’s refusal', async () => {
    fakeBrowser.runtime.onMessage.addListener(() => Promise.resolve({ ok: false, problem: { reason: 'not-shown', field: '' } }));
    const { page } = await renderOptions();
    fireEvent.click(page.getByRole('button', { name: 'Send a test reminder' }));
    await settle(0);
    expect(page.getByRole('alert').textContent).toContain('could not be shown: The browser did not show the notification.');
    expect(page.getByRole('alert').textContent).not.toContain('not-shown');
  });
});

describe('blocked notifications', () => {
  // The fake browser has no getPermissionLevel (like Firefox); Chrome's is added per test.
  const allowNotifications = (level: string) =>
    Object.assign(fakeBrowser.notifications, { getPermissionLevel: () => Promise.resolve(level) });
  afterEach(() => {
    delete (fakeBrowser.notifications as { getPermissionLevel?: unknown }).getPermissionLevel;
  });

  it('says what to do, and that the badge and popup still work, when the browser reports them denied', async () => {
    allowNotifications('denied');
    const { page } = await renderOptions();
    await settle(0);
    expect(page.getByText('Notifications are blocked for Back to Core.')).toBeTruthy();
    expect(page.getByText(/allow notifications for this extension in your browser's settings/)).toBeTruthy();
    expect(page.getByText(/computer's own notification settings/)).toBeTruthy();
    expect(page.getByText(/mark on the toolbar icon and in the popup/)).toBeTruthy();
  });

  it('says nothing when they are allowed, or when the browser cannot tell (Firefox, the fake)', async () => {
    const { page } = await renderOptions();
    await settle(0);
    expect(page.queryByText(/are blocked/)).toBeNull();
    cleanup();
    allowNotifications('granted');
    const again = await renderOptions();
    await settle(0);
    expect(again.page.queryByText(/are blocked/)).toBeNull();
  });
});
