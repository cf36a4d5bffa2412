import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createPopupState } from '../../components/popup/popup-state';
import { App } from '../../entrypoints/popup/App';
import type { HistoryEntry } from '../../lib/history/history';
import type { Command, CommandReply } from '../../lib/schedule/commands';
import { defaultSettings, type Settings } from '../../lib/settings/settings';
import { sendCommand } from '../../shell/messaging';
import { initialState, type EngineState } from '../../lib/schedule/state';
import { noteForTip } from '../../lib/tips/tip-notes';
import { citation } from '../../lib/tips/citation';
import { loadAllTips } from '../../lib/tips/tips';

const TIPS = await loadAllTips();

const MIN = 60_000;
/** Tuesday 10 June 2025, 14:00 local time. */
const NOW = new Date(2025, 5, 10, 14, 0).getTime();
const clock = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' });

interface Setup {
  state?: Partial<EngineState>;
  settings?: Partial<Settings>;
  history?: HistoryEntry[];
  /** How the background answers; by default it accepts everything. */
  reply?: (command: Command) => CommandReply;
  now?: () => number;
}

/** Renders the popup against the fake browser: commands go through the real runtime messaging. */
async function setup({ state = {}, settings = {}, history = [], reply = () => ({ ok: true }), now = () => NOW }: Setup = {}) {
  const sent: Command[] = [];
  fakeBrowser.runtime.onMessage.addListener(async (message: unknown) => {
    sent.push(message as Command);
    return reply(message as Command);
  });
  const openOptions = vi.fn();
  const app = createPopupState({
    initial: { settings: { ...defaultSettings(), ...settings }, state: { ...initialState(), ...state }, history },
    send: sendCommand,
    now,
    random: () => 0,
  });
  await app.ready;
  const view = render(<App app={app} openOptions={openOptions} />);
  return { app, sent, openOptions, ...view };
}

const statusLine = () => screen.getByTestId('status-line').textContent;
const button = (name: string | RegExp) => screen.getByRole('button', { name });

afterEach(() => cleanup());

describe('popup status line', () => {
  it('says what comes next and when (the dot between items is drawn by CSS)', async () => {
    await setup({ state: { movementDueAt: NOW + 23 * MIN, feedingDueAt: NOW + 30 * MIN } });
    const items = screen.getByTestId('status-line').querySelectorAll('li');
    expect([...items].map((li) => li.textContent)).toEqual(['Move in 23 min', `Feeding check at ${clock.format(NOW + 30 * MIN)}`]);
  });

  it('counts down as the clock moves', async () => {
    let now = NOW;
    const { app } = await setup({ state: { movementDueAt: NOW + 23 * MIN }, settings: { feedingEnabled: false }, now: () => now });
    now += 10 * MIN;
    act(() => app.tick());
    expect(statusLine()).toBe('Move in 13 min');
  });

  it('shows a pause with its end and a Resume button that resumes', async () => {
    const { sent } = await setup({ state: { pausedUntil: NOW + 60 * MIN } });
    expect(statusLine()).toBe(`Paused until ${clock.format(NOW + 60 * MIN)}`);
    expect(screen.queryByRole('button', { name: 'Pause' })).toBeNull();
    fireEvent.click(button('Resume'));
    await waitFor(() => expect(sent).toEqual([{ type: 'resume' }]));
    await screen.findByText('Reminders are back on.');
  });

  it('says on which day a feeding check falls when it is not today', async () => {
    const tomorrow9 = new Date(2025, 5, 11, 9, 0).getTime();
    await setup({ state: { feedingDueAt: tomorrow9 }, settings: { movementEnabled: false } });
    expect(statusLine()).toBe(`Feeding check tomorrow at ${clock.format(tomorrow9)}`);
  });

  it('says a pause until tomorrow ends tomorrow', async () => {
    const tomorrow7 = new Date(2025, 5, 11, 7, 0).getTime();
    await setup({ state: { pausedUntil: tomorrow7 } });
    expect(statusLine()).toBe(`Paused until tomorrow ${clock.format(tomorrow7)}`);
  });

  it('shows a snoozed reminder coming back', async () => {
    await setup({ state: { snoozed: { kind: 'movement', until: NOW + 5 * MIN } } });
    expect(statusLine()).toBe(`Movement break back at ${clock.format(NOW + 5 * MIN)}`);
  });

  it.each([
    [{ activeDays: [] }, 'No active days are set, so no reminders will come. You can choose days in Settings.'],
    [{ movementEnabled: false, feedingEnabled: false }, 'Movement and feeding reminders are both switched off.'],
    [{}, 'Nothing scheduled right now.'],
  ] as Array<[Partial<Settings>, string]>)('says plainly when nothing will come (%j)', async (settings, text) => {
    await setup({ settings });
    expect(statusLine()).toBe(text);
  });

  it('follows engine state changes live', async () => {
    const { app } = await setup({ state: { movementDueAt: NOW + 23 * MIN }, settings: { feedingEnabled: false } });
    act(() => void (app.state.value = { ...initialState(), pausedUntil: NOW + 30 * MIN }));
    expect(statusLine()).toBe(`Paused until ${clock.format(NOW + 30 * MIN)}`);
  });
});

