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
import { loadNote } from '../../lib/tips/tip-notes';
import { citation } from '../../lib/tips/citation';
import { loadAllTips } from '../../lib/tips/tips';
import { CHECKIN_CUES as CHECKIN_CUE_KEYS, cueForTip } from '../../lib/tips/tip-cues';
import { t } from '../../shell/i18n';
import { mergedMessages } from '../../scripts/locale-messages';
import { todaySentence } from '../../components/popup/TodayCounts';
import { preloadDrill } from '../../components/popup/LazyDrill';
import { minutesText } from '../../components/format';

const TIPS = await loadAllTips('en');
const CHECKIN_CUES = CHECKIN_CUE_KEYS.map((key) => mergedMessages('en')[key]!.message);

const MIN = 60_000;
/** Tuesday 10 June 2025, 14:00 local time. */
const NOW = new Date(2025, 5, 10, 14, 0).getTime();
const clock = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' });

interface Setup {
  state?: Partial<EngineState>;
  settings?: Partial<Settings>;
  /** Null: not read yet (it comes on its own, after the first paint). */
  history?: HistoryEntry[] | null;
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
  await preloadDrill(); // as main.tsx does after the first paint
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
    expect([...items].map((li) => li.textContent)).toEqual(['Move in 23 min', 'Feed set-up in 30 min']);
  });

  it('says every wait the same way, in minutes and hours, soonest first', async () => {
    await setup({ state: { movementDueAt: NOW + 70 * MIN, feedingDueAt: NOW + 3 * 60 * MIN, afterFeedDueAt: NOW + 2 * MIN } });
    const items = screen.getByTestId('status-line').querySelectorAll('li');
    expect([...items].map((li) => li.textContent)).toEqual(['After-feed stretch in 2 min', 'Move in 1 h 10 min']);
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
    expect(button('Resume').closest('.lead')).toBeTruthy();
    fireEvent.click(button('Resume'));
    await waitFor(() => expect(sent).toEqual([{ type: 'resume' }]));
    await screen.findByText('Reminders are back on.');
  });

  it('says a feed set-up tomorrow in hours and minutes, like everything else on the line', async () => {
    const tomorrow9 = new Date(2025, 5, 11, 9, 0).getTime();
    await setup({ state: { feedingDueAt: tomorrow9 }, settings: { movementEnabled: false } });
    expect(statusLine()).toBe('Feed set-up in 19 h');
  });

  it.each([
    [0, '0 min'],
    [23, '23 min'],
    [60, '1 h'],
    [70, '1 h 10 min'],
    [599, '9 h 59 min'],
    [1559, '26 h'],
  ])('says a wait of %d minutes as "%s"', (min, text) => {
    expect(minutesText(min)).toBe(text);
  });

  it('says a pause until tomorrow ends tomorrow', async () => {
    const tomorrow7 = new Date(2025, 5, 11, 7, 0).getTime();
    await setup({ state: { pausedUntil: tomorrow7 } });
    expect(statusLine()).toBe(`Paused until tomorrow ${clock.format(tomorrow7)}`);
  });

  it('shows a snoozed reminder coming back', async () => {
    await setup({ state: { snoozed: { kind: 'movement', until: NOW + 5 * MIN } } });
    expect(statusLine()).toBe('Movement break back in 5 min');
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

  it('closes with Escape from its own toggle, and keeps focus there', async () => {
    await setup();
    const toggle = button('Pause');
    fireEvent.click(toggle);
    toggle.focus();
    fireEvent.keyDown(toggle, { key: 'Escape' });
    expect(screen.queryByRole('group', { name: 'Pause reminders for' })).toBeNull();
    expect(document.activeElement).toBe(button('Pause'));
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

  it('leads with the reminder, read top-down: title, one short instruction, its drawing, then the answers', async () => {
    const drawn = TIPS.find((t) => t.illustration && t.kinds !== 'general' && t.kinds.includes('movement'))!;
    await setup({ state: { waiting: { ...waiting, tipId: drawn.id } } });
    const card = screen.getByRole('heading', { name: 'Time for a movement break' }).closest('section')!;
    expect(card.closest('.lead')).toBeTruthy();
    const parts = [...card.children].map((el) => el.className.split(' ')[0]);
    expect(parts).toEqual(['eyebrow', 'reminder-title', 'reminder-cue', 'tip-illustration', 'button-pair']);
    expect(card.querySelector('.reminder-cue')!.textContent).toBe(t(cueForTip(drawn.id)!));
    // The drawing is not shown twice: the tip card below goes without it.
    expect(document.querySelectorAll('.tip-illustration')).toHaveLength(1);
  });

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
    expect(document.activeElement).toBe(button(/^Breathe/));
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
    // Quiet buttons: the suggested side is marked, not filled, so it does not compete with the lead.
    expect(within(section).getAllByRole('button').every((b) => b.className.includes('btn-secondary'))).toBe(true);
    expect(section.closest('.quiet')).toBeTruthy();
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

  it('during a feed leads with the side, a big running time and End feed, the checklist cue inline', async () => {
    let now = NOW;
    const feed = { side: 'right' as const, startedAt: NOW - 12 * MIN - 5_000, nextCheckInAt: NOW + 3 * MIN, checkIns: 1 };
    const { app, sent } = await setup({ state: { feed }, now: () => now });
    const card = screen.getByRole('heading', { name: 'Feeding · Right' }).closest('section')!;
    expect(card.closest('.lead')).toBeTruthy();
    expect(screen.getByRole('timer').textContent).toBe('12:05');
    // End feed comes first among the card's buttons; the posture checklist cue follows, with no button to answer.
    expect(within(card).getAllByRole('button').map((b) => b.textContent)).toEqual(['End feed']);
    const cue = screen.getByTestId('feed-cue');
    expect(cue.textContent).toBe(`While you feed${CHECKIN_CUES[1]}Next posture check in 3 min`);
    expect(screen.queryByRole('region', { name: 'Start a feed' })).toBeNull();
    now += 61_000;
    act(() => app.tick());
    expect(screen.getByRole('timer').textContent).toBe('13:06');
    fireEvent.click(button('End feed'));
    await waitFor(() => expect(sent).toEqual([{ type: 'end-feed' }]));
  });

  it('shows the first checklist cue from the start of a feed', async () => {
    const feed = { side: 'left' as const, startedAt: NOW - 30_000, nextCheckInAt: NOW + 10 * MIN - 30_000, checkIns: 0 };
    await setup({ state: { feed } });
    expect(screen.getByTestId('feed-cue').textContent).toContain(CHECKIN_CUES[0]);
    expect(screen.queryByRole('button', { name: 'Done' })).toBeNull();
  });

  it('answers a due posture check inside the feed card with one tap, not in a separate card', async () => {
    const feed = { side: 'left' as const, startedAt: NOW - 10 * MIN, nextCheckInAt: NOW + 10 * MIN, checkIns: 1 };
    const waiting = { kind: 'checkin' as const, at: NOW - 10_000, tipId: 'breath-feed-breaths', notified: true };
    const { sent } = await setup({ state: { feed, waiting } });
    expect(document.querySelector('.reminder')).toBeNull();
    expect(screen.queryByRole('button', { name: /Snooze/ })).toBeNull();
    const cue = screen.getByTestId('feed-cue');
    expect(cue.className).toContain('is-due');
    expect(cue.textContent).toContain('Posture check now');
    expect(cue.textContent).toContain(CHECKIN_CUES[1]);
    // The same two answers as its notification: Done and End feed.
    const card = cue.closest('section')!;
    expect(within(card).getAllByRole('button').map((b) => b.textContent)).toEqual(['End feed', 'Done']);
    fireEvent.click(within(cue).getByRole('button', { name: 'Done' }));
    await waitFor(() => expect(sent).toEqual([{ type: 'done' }]));
  });

  it('keeps a snoozed reminder that comes back during a feed below the feed, quieter', async () => {
    const feed = { side: 'left' as const, startedAt: NOW - 10 * MIN, nextCheckInAt: NOW + 10 * MIN, checkIns: 1 };
    const waiting = { kind: 'movement' as const, at: NOW - 10_000, tipId: 'lift-hip-hinge', notified: true };
    await setup({ state: { feed, waiting } });
    expect(button('End feed').closest('.lead')).toBeTruthy();
    const reminder = screen.getByRole('heading', { name: 'Time for a movement break' }).closest('section')!;
    expect(reminder.closest('.quiet')).toBeTruthy();
    expect(reminder.className).toContain('is-quiet');
  });
});

describe('popup tip', () => {
  it('shows a tip with its title and body, and opens its "Why?" and source on demand', async () => {
    const tip = TIPS.find((t) => t.hasWhy && t.kinds !== 'general' && t.kinds.includes('movement'))!;
    const note = (await loadNote(tip.id, 'en'))!;
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
      expect(region.querySelector('#tip-why')!.textContent).toContain(`From: ${citation(source, 'n.d.')}`);
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
      fireEvent.click(button(/^Breathe · 10 s/));
      expect(screen.getByRole('heading', { name: '360° breathing' })).toBeTruthy();
      expect(screen.queryByRole('button', { name: 'Another tip' })).toBeNull();
      act(() => void vi.advanceTimersByTime(3000 + 10_100)); // the 3-2-1, then the drill
      vi.useRealTimers();
      await waitFor(() => expect(sent).toEqual([{ type: 'drill-finished', durationSec: 10 }]));
      await screen.findByText('Counted for today.');
      fireEvent.click(button('Back'));
      expect(document.activeElement).toBe(button(/^Breathe · 10 s/));
    } finally {
      vi.useRealTimers();
    }
  });

  it('follows the "breathing only" setting: no pelvic-floor lift in the cues', async () => {
    await setup({ settings: { breathingOnly: true } });
    fireEvent.click(button(/^Breathe/));
    const drill = document.querySelector('.drill')!;
    // After the set-up and its 3-2-1, the first breath in.
    await waitFor(() => expect(drill.textContent).toContain('Belly softens and widens'), { timeout: 6000 });
    expect(drill.textContent).not.toMatch(/pelvic floor/i);
    fireEvent.click(button('Stop'));
    cleanup();
    await setup();
    fireEvent.click(button(/^Breathe/));
    await waitFor(() => expect(document.querySelector('.drill')!.textContent).toContain('Let the pelvic floor go fully'), { timeout: 6000 });
  }, 15_000);

  it('says the default drill is one minute, and Stop logs nothing', async () => {
    const { sent } = await setup();
    fireEvent.click(button(/^Breathe · 1 min/));
    fireEvent.click(button('Stop'));
    expect(sent).toEqual([]);
    expect(document.activeElement).toBe(button(/^Breathe · 1 min/));
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
    expect(screen.getByTestId('today').textContent).toBe('Today so far: 2 movement breaks, a breathing drill, and a feed.');
  });

  it('keeps the line\'s place until the history\'s own read comes, then counts it', async () => {
    const { app } = await setup({ history: null });
    const today = screen.getByTestId('today');
    expect(today.textContent).toBe('');
    expect(today.closest('section')!.getAttribute('aria-busy')).toBe('true');
    await act(() => app.historyRead(Promise.resolve([{ type: 'drill', at: NOW - 5 * MIN, durationSec: 60 }])));
    expect(today.textContent).toBe('Today so far: a breathing drill.');
    expect(today.closest('section')!.getAttribute('aria-busy')).toBe('false');
  });

  it('says plainly when the history could not be read, and counts nothing as if it were so', async () => {
    const { app } = await setup({ history: null });
    await act(() => app.historyRead(Promise.reject(new Error('IO error'))));
    expect(screen.getByTestId('today').textContent).toBe('The count for today could not be read.');
    expect(screen.getByRole('button', { name: /^Breathe/ })).toBeTruthy();
  });

  it('keeps a history the watch brought while its own read was on the way', async () => {
    const { app } = await setup({ history: null });
    act(() => void (app.history.value = [{ type: 'drill', at: NOW - 5 * MIN, durationSec: 60 }]));
    await act(() => app.historyRead(Promise.resolve([])));
    expect(screen.getByTestId('today').textContent).toBe('Today so far: a breathing drill.');
    await act(() => app.historyRead(Promise.reject(new Error('late failure'))));
    expect(screen.getByTestId('today').textContent).toBe('Today so far: a breathing drill.');
  });

  it.each([
    [{ movementDone: 0, drills: 0, feeds: 0 }, 'Nothing counted yet today.'],
    [{ movementDone: 1, drills: 0, feeds: 0 }, 'Today so far: a movement break.'],
    [{ movementDone: 2, drills: 1, feeds: 0 }, 'Today so far: 2 movement breaks and a breathing drill.'],
    [{ movementDone: 0, drills: 3, feeds: 5 }, 'Today so far: 3 breathing drills and 5 feeds.'],
  ])('says today in words, leaving out what is 0 (%j)', (counts, text) => {
    expect(todaySentence(counts, 'en')).toBe(text);
  });

  it('takes plurals from the language\'s rules, not from the English word order', () => {
    // Welsh has six plural categories; every one that is not "one" takes the "other" message.
    expect(todaySentence({ movementDone: 2, drills: 0, feeds: 0 }, 'cy')).toBe('Today so far: 2 movement breaks.');
    expect(todaySentence({ movementDone: 1, drills: 0, feeds: 0 }, 'cy')).toBe('Today so far: a movement break.');
  });

  it('opens the options page', async () => {
    const { openOptions } = await setup();
    fireEvent.click(button('Settings'));
    expect(openOptions).toHaveBeenCalledTimes(1);
  });

  it('keeps "When to get help" one click away, with a marker that shows it opens', async () => {
    await setup();
    const summary = screen.getByText('When to get help');
    expect(summary.tagName).toBe('SUMMARY');
    expect(summary.querySelector('.chevron')).toBeTruthy();
    const details = summary.closest('details')!;
    await waitFor(() => expect(details.textContent).toContain('a new loss of bowel control'));
    expect(details.textContent).toContain('pelvic-health physiotherapist');
  });
});

describe('popup safety note', () => {
  it('is at the foot of every view, the drill included', async () => {
    await setup();
    fireEvent.click(button(/^Breathe/));
    const note = document.getElementById('clinician') as HTMLDetailsElement;
    expect(note).toBeTruthy();
    fireEvent.click(screen.getByText('When to get help'));
    expect(note.open).toBe(true);
    await waitFor(() => expect(note.textContent).toContain('pelvic-health physiotherapist'));
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
      'Pause',
      'Settings',
      'Done', // the lead: the waiting reminder's answers
      'Snooze 5 min',
      'Why?', // then, quieter: the reminder's tip, the drill, a feed's start, help
      'Another tip',
      'Breathe · 1 min', // quiet here: no hint inside it
      'Left suggested',
      'Right',
      'Bottle',
      'When to get help',
    ]);
  });
});

describe('popup feed buttons follow how the baby is fed', () => {
  it('offers a bottle-only family the bottle alone, with no side suggested', async () => {
    await setup({ settings: { feedingMethod: 'bottle' }, state: { lastFeedSide: 'left' } });
    const feed = document.querySelector('.feed-start')!;
    expect([...feed.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['Bottle']);
    expect(feed.querySelector('.suggested-mark')).toBeNull();
  });

  it('suggests the other side to a family that feeds at the breast', async () => {
    await setup({ settings: { feedingMethod: 'breast' }, state: { lastFeedSide: 'left' } });
    const first = document.querySelector('.feed-start button')!;
    expect(first.textContent).toMatch(/^Right/);
  });

  it('shows no feed buttons when not feeding now', async () => {
    await setup({ settings: { feedingMethod: 'none', feedingEnabled: false } });
    expect(document.querySelector('.feed-start')).toBeNull();
  });
});
