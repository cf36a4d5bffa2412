import { cleanup, fireEvent } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { HistoryEntry } from '../../lib/history/history';
import { renderOptions, settle, useFakeClock } from './options-support';

beforeEach(useFakeClock); // "now" is 2026-11-20 10:00 local
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const at = (iso: string) => new Date(iso).getTime();
const HISTORY: HistoryEntry[] = [
  { type: 'reminder', at: at('2026-11-20T08:00:00'), kind: 'movement', outcome: 'done' },
  { type: 'reminder', at: at('2026-11-20T09:00:00'), kind: 'movement', outcome: 'snoozed' },
  { type: 'reminder', at: at('2026-11-19T09:00:00'), kind: 'movement', outcome: 'missed' },
  { type: 'drill', at: at('2026-11-18T09:00:00'), durationSec: 60 },
  { type: 'feed', at: at('2026-11-18T10:00:00'), startedAt: at('2026-11-18T09:40:00'), side: 'left', endedBy: 'user' },
  { type: 'reminder', at: at('2026-11-01T09:00:00'), kind: 'movement', outcome: 'done' }, // only in the 30 days
];

describe('history on the options page', () => {
  it('draws the last 7 days with their numbers as text, and switches to 30 days', async () => {
    await fakeBrowser.storage.local.set({ history: HISTORY });
    const { page } = await renderOptions();
    await settle(0);

    expect(page.getByRole('img', { name: 'Movement breaks, Last 7 days: 1 done, 1 snoozed, 1 not answered' })).toBeTruthy();
    expect(page.getByRole('img', { name: 'Breathing drills, Last 7 days: 1' })).toBeTruthy();
    expect(page.getByRole('img', { name: 'Feeds, Last 7 days: 1' })).toBeTruthy();
    const rows = page.getAllByRole('row');
    expect(rows).toHaveLength(1 + 7);
    // Newest first: today, then yesterday, then the day of the drill and the feed.
    expect(rows.slice(1, 4).map((r) => [...r.querySelectorAll('td')].map((c) => c.textContent))).toEqual([
      ['1', '1', '0', '0', '0'],
      ['0', '0', '1', '0', '0'],
      ['0', '0', '0', '1', '1'],
    ]);

    fireEvent.click(page.getByRole('button', { name: 'Last 30 days' }));
    await settle(0);
    expect(page.getByRole('button', { name: 'Last 30 days' }).getAttribute('aria-pressed')).toBe('true');
    expect(page.getByRole('img', { name: 'Movement breaks, Last 30 days: 2 done, 1 snoozed, 1 not answered' })).toBeTruthy();
    expect(page.getAllByRole('row')).toHaveLength(1 + 30);
    expect(document.querySelector('.history')!.textContent).not.toMatch(/streak|score|%/i);
  });

  it('says so when nothing is recorded yet, and updates live as history grows', async () => {
    const { page } = await renderOptions();
    await settle(0);
    expect(page.getByText('Nothing recorded in this period yet.')).toBeTruthy();
    await fakeBrowser.storage.local.set({ history: HISTORY.slice(0, 1) });
    await settle(0);
    expect(page.queryByText('Nothing recorded in this period yet.')).toBeNull();
    expect(page.getByRole('img', { name: 'Movement breaks, Last 7 days: 1 done, 0 snoozed, 0 not answered' })).toBeTruthy();
  });
});