describe('popup pause menu', () => {
  it('is a disclosure of four choices that sends the chosen pause', async () => {
    const { sent } = await setup({ state: { movementDueAt: NOW + 23 * MIN } });
    const toggle = button('Pause');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('group', { name: 'Pause reminders for' })).toBeNull();
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const group = screen.getByRole('group', { name: 'Pause reminders for' });
    expect(within(group).getAllByRole('button').map((b) => b.textContent)).toEqual(['30 minutes', '1 hour', '2 hours', 'Until tomorrow']);
    fireEvent.click(within(group).getByRole('button', { name: '1 hour' }));
    await waitFor(() => expect(sent).toEqual([{ type: 'pause', preset: '1h' }]));
    expect(screen.queryByRole('group', { name: 'Pause reminders for' })).toBeNull();
    expect(document.activeElement).toBe(button('Pause'));
  });

  it.each([
    ['30 minutes', '30m'],
    ['2 hours', '2h'],
    ['Until tomorrow', 'tomorrow'],
  ])('"%s" sends preset %s', async (label, preset) => {
    const { sent } = await setup();
    fireEvent.click(button('Pause'));
    fireEvent.click(button(label));
    await waitFor(() => expect(sent).toEqual([{ type: 'pause', preset }]));
  });

  it('closes with Escape and gives focus back to its button', async () => {
    await setup();
    fireEvent.click(button('Pause'));
    const choice = button('2 hours');
    choice.focus();
    fireEvent.keyDown(choice, { key: 'Escape' });
    expect(screen.queryByRole('group', { name: 'Pause reminders for' })).toBeNull();
    expect(document.activeElement).toBe(button('Pause'));
  });
});

