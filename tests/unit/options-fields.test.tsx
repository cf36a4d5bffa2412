import { act, cleanup, fireEvent } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SETTINGS_FIELDS, defaultSettings, type SettingsField } from '../../lib/settings/settings';
import { countSettingsWrites, renderOptions, settle, storedSettings, useFakeClock } from './options-support';

beforeEach(useFakeClock);
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

/** Every whole-number setting, by the label the user sees. */
const NUMBER_FIELDS: Array<[SettingsField, string]> = [
  ['movementIntervalMin', 'Remind me to move every'],
  ['feedingIntervalMin', 'Feeding-posture reminder every'],
  ['feedCheckInMin', 'During a feed, check my posture every'],
  ['snoozeMin', 'Snooze for'],
  ['naturalBreakMin', 'Count a pause as a break after'],
  ['breatheInSec', 'Breathe in for'],
  ['breatheOutSec', 'Breathe out for'],
  ['breaths', 'Number of breaths'],
  ['weeksSinceBirth', 'Weeks since birth'],
];

function bounds(field: SettingsField) {
  const spec = SETTINGS_FIELDS[field];
  if (spec.kind !== 'integer' && spec.kind !== 'nullable-integer') throw new Error(`${field} is not a number field`);
  return spec;
}

describe('number fields on the options page', () => {
  it('covers every whole-number setting', () => {
    const numeric = Object.entries(SETTINGS_FIELDS)
      .filter(([, spec]) => spec.kind === 'integer' || spec.kind === 'nullable-integer')
      .map(([field]) => field);
    expect(NUMBER_FIELDS.map(([f]) => f).sort()).toEqual(numeric.sort());
  });

  it.each(NUMBER_FIELDS)('%s: saves values at its bounds and refuses values beyond them, with the range beside the field', async (field, label) => {
    const { min, max } = bounds(field);
    const { page } = await renderOptions();
    if (field === 'weeksSinceBirth') fireEvent.click(page.getByLabelText('Share the number of weeks'));
    await settle(0);
    const input = page.getByLabelText(label) as HTMLInputElement;
    const type = async (text: string) => {
      fireEvent.input(input, { target: { value: text } });
      await settle(1_000);
    };
    const errorText = () => document.getElementById(`${input.id}-error`)?.textContent ?? null;

    await type(String(min));
    expect((await storedSettings())?.[field]).toBe(min);
    expect(errorText()).toBeNull();
    expect(input.getAttribute('aria-invalid')).toBeNull();

    await type(String(max));
    expect((await storedSettings())?.[field]).toBe(max);

    const refusals: Array<[string, RegExp]> = [
      [String(min - 1), /below the lowest value/],
      [String(max + 1), /above the highest value/],
      [String(min + 0.5), /whole number/],
      ['', /enter a number/],
    ];
    for (const [text, message] of refusals) {
      await type(text);
      expect(errorText(), `"${text}"`).toMatch(message);
      expect(errorText()).toContain(`From ${min} to ${max}`);
      expect(input.getAttribute('aria-invalid')).toBe('true');
      expect(input.getAttribute('aria-describedby')).toContain(`${input.id}-error`);
      // Not saved: the last good value stays in force, in storage and on the page.
      expect((await storedSettings())?.[field]).toBe(max);
      expect(input.value).toBe(text);
    }

    fireEvent.blur(input);
    await type(String(max - 1));
    expect(errorText()).toBeNull();
    expect((await storedSettings())?.[field]).toBe(max - 1);
  });

  it('the − and + buttons stay within the bounds', async () => {
    const { page } = await renderOptions();
    const input = page.getByLabelText('Snooze for') as HTMLInputElement;
    fireEvent.input(input, { target: { value: '59' } });
    fireEvent.blur(input);
    await settle();
    fireEvent.click(page.getByRole('button', { name: 'More: Snooze for' }));
    await settle();
    expect((await storedSettings())?.snoozeMin).toBe(60);
    expect((page.getByRole('button', { name: 'More: Snooze for' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(page.getByRole('button', { name: 'Less: Snooze for' }));
    await settle();
    expect((await storedSettings())?.snoozeMin).toBe(59);
  });

  it('shows the drill length that follows from the pace', async () => {
    const { page } = await renderOptions();
    expect(page.getByText('One drill takes 1 min.')).toBeTruthy();
    fireEvent.input(page.getByLabelText('Number of breaths'), { target: { value: '9' } });
    await settle();
    expect(page.getByText('One drill takes 1 min 30 s.')).toBeTruthy();
  });
});

describe('active hours', () => {
  it('says in words when the window crosses midnight', async () => {
    const { page } = await renderOptions();
    expect(page.getByText('07:00 → 21:00 · 14 h')).toBeTruthy();
    fireEvent.change(page.getByLabelText('From'), { target: { value: '22:00' } });
    fireEvent.change(page.getByLabelText('Until'), { target: { value: '06:00' } });
    await settle();
    expect(page.getByText('22:00 → 06:00, overnight · 8 h')).toBeTruthy();
    expect(await storedSettings()).toMatchObject({ activeStartMin: 22 * 60, activeEndMin: 6 * 60 });
  });

  it('refuses a start equal to the end, and keeps the last good window', async () => {
    const { page } = await renderOptions();
    const end = page.getByLabelText('Until') as HTMLInputElement;
    fireEvent.change(end, { target: { value: '07:00' } });
    await settle();
    expect(document.getElementById(`${end.id}-error`)?.textContent).toMatch(/can't be the same time/);
    expect(end.getAttribute('aria-invalid')).toBe('true');
    expect(await storedSettings()).toBeUndefined();
    expect(page.getByText('07:00 → 21:00 · 14 h')).toBeTruthy();

    fireEvent.change(end, { target: { value: '' } });
    await settle();
    expect(document.getElementById(`${end.id}-error`)?.textContent).toMatch(/full time/);

    fireEvent.change(end, { target: { value: '20:30' } });
    await settle();
    expect(document.getElementById(`${end.id}-error`)).toBeNull();
    expect(await storedSettings()).toMatchObject({ activeEndMin: 20 * 60 + 30 });
  });

  it('says plainly that no reminders will come when no day is chosen', async () => {
    const { page } = await renderOptions();
    for (const day of ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']) fireEvent.click(page.getByRole('checkbox', { name: day }));
    await settle();
    expect(page.queryByText(/no reminders will come/)).toBeNull();
    expect(await storedSettings()).toMatchObject({ activeDays: [0] });
    fireEvent.click(page.getByRole('checkbox', { name: 'Sunday' }));
    await settle();
    expect(page.getByText(/No days are chosen, so no reminders will come/)).toBeTruthy();
    expect(await storedSettings()).toMatchObject({ activeDays: [] });
  });
});

describe('switches and choices', () => {
  it('saves each on/off and each choice', async () => {
    const { page } = await renderOptions();
    fireEvent.click(page.getByLabelText(/Movement reminders/));
    fireEvent.click(page.getByLabelText(/Feeding-posture reminders/));
    fireEvent.click(page.getByLabelText(/With the system's notification sound/));
    fireEvent.click(page.getByLabelText(/Keep reminders on screen/));
    fireEvent.click(page.getByLabelText('Yes'));
    await settle();
    expect(await storedSettings()).toEqual({
      ...defaultSettings(),
      movementEnabled: false,
      feedingEnabled: false,
      sound: true,
      keepOnScreen: true,
      caesarean: true,
    });
  });

  it('"prefer not to say" clears the weeks since birth', async () => {
    await fakeBrowser.storage.sync.set({ settings: { ...defaultSettings(), weeksSinceBirth: 12 } });
    const { page } = await renderOptions();
    expect((page.getByLabelText('Weeks since birth') as HTMLInputElement).value).toBe('12');
    fireEvent.click(page.getAllByLabelText('Prefer not to say')[0]!);
    await settle();
    expect(page.queryByLabelText('Weeks since birth')).toBeNull();
    expect(await storedSettings()).toMatchObject({ weeksSinceBirth: null });
  });
});

describe('saving', () => {
  it('debounces rapid input into one write, with a quiet "Saved"', async () => {
    const writes = countSettingsWrites();
    const { page } = await renderOptions();
    const input = page.getByLabelText('Remind me to move every');
    for (let n = 11; n <= 60; n += 1) {
      fireEvent.input(input, { target: { value: String(n) } });
      await settle(100);
    }
    expect(writes()).toBe(0);
    expect(document.querySelector('.save-status')!.textContent).toContain('Saving');
    await settle(400);
    expect(writes()).toBe(1);
    expect((await storedSettings())?.movementIntervalMin).toBe(60);
    const status = document.querySelector('.save-status')!;
    expect(status.getAttribute('aria-live')).toBe('polite');
    expect(status.textContent).toContain('Saved');
  });

  it('never writes faster than the sync quota, however the user types', async () => {
    const writeTimes: number[] = [];
    const set = fakeBrowser.storage.sync.set.bind(fakeBrowser.storage.sync);
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockImplementation(async (items) => {
      if ('settings' in items) writeTimes.push(Date.now());
      return set(items);
    });
    const { page } = await renderOptions();
    const input = page.getByLabelText('Remind me to move every');
    // A change every 450 ms for two minutes: each one outlasts the debounce.
    for (let i = 0; i < 267; i += 1) {
      fireEvent.input(input, { target: { value: String(20 + (i % 200)) } });
      await settle(450);
    }
    await settle(60_000);
    const busiestMinute = Math.max(...writeTimes.map((at) => writeTimes.filter((t) => t >= at && t < at + 60_000).length));
    expect(busiestMinute).toBeLessThanOrEqual(120); // storage.sync's limit …
    expect(busiestMinute).toBeGreaterThan(30); // … and it did keep saving along the way
    expect(busiestMinute).toBeLessThanOrEqual(60); // our own margin, leaving room for another page
    expect((await storedSettings())?.movementIntervalMin).toBe(20 + (266 % 200));
  }, 30_000); // 267 edits: slow on a busy machine, and a timeout would leak its page into the next test

  it('shows a rejected write, keeps the change, and saves it on "Try again"', async () => {
    const { page } = await renderOptions();
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(new Error('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded'));
    fireEvent.input(page.getByLabelText('Snooze for'), { target: { value: '7' } });
    await settle();
    const alert = page.getByRole('alert');
    expect(alert.textContent).toContain('could not be saved (MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded)');
    expect(await storedSettings()).toBeUndefined();
    expect(set).toHaveBeenCalled();

    fireEvent.click(page.getByRole('button', { name: 'Try again' }));
    await settle();
    expect(page.queryByRole('alert')).toBeNull();
    expect((await storedSettings())?.snoozeMin).toBe(7);
  });

  it('says that damaged stored settings were repaired, writes nothing on load, and stores the repair with the next save', async () => {
    const damaged = { ...defaultSettings(), snoozeMin: 'soon', breaths: 2.5 };
    await fakeBrowser.storage.sync.set({ settings: damaged });
    const writes = countSettingsWrites();
    const first = await renderOptions();
    expect(first.page.getByText(/Some of your saved settings were damaged/)).toBeTruthy();
    expect(writes()).toBe(0);
    expect(await storedSettings()).toEqual(damaged);
    fireEvent.click(first.page.getByRole('button', { name: 'OK' }));
    expect(first.page.queryByText(/were damaged/)).toBeNull();
    fireEvent.input(first.page.getByLabelText('Remind me to move every'), { target: { value: '45' } });
    await settle();
    expect(await storedSettings()).toEqual({ ...defaultSettings(), movementIntervalMin: 45 });
    cleanup();

    const second = await renderOptions();
    expect(second.page.queryByText(/were damaged/)).toBeNull();
  });

  it('keeps a newer version\'s settings (unknown keys, a wider range) through opening the page, editing another field and saving', async () => {
    const newer = { ...defaultSettings(), movementIntervalMin: 300, nightLight: 'amber', feedTimer: { big: true } };
    await fakeBrowser.storage.sync.set({ settings: newer });
    const writes = countSettingsWrites();
    const { page } = await renderOptions();
    expect(page.queryByText(/were damaged/)).toBeNull(); // a wider value is not damage
    expect((page.getByLabelText('Remind me to move every') as HTMLInputElement).value).toBe('240'); // used clamped here
    expect(writes()).toBe(0);
    fireEvent.input(page.getByLabelText('Snooze for'), { target: { value: '7' } });
    await settle();
    expect(await storedSettings()).toEqual({ ...newer, snoozeMin: 7 });
  });

  it('does not call a clean store damaged', async () => {
    await fakeBrowser.storage.sync.set({ settings: { ...defaultSettings(), snoozeMin: 9 } });
    const writes = countSettingsWrites();
    const { page } = await renderOptions();
    expect(page.queryByText(/were damaged/)).toBeNull();
    expect((page.getByLabelText('Snooze for') as HTMLInputElement).value).toBe('9');
    await act(async () => undefined);
    expect(writes()).toBe(0);
  });
});
