/**
 * The welcome page's state: the settings it edits (the options page's own settings state, so an answer is
 * validated, saved and synced exactly as a change on the options page), the engine's schedule as stored
 * (for "the first reminder comes at…"), and the test reminder's outcome.
 */
import { signal } from '@preact/signals';
import type { CommandReply } from '../../lib/schedule/commands';
import type { EngineState } from '../../lib/schedule/state';
import { settingsForAnswer, type WelcomeAnswer } from '../../lib/welcome/answers';
import type { OptionsState } from '../options/options-state';
import type { PermissionLevel } from '../../shell/notification-permission';

export type Platform = 'win' | 'mac' | 'linux' | 'other';

export interface WelcomeDeps {
  settings: OptionsState;
  /** The engine's state as stored; `watch` calls back with each new value and returns an unwatch function. */
  loadSchedule(): Promise<EngineState>;
  watchSchedule(callback: (state: EngineState) => void): () => void;
  sendTestReminder(): Promise<CommandReply>;
  permission(): Promise<PermissionLevel>;
  platform(): Promise<Platform>;
  /** The feed shortcut as the browser has it now (the user may have changed it), or null when unset. */
  feedShortcut(): Promise<string | null>;
  now(): number;
}

/** What the browser said about the test reminder. */
export type TestOutcome = 'idle' | 'sending' | 'shown' | 'blocked' | 'refused';

/** Blocked wins over a reply: Chrome can accept a notification it then never shows. */
export function testOutcome(reply: CommandReply, permission: PermissionLevel): Exclude<TestOutcome, 'idle' | 'sending'> {
  if (permission === 'denied') return 'blocked';
  return reply.ok ? 'shown' : 'refused';
}

export type WelcomeState = ReturnType<typeof createWelcomeState>;

export function createWelcomeState(deps: WelcomeDeps) {
  const schedule = signal<EngineState | null>(null);
  const test = signal<TestOutcome>('idle');
  const platform = signal<Platform>('other');
  const shortcut = signal<string | null>(null);
  const drillOpen = signal(false);
  const now = signal(deps.now());

  async function start(): Promise<() => void> {
    const stopWatching = deps.watchSchedule((state) => {
      now.value = deps.now();
      schedule.value = state;
    });
    await deps.settings.start();
    const [state, os, keys] = await Promise.all([deps.loadSchedule(), deps.platform(), deps.feedShortcut()]);
    schedule.value = state;
    platform.value = os;
    shortcut.value = keys;
    return () => {
      stopWatching();
      deps.settings.stop();
    };
  }

  /** Saves one answer: every setting it changes goes through the options page's validated writer. */
  function answer(a: WelcomeAnswer): void {
    for (const [field, value] of Object.entries(settingsForAnswer(a))) {
      deps.settings.update(field as keyof typeof deps.settings.settings.value, value);
    }
  }

  async function sendTest(): Promise<void> {
    test.value = 'sending';
    const reply = await deps.sendTestReminder();
    test.value = testOutcome(reply, await deps.permission());
  }

  return { settings: deps.settings, schedule, test, platform, shortcut, drillOpen, now, start, answer, sendTest };
}