describe('popup waiting reminder', () => {
  const tip = TIPS.find((t) => t.kinds !== 'general' && t.kinds.includes('movement'))!;
  const waiting = { kind: 'movement' as const, at: NOW - 3 * MIN, tipId: tip.id, notified: true };

  it('shows the reminder with big Done and Snooze buttons, and its own tip', async () => {
    await setup({ state: { waiting } });
    expect(screen.getByRole('heading', { name: 'Time for a movement break' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: tip.title })).toBeTruthy();
    expect(screen.getByText('For this reminder')).toBeTruthy();
    expect(button('Done').className).toContain('btn-big');
    expect(button('Snooze 5 min').className).toContain('btn-big');
  });

  it('Done sends done and says thank you', async () => {
    const { sent } = await setup({ state: { waiting } });
    fireEvent.click(button('Done'));
    await waitFor(() => expect(sent).toEqual([{ type: 'done' }]));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Noted. Thank you.'));
    expect(screen.getByRole('alert').textContent).toBe('');
  });

  it('lets a confirmation fade after a few seconds', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      await setup({ state: { waiting } });
      fireEvent.click(button('Done'));
      await vi.waitFor(() => expect(screen.getByRole('status').textContent).toBe('Noted. Thank you.'));
      act(() => void vi.advanceTimersByTime(7000));
      expect(screen.getByRole('status').textContent).toBe('Noted. Thank you.');
      act(() => void vi.advanceTimersByTime(1500));
      expect(screen.getByRole('status').textContent).toBe('');
    } finally {
      vi.useRealTimers();
    }
  });

  it('keeps keyboard focus in the popup when the answered reminder goes away', async () => {
    const { app } = await setup({ state: { waiting } });
    button('Done').focus();
    fireEvent.click(button('Done'));
    act(() => void (app.state.value = { ...initialState() }));
    expect(document.activeElement).toBe(button('Pause'));
  });

  it('Snooze sends snooze with the configured length in its label', async () => {
    const { sent } = await setup({ state: { waiting }, settings: { snoozeMin: 10 } });
    fireEvent.click(button('Snooze 10 min'));
    await waitFor(() => expect(sent).toEqual([{ type: 'snooze' }]));
    await screen.findByText('Snoozed for 10 min.');
  });

  it('says so when the browser did not show the notification', async () => {
    await setup({ state: { waiting: { ...waiting, notified: false } } });
    expect(screen.getByText(/did not show this as a notification/)).toBeTruthy();
  });

  it('switches to the tip of a reminder that arrives while the popup is open', async () => {
    const { app } = await setup();
    expect(screen.queryByRole('button', { name: 'Done' })).toBeNull();
    act(() => void (app.state.value = { ...initialState(), waiting }));
    expect(button('Done')).toBeTruthy();
    expect(await screen.findByRole('heading', { name: tip.title })).toBeTruthy();
  });

  it('shows a failure plainly and keeps the buttons', async () => {
    const { sent } = await setup({ state: { waiting }, reply: () => ({ ok: false, problem: { reason: 'not-saved', field: '' } }) });
    fireEvent.click(button('Done'));
    const alert = screen.getByRole('alert');
    await waitFor(() => expect(alert.textContent).toBe('The browser could not save the change. Please try again in a moment.'));
    expect(screen.getByRole('status').textContent).toBe('');
    expect(sent).toHaveLength(1);
    expect(button('Done')).toBeTruthy();
  });

  it('shows a failure when the background does not answer at all', async () => {
    await setup({ state: { waiting } });
    fakeBrowser.runtime.onMessage.removeAllListeners();
    fireEvent.click(button('Done'));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe("The extension's background did not answer. Please try again."));
  });

  it('says in words why a command was refused, never its code', async () => {
    await setup({ state: { waiting }, reply: () => ({ ok: false, problem: { reason: 'nothing-waiting', field: '' } }) });
    fireEvent.click(button('Done'));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('That reminder was already answered.'));
  });

  it('ignores a second tap while the first is on its way', async () => {
    let answer!: (r: CommandReply) => void;
    const sent: Command[] = [];
    const app = createPopupState({
      initial: { settings: defaultSettings(), state: { ...initialState(), waiting }, history: [] },
      send: (c) => (sent.push(c), new Promise((r) => (answer = r))),
      now: () => NOW,
      random: () => 0,
    });
    render(<App app={app} openOptions={() => {}} />);
    fireEvent.click(button('Done'));
    fireEvent.click(button('Done'));
    expect(sent).toEqual([{ type: 'done' }]);
    expect((button('Done') as HTMLButtonElement).disabled).toBe(true);
    await act(async () => answer({ ok: true }));
    expect((button('Done') as HTMLButtonElement).disabled).toBe(false);
  });
});

describe('popup feeding', () => {
  it('offers Left, Right and Bottle with the side not used last first and marked', async () => {
    const { sent } = await setup({ state: { lastFeedSide: 'left' } });
    const section = screen.getByRole('region', { name: 'Start a feed' });
    expect(within(section).getByText('Suggested: Right')).toBeTruthy();
    const names = within(section).getAllByRole('button').map((b) => b.textContent);
    expect(names).toEqual(['Right suggested', 'Left', 'Bottle']);
    fireEvent.click(within(section).getByRole('button', { name: /Right/ }));
    await waitFor(() => expect(sent).toEqual([{ type: 'start-feed', side: 'right' }]));
  });

  it.each([
    ['Left', 'left'],
    ['Bottle', 'bottle'],
  ])('%s starts a %s feed', async (label, side) => {
    const { sent } = await setup();
    fireEvent.click(button(new RegExp(`^${label}`)));
    await waitFor(() => expect(sent).toEqual([{ type: 'start-feed', side }]));
  });

  it('during a feed shows the side, the running time and End feed', async () => {
    let now = NOW;
    const feed = { side: 'right' as const, startedAt: NOW - 12 * MIN - 5_000, nextCheckInAt: NOW + 3 * MIN, checkIns: 1 };
    const { app, sent } = await setup({ state: { feed }, now: () => now });
    expect(screen.getByRole('heading', { name: 'Feeding · Right' })).toBeTruthy();
    expect(screen.getByRole('timer').textContent).toBe('12:05');
    expect(screen.getByText(new RegExp(`Posture check at ${clock.format(NOW + 3 * MIN)}`))).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Start a feed' })).toBeNull();
    now += 61_000;
    act(() => app.tick());
    expect(screen.getByRole('timer').textContent).toBe('13:06');
    fireEvent.click(button('End feed'));
    await waitFor(() => expect(sent).toEqual([{ type: 'end-feed' }]));
  });
});

