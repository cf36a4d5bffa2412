import { cleanup, fireEvent, render } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NAV_GROUPS } from '../../components/options/OptionsNav';
import { SaveStatus } from '../../components/options/SaveStatus';
import { createOptionsState } from '../../components/options/options-state';
import { settingsDeps } from '../../entrypoints/options/deps';
import { renderOptions, settle, useFakeClock } from './options-support';

beforeEach(useFakeClock);
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('the section links', () => {
  it('lead to every section of the page, the schedule first, in two labelled groups', async () => {
    const { page } = await renderOptions();
    const nav = page.getByRole('navigation', { name: 'Sections' });
    const sections = [...document.querySelectorAll('main section[id]')].map((s) => s.id);
    const targets = [...nav.querySelectorAll('a')].map((a) => a.getAttribute('href')!.slice(1));
    expect(targets).toEqual(sections);
    expect(targets[0]).toBe('reminders');
    expect(NAV_GROUPS.map((g) => g.sections.length)).toEqual([5, 3]);
    expect(page.getByRole('list', { name: 'Your schedule' })).toBeTruthy();
    expect(page.getByRole('list', { name: 'Records and help' })).toBeTruthy();
  });

  it('mark the section chosen (aria-current), one at a time', async () => {
    const { page } = await renderOptions();
    expect(page.getByRole('link', { name: 'Reminders' }).getAttribute('aria-current')).toBe('location');
    fireEvent.click(page.getByRole('link', { name: 'Your data' }));
    await settle(0);
    expect(page.getByRole('link', { name: 'Your data' }).getAttribute('aria-current')).toBe('location');
    expect(page.getByRole('link', { name: 'Reminders' }).getAttribute('aria-current')).toBeNull();
  });
});

describe('settings that cannot be read', () => {
  it('says so in a sentence, shows the defaults and writes nothing', async () => {
    const save = vi.fn(() => Promise.resolve());
    const state = createOptionsState({ ...settingsDeps(), save, loadRaw: () => Promise.reject(new Error('IO error: LEVELDB_CORRUPTION')) });
    const { container } = render(<SaveStatus state={state} />);
    await state.start();
    await settle();
    expect(container.textContent).toContain('Your saved settings could not be read just now, so the defaults are shown.');
    expect(container.textContent).not.toMatch(/IO error|LEVELDB/);
    expect(save).not.toHaveBeenCalled();
    state.stop();
  });
});
