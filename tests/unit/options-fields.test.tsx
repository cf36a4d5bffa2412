import { act, cleanup, fireEvent, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SETTINGS_FIELDS, defaultSettings, type SettingsField } from '../../lib/settings/settings';
import { TYPING_PAUSE_MS } from '../../components/options/fields';
import { countSettingsWrites, enter, renderOptions, settle, storedSettings, useFakeClock } from './options-support';

beforeEach(useFakeClock);
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

/** Every whole-number setting, by the label the user sees. */
const NUMBER_FIELDS: Array<[SettingsField, string]> = [
  ['movementIntervalMin', 'Remind me to move every'],
  ['feedingIntervalMin', 'Feed set-up reminder every'],
  ['feedCheckInMin', 'During a feed, a posture check every'],
  ['snoozeMin', 'Snooze for'],
  ['naturalBreakMin', 'Count time away as a break after'],
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

  it.each(NUMBER_FIELDS)('%s: saves values at its bounds and refuses values beyond them in our own words, the range said once', async (field, label) => {
    const { min, max } = bounds(field);
    const { page } = await renderOptions();
    if (field === 'weeksSinceBirth') fireEvent.click(page.getByLabelText('Share the number of weeks'));
    await settle(0);
    const input = page.getByLabelText(label) as HTMLInputElement;
    const type = async (text: string) => {
      enter(input, text);
      await settle(1_000);
    };
    const errorText = () => document.getElementById(`${input.id}-error`)?.textContent ?? null;
    const hintText = () => document.getElementById(`${input.id}-hint`)?.textContent ?? '';

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
      [`${min},5`, /whole number/],
      ['-5', /below the lowest value/],
      ['', /enter a number/],
      ['ten', /enter a number/],
    ];
    for (const [text, message] of refusals) {
      await type(text);
      expect(errorText(), `"${text}"`).toMatch(message);
      // The range is on the line above the error, and only there.
      expect(hintText()).toContain(`From ${min} to ${max}`);
      expect(errorText()).not.toMatch(/From \d+ to \d+/);
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
    enter(input, '59');
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
    enter(page.getByLabelText('Number of breaths'), '9');
    await settle();
    expect(page.getByText('One drill takes 1 min 30 s.')).toBeTruthy();
  });

  it('is a text box with a numeric keyboard: no native spinner, no browser validation bubble', async () => {
    const { container } = await renderOptions();
    expect(container.querySelectorAll('input[type="number"]')).toHaveLength(0);
    for (const [field] of NUMBER_FIELDS.filter(([f]) => f !== 'weeksSinceBirth')) {
      const input = document.getElementById(`field-${field}`) as HTMLInputElement;
      expect(input.type).toBe('text');
      expect(input.inputMode).toBe('numeric');
      expect(input.getAttribute('role')).toBe('spinbutton');
      // Nothing the browser would check on its own.
      expect(input.hasAttribute('min') || input.hasAttribute('max') || input.hasAttribute('pattern') || input.required).toBe(false);
    }
  });

  it('saves a typed value only once it is complete: "120" typed a key at a time never stores 12', async () => {
    const { page } = await renderOptions();
    const input = page.getByLabelText('Remind me to move every') as HTMLInputElement;
    const seen: unknown[] = [];
    fireEvent.focus(input);
    for (const text of ['1', '12', '120']) {
      fireEvent.input(input, { target: { value: text } });
      await settle(TYPING_PAUSE_MS - 300); // a slow typist, but still typing
      seen.push((await storedSettings())?.movementIntervalMin);
      expect(document.getElementById(`${input.id}-error`), `no error while typing "${text}"`).toBeNull();
    }
    await settle(TYPING_PAUSE_MS + 1_000); // the pause: what is in the box now counts
    seen.push((await storedSettings())?.movementIntervalMin);
    expect(seen).toEqual([undefined, undefined, undefined, 120]);
    expect(input.value).toBe('120');
  });

  it.each([
    ['Enter', (input: HTMLElement) => fireEvent.keyDown(input, { key: 'Enter' })],
    ['leaving the box', (input: HTMLElement) => fireEvent.blur(input)],
  ])('%s counts what is typed at once', async (_name, finish) => {
    const { page } = await renderOptions();
    const input = page.getByLabelText('Snooze for');
    fireEvent.focus(input);
    fireEvent.input(input, { target: { value: '12' } });
    finish(input);
    await settle(500); // less than the typing pause: it was the key or the blur that counted
    expect((await storedSettings())?.snoozeMin).toBe(12);
  });

  it('a refused value is said after a pause, not at each key press', async () => {
    const { page } = await renderOptions();
    const input = page.getByLabelText('Remind me to move every') as HTMLInputElement;
    fireEvent.focus(input);
    fireEvent.input(input, { target: { value: '5' } });
    await settle(TYPING_PAUSE_MS - 100);
    expect(document.getElementById(`${input.id}-error`)).toBeNull();
    await settle(200);
    expect(document.getElementById(`${input.id}-error`)?.textContent).toMatch(/below the lowest value/);
    expect(input.value).toBe('5');
  });

  it('arrow keys step by one, Page Up / Down by the buttons’ step, Home / End go to the bounds', async () => {
    const { page } = await renderOptions();
    const input = page.getByLabelText('Remind me to move every') as HTMLInputElement;
    const press = async (key: string) => {
      fireEvent.keyDown(input, { key });
      await settle(500);
      return (await storedSettings())?.movementIntervalMin;
    };
    expect(await press('ArrowUp')).toBe(51);
    expect(await press('ArrowDown')).toBe(50);
    expect(await press('PageUp')).toBe(55);
    expect(await press('PageDown')).toBe(50);
    expect(await press('End')).toBe(240);
    expect(await press('ArrowUp')).toBe(240);
    expect(await press('Home')).toBe(10);
    expect(input.getAttribute('aria-valuenow')).toBe('10');
    // From what is typed, when that is a whole number.
    fireEvent.input(input, { target: { value: '33' } });
    expect(await press('ArrowUp')).toBe(34);
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
    fireEvent.click(page.getByLabelText(/Feed set-up reminders/));
    fireEvent.click(page.getByLabelText(/With the system's notification sound/));
    fireEvent.click(page.getByLabelText(/Keep reminders on screen/));
    fireEvent.click(page.getByLabelText(/^Breathing only/));
    fireEvent.click(within(page.getByRole('group', { name: 'Did you give birth to your baby?' })).getByLabelText('Yes'));
    fireEvent.click(within(page.getByRole('group', { name: 'Caesarean birth' })).getByLabelText('Yes'));
    await settle();
    expect(await storedSettings()).toEqual({
      ...defaultSettings(),
      movementEnabled: false,
      feedingEnabled: false,
      sound: true,
      keepOnScreen: true,
      breathingOnly: true,
      gaveBirth: true,
      caesarean: true,
    });
  });

  it('"I didn\'t give birth" saves, and the birth questions step aside', async () => {
    const { page } = await renderOptions();
    expect(page.getByRole('group', { name: 'Caesarean birth' })).toBeTruthy();
    fireEvent.click(page.getByLabelText(/No, I didn’t give birth/));
    await settle();
    expect(await storedSettings()).toMatchObject({ gaveBirth: false });
    expect(page.queryByRole('group', { name: 'Caesarean birth' })).toBeNull();
    expect(page.queryByRole('group', { name: 'Time since birth' })).toBeNull();
    expect(page.getByText(/Tips about recovering from a birth are left out/)).toBeTruthy();
  });

  it('"prefer not to say" clears the weeks since birth', async () => {
    await fakeBrowser.storage.sync.set({ settings: { ...defaultSettings(), weeksSinceBirth: 12 } });
    const { page } = await renderOptions();
    expect((page.getByLabelText('Weeks since birth') as HTMLInputElement).value).toBe('12');
    fireEvent.click(within(page.getByRole('group', { name: 'Time since birth' })).getByLabelText('Prefer not to say'));
    await settle();
    expect(page.queryByLabelText('Weeks since birth')).toBeNull();
    expect(await storedSettings()).toMatchObject({ weeksSinceBirth: null });
  });
});

describe('saving', () => {
  it('debounces rapid changes into one write, with a quiet "Saved"', async () => {
    const writes = countSettingsWrites();
    const { page } = await renderOptions();
    const more = page.getByRole('button', { name: 'More: Remind me to move every' });
    for (let n = 0; n < 10; n += 1) {
      fireEvent.click(more);
      await settle(100);
    }
    expect(writes()).toBe(0);
    expect(document.querySelector('.save-status')!.textContent).toContain('Saving');
    await settle(400);
    expect(writes()).toBe(1);
    expect((await storedSettings())?.movementIntervalMin).toBe(100);
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
    // A change every 450 ms for over a minute: each one outlasts the debounce.
    for (let i = 0; i < 150; i += 1) {
      enter(input, String(20 + (i % 200)));
      await settle(450);
    }
    await settle(60_000);
    const busiestMinute = Math.max(...writeTimes.map((at) => writeTimes.filter((t) => t >= at && t < at + 60_000).length));
    expect(busiestMinute).toBeLessThanOrEqual(120); // storage.sync's limit …
    expect(busiestMinute).toBeGreaterThan(30); // … and it did keep saving along the way
    expect(busiestMinute).toBeLessThanOrEqual(60); // our own margin, leaving room for another page
    expect((await storedSettings())?.movementIntervalMin).toBe(20 + (149 % 200));
  }, 30_000); // 150 edits: slow on a busy machine, and a timeout would leak its page into the next test

  it.each([
    ['This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.', /allows only so many saves a minute.*kept here/],
    ['QUOTA_BYTES quota exceeded', /space for synced settings is full/],
    ['Extension context invalidated.', /could not save your last change just now/],
  ])('a write refused with "%s" is said in a sentence, never the browser’s code; the change is kept and "Try again" saves it', async (code, sentence) => {
    const { page } = await renderOptions();
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(new Error(code));
    enter(page.getByLabelText('Snooze for'), '7');
    await settle();
    const alert = page.getByRole('alert');
    expect(alert.textContent).toMatch(sentence);
    expect(document.body.textContent).not.toContain(code);
    expect(document.body.textContent).not.toMatch(/[A-Z]{3,}_[A-Z_]+/);
    expect(await storedSettings()).toBeUndefined();
    expect((page.getByLabelText('Snooze for') as HTMLInputElement).value).toBe('7');
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
    enter(first.page.getByLabelText('Remind me to move every'), '45');
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
    enter(page.getByLabelText('Snooze for'), '7');
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