describe('popup tip', () => {
  it('shows a tip with its title and body, and opens its "Why?" and source on demand', async () => {
    const tip = TIPS.find((t) => t.hasWhy && t.kinds !== 'general' && t.kinds.includes('movement'))!;
    const note = noteForTip(tip.id)!;
    await setup({ state: { waiting: { kind: 'movement', at: NOW, tipId: tip.id, notified: true } } });
    const region = document.querySelector<HTMLElement>('section.tip')!;
    expect(within(region).getByRole('heading').textContent).toBe(tip.title);
    expect(within(region).getByText(tip.body)).toBeTruthy();
    const why = within(region).getByRole('button', { name: 'Why?' });
    expect(why.getAttribute('aria-expanded')).toBe('false');
    expect(within(region).queryByText(note.why!)).toBeNull();
    fireEvent.click(why);
    expect(why.getAttribute('aria-expanded')).toBe('true');
    const reasoning = await within(region).findByText(note.why!);
    expect(reasoning.closest('#tip-why')?.id).toBe(why.getAttribute('aria-controls'));
    for (const source of note.sources) {
      expect(region.querySelector('#tip-why')!.textContent).toContain(`From: ${citation(source)}`);
      const link = region.querySelector<HTMLAnchorElement>(`#tip-why a[href="${source.url}"]`)!;
      expect([link.target, link.rel]).toEqual(['_blank', 'noopener noreferrer']); // opened by the reader, never fetched
    }
    fireEvent.click(button('Another tip'));
    await waitFor(() => expect(within(region).getByRole('heading').textContent).not.toBe(tip.title));
    expect(screen.queryByText(note.why!)).toBeNull();
  });

  it('moves on to a different tip, and does not come back to the last ones at once', async () => {
    await setup();
    const seen: string[] = [];
    for (let i = 0; i < 4; i++) {
      const title = document.querySelector('#tip-title')!.textContent!;
      seen.push(title);
      fireEvent.click(button('Another tip'));
      await waitFor(() => expect(document.querySelector('#tip-title')!.textContent).not.toBe(title));
    }
    expect(new Set(seen).size).toBe(4);
  });

  it('marks the first tip painted for the benchmark', async () => {
    performance.clearMarks('btc:first-tip');
    await setup();
    await waitFor(() => expect(performance.getEntriesByName('btc:first-tip')).toHaveLength(1));
  });
});

describe('popup breathing drill', () => {
  it('starts from "Breathe · 1 min", logs a finished drill, and returns focus', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'requestAnimationFrame', 'cancelAnimationFrame', 'performance'] });
    try {
      const { sent } = await setup({ settings: { breatheInSec: 2, breatheOutSec: 3, breaths: 2 } });
      fireEvent.click(button('Breathe · 10 s'));
      expect(screen.getByRole('heading', { name: '360° breathing' })).toBeTruthy();
      expect(screen.queryByRole('button', { name: 'Another tip' })).toBeNull();
      act(() => void vi.advanceTimersByTime(10_100));
      vi.useRealTimers();
      await waitFor(() => expect(sent).toEqual([{ type: 'drill-finished', durationSec: 10 }]));
      fireEvent.click(button('Back'));
      expect(document.activeElement).toBe(button('Breathe · 10 s'));
    } finally {
      vi.useRealTimers();
    }
  });

  it('follows the "breathing only" setting: no pelvic-floor lift in the cues', async () => {
    await setup({ settings: { breathingOnly: true } });
    fireEvent.click(button('Breathe · 1 min'));
    const drill = document.querySelector('.drill')!;
    expect(drill.textContent).toContain('Belly softens and widens');
    expect(drill.textContent).not.toMatch(/pelvic floor/i);
    fireEvent.click(button('Stop'));
    cleanup();
    await setup();
    fireEvent.click(button('Breathe · 1 min'));
    expect(document.querySelector('.drill')!.textContent).toContain('Let the pelvic floor go fully');
  });

  it('says the default drill is one minute, and Stop logs nothing', async () => {
    const { sent } = await setup();
    fireEvent.click(button('Breathe · 1 min'));
    fireEvent.click(button('Stop'));
    expect(sent).toEqual([]);
    expect(document.activeElement).toBe(button('Breathe · 1 min'));
  });
});

