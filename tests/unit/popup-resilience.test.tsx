/** The popup when a tip's words cannot be loaded (a damaged install): everything else still works. */
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, expect, it, vi } from 'vitest';
import { createPopupState } from '../../components/popup/popup-state';
import { App } from '../../entrypoints/popup/App';
import { defaultSettings } from '../../lib/settings/settings';
import { initialState } from '../../lib/schedule/state';

vi.mock('../../lib/tips/tips', async (original) => ({
  ...(await original<typeof import('../../lib/tips/tips')>()),
  withWords: () => Promise.reject(new Error('Failed to fetch dynamically imported module')),
}));

afterEach(() => cleanup());

it('opens without a tip, with the status, the drill and feeding all there', async () => {
  const now = new Date(2025, 5, 10, 14, 0).getTime();
  const app = createPopupState({
    initial: { settings: defaultSettings(), state: { ...initialState(), movementDueAt: now + 23 * 60_000 }, history: [] },
    send: async () => ({ ok: true }),
    now: () => now,
    random: () => 0,
  });
  await app.ready; // settles even though the words failed
  render(<App app={app} openOptions={() => undefined} />);
  expect(screen.getByTestId('status-line').textContent).toContain('Move in 23 min');
  expect(screen.getByRole('button', { name: /^Breathe/ })).toBeTruthy();
  expect(screen.getByRole('button', { name: /^Left/ })).toBeTruthy();
  expect(document.querySelector('section.tip')).toBeNull();
});
