/** Renders the real options page against the fake browser's storage, for the options*.test.tsx files. */
import { act, fireEvent, render, within } from '@testing-library/preact';
import { Window } from 'happy-dom';
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createOptionsState } from '../../components/options/options-state';
import { App } from '../../entrypoints/options/App';
import { pageDeps, settingsDeps } from '../../entrypoints/options/deps';

/**
 * Renders one options page. Pass `doc` (e.g. `secondDocument()`) to open another page beside it: each page
 * is its own document in the browser, so element ids never meet.
 */
export async function renderOptions(doc: Document = document) {
  const state = createOptionsState(settingsDeps());
  const container = doc.body.appendChild(doc.createElement('div'));
  const result = render(<App state={state} deps={pageDeps()} />, { container, baseElement: doc.body });
  await act(async () => {
    await state.start();
    // The page loads its chart lazily; wait for that module as the browser would before first use.
    await import('../../components/options/HistoryChart');
  });
  await settle(0);
  return { state, ...result, page: within(container) };
}

/** A separate document, as a second open tab of the options page has. */
export function secondDocument(): Document {
  return new Window({ url: 'chrome-extension://test/options.html' }).document as unknown as Document;
}

/** Lets `ms` of fake time pass, with every promise and render it releases. */
export async function settle(ms = 1_000): Promise<void> {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
}

export const storedSettings = async () => (await fakeBrowser.storage.sync.get('settings')).settings as Record<string, unknown> | undefined;
export const storedHistory = async () => (await fakeBrowser.storage.local.get('history')).history as unknown[] | undefined;

/** Counts writes of the settings item to storage.sync (not the @wxt-dev/storage metadata key). */
export function countSettingsWrites() {
  const spy = vi.spyOn(fakeBrowser.storage.sync, 'set');
  return () => spy.mock.calls.filter(([items]) => 'settings' in (items as object)).length;
}

export function useFakeClock(): void {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
  vi.setSystemTime(new Date('2026-11-20T10:00:00'));
}

/** Types a whole value into a number box and presses Enter, as a user who knows what they want. */
export function enter(input: HTMLElement, text: string): void {
  fireEvent.input(input, { target: { value: text } });
  fireEvent.keyDown(input, { key: 'Enter' });
}