describe('popup today and links', () => {
  it("counts today's movement breaks, drills and feeds, and nothing from yesterday", async () => {
    const yesterday = NOW - 24 * 60 * MIN;
    await setup({
      history: [
        { type: 'reminder', at: NOW - 60 * MIN, kind: 'movement', outcome: 'done' },
        { type: 'reminder', at: NOW - 50 * MIN, kind: 'after-feed', outcome: 'done' },
        { type: 'reminder', at: NOW - 40 * MIN, kind: 'movement', outcome: 'snoozed' },
        { type: 'reminder', at: yesterday, kind: 'movement', outcome: 'done' },
        { type: 'drill', at: NOW - 30 * MIN, durationSec: 60 },
        { type: 'feed', at: NOW - 20 * MIN, startedAt: NOW - 40 * MIN, side: 'left', endedBy: 'user' },
        { type: 'feed', at: yesterday, startedAt: yesterday - 20 * MIN, side: 'left', endedBy: 'user' },
      ],
    });
    expect(screen.getByTestId('today-movementDone').textContent).toBe('2');
    expect(screen.getByTestId('today-drills').textContent).toBe('1');
    expect(screen.getByTestId('today-feeds').textContent).toBe('1');
  });

  it('opens the options page', async () => {
    const { openOptions } = await setup();
    fireEvent.click(button('Settings'));
    expect(openOptions).toHaveBeenCalledTimes(1);
  });

  it('keeps "When to see a clinician" one click away', async () => {
    await setup();
    const summary = screen.getByText('When to see a clinician');
    const details = summary.closest('details')!;
    await waitFor(() => expect(details.textContent).toContain('a new loss of bowel control'));
    expect(details.textContent).toContain('pelvic-health physiotherapist');
  });
});

describe('popup safety note', () => {
  it('"When to get help" in the header opens the clinician note, from the main view and from the drill', async () => {
    await setup();
    const note = document.getElementById('clinician') as HTMLDetailsElement;
    expect(note.open).toBe(false);
    fireEvent.click(button('When to get help'));
    expect(note.open).toBe(true);
    expect(document.activeElement).toBe(note.querySelector('summary'));
    expect(note.textContent).toContain('pelvic-health physiotherapist');

    note.open = false;
    fireEvent.click(button(/^Breathe/));
    expect(document.getElementById('clinician')).toBeNull(); // the drill fills the popup
    fireEvent.click(button('When to get help'));
    await waitFor(() => expect((document.getElementById('clinician') as HTMLDetailsElement | null)?.open).toBe(true));
  });
});

describe('popup keyboard operation', () => {
  it('puts every control in a logical tab order, all native and focusable', async () => {
    const tip = TIPS.find((t) => t.hasWhy && t.kinds !== 'general' && t.kinds.includes('movement'))!;
    await setup({ state: { waiting: { kind: 'movement', at: NOW, tipId: tip.id, notified: true }, movementDueAt: NOW + 50 * MIN } });
    // Inside a closed <details> only the summary can take focus (the safety list's source links wait inside).
    const hidden = (el: HTMLElement) => el.tagName !== 'SUMMARY' && el.closest('details:not([open])') !== null;
    const focusable = [...document.querySelectorAll<HTMLElement>('button, summary, a[href], input, [tabindex]')].filter((el) => !hidden(el));
    // Native controls only and no tabindex: the tab order is the reading order below.
    expect(focusable.filter((el) => el.hasAttribute('tabindex') || !['BUTTON', 'SUMMARY'].includes(el.tagName))).toEqual([]);
    expect(focusable.every((el) => el.tagName !== 'BUTTON' || el.getAttribute('type') === 'button')).toBe(true);
    expect(focusable.map((el) => el.textContent)).toEqual([
      'When to get help',
      'Settings',
      'Done',
      'Snooze 5 min',
      'Why?', // the reminder's tip sits right under it: it says what to do
      'Another tip',
      'Pause',
      'Left suggested',
      'Right',
      'Bottle',
      'Breathe · 1 min',
      'When to see a clinician',
    ]);
  });
});
