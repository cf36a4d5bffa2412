/** The welcome page's component: answers reach the stored settings; the test reminder says what happened. */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createOptionsState } from '../../components/options/options-state';
import type { PermissionLevel } from '../../shell/notification-permission';
import { settingsDeps } from '../../entrypoints/options/deps';
import { WelcomeApp } from '../../components/welcome/WelcomeApp';
import { createWelcomeState, testOutcome, type Platform } from '../../components/welcome/welcome-state';
import type { CommandReply } from '../../lib/schedule/commands';
import { initialState, type EngineState } from '../../lib/schedule/state';
import { settle, storedSettings, useFakeClock } from './options-support';

let watchers: Array<(state: EngineState) => void> = [];

async function renderWelcome(opts: { reply?: CommandReply; permission?: PermissionLevel; platform?: Platform; schedule?: Partial<EngineState> } = {}) {
  const sent = vi.fn(async (): Promise<CommandReply> => opts.reply ?? { ok: true });
  const finished = vi.fn();
  const openOptions = vi.fn();
  const welcome = createWelcomeState({
    settings: createOptionsState(settingsDeps()),
    loadSchedule: async () => ({ ...initialState(), ...opts.schedule }),
    watchSchedule: (callback) => {
      watchers.push(callback);
      return () => (watchers = watchers.filter((w) => w !== callback));
    },
    sendTestReminder: sent,
    permission: async () => opts.permission ?? 'granted',
    platform: async () => opts.platform ?? 'mac',
    feedShortcut: async () => 'Alt+Shift+F',
    now: Date.now,
  });
  render(<WelcomeApp welcome={welcome} firefox={false} onDrillFinished={finished} openOptions={openOptions} />);
  await act(async () => {
    await welcome.start();
  });
  return { welcome, sent, finished, openOptions };
}

beforeEach(() => useFakeClock());
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  watchers = [];
});

describe('testOutcome', () => {
  it.each<[CommandReply, PermissionLevel, string]>([
    [{ ok: true }, 'granted', 'shown'],
    [{ ok: true }, 'unknown', 'shown'],
    [{ ok: true }, 'denied', 'blocked'],
    [{ ok: false, problem: { reason: 'not-shown', field: '' } }, 'granted', 'refused'],
    [{ ok: false, problem: { reason: 'not-shown', field: '' } }, 'denied', 'blocked'],
  ])('%o with permission %s → %s', (reply, permission, outcome) => {
    expect(testOutcome(reply, permission)).toBe(outcome);
  });
});

describe('the welcome page', () => {
  it('saves each answer to the settings the options page edits', async () => {
    await renderWelcome();
    fireEvent.click(screen.getByLabelText(/I'm a partner or an adoptive parent/));
    fireEvent.click(screen.getByLabelText('Bottle'));
    fireEvent.click(screen.getByLabelText('90 min'));
    await settle();
    expect(await storedSettings()).toMatchObject({ gaveBirth: false, feedingMethod: 'bottle', feedingEnabled: true, movementIntervalMin: 90 });
    // Partners and adoptive parents are not asked about the birth.
    expect(screen.queryByText('Was it a caesarean birth?')).toBeNull();

    fireEvent.click(screen.getByLabelText('Not feeding now'));
    await settle();
    expect(await storedSettings()).toMatchObject({ feedingMethod: 'none', feedingEnabled: false });
  });

  it('sends "Something else" to the options page instead of guessing an interval', async () => {
    const { openOptions } = await renderWelcome();
    fireEvent.click(screen.getByLabelText('Something else'));
    expect(openOptions).toHaveBeenCalledOnce();
  });

  it('reports a test reminder that was shown', async () => {
    const { sent } = await renderWelcome();
    fireEvent.click(screen.getByRole('button', { name: 'Send me a test reminder' }));
    await settle(0);
    expect(sent).toHaveBeenCalledOnce();
    expect(screen.getByText(/the browser says it is on screen now/)).toBeTruthy();
    expect(screen.queryByText('How to let reminders through')).toBeNull();
  });

  it('explains a blocked test reminder with the fix for this system first, and what still works', async () => {
    await renderWelcome({ permission: 'denied', platform: 'win' });
    fireEvent.click(screen.getByRole('button', { name: 'Send me a test reminder' }));
    await settle(0);
    expect(screen.getByText(/Notifications are turned off for this browser/)).toBeTruthy();
    const fixes = screen.getAllByRole('listitem').map((li) => li.textContent ?? '');
    expect(fixes.findIndex((f) => f.startsWith('Windows'))).toBeLessThan(fixes.findIndex((f) => f.startsWith('macOS')));
    expect(screen.getByText(/the toolbar icon shows !/)).toBeTruthy();
  });

  it('reports a refused test reminder', async () => {
    await renderWelcome({ reply: { ok: false, problem: { reason: 'not-shown', field: '' } } });
    fireEvent.click(screen.getByRole('button', { name: 'Send me a test reminder' }));
    await settle(0);
    expect(screen.getByText('The browser did not show the reminder.')).toBeTruthy();
  });

  it('says when the first movement reminder comes, following the stored schedule', async () => {
    await renderWelcome({ schedule: { movementDueAt: new Date('2026-11-20T10:42:00').getTime() } });
    expect(screen.getByText(/The first movement reminder comes at 10:42/)).toBeTruthy();
    act(() => watchers.forEach((w) => w({ ...initialState(), movementDueAt: new Date('2026-11-21T07:50:00').getTime() })));
    expect(screen.getByText(/The first movement reminder comes tomorrow at 7:50/)).toBeTruthy();
  });

  it('runs the drill inline and reports a finished one', async () => {
    const { finished } = await renderWelcome();
    fireEvent.click(screen.getByRole('button', { name: 'Try it now' }));
    expect(screen.getByRole('button', { name: /Stop/ })).toBeTruthy();
    expect(finished).not.toHaveBeenCalled();
  });
});
