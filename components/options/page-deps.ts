/**
 * What the options page's sections need from the browser, passed in from entrypoints/options/main.tsx as the
 * popup's are: components never import storage or messaging themselves (tests/unit/conventions.test.ts).
 */
import type { HistoryEntry } from '../../lib/history/history';
import type { Command, CommandReply } from '../../lib/schedule/commands';
import type { PermissionLevel } from '../../shell/notification-permission';

export interface PageDeps {
  /** Sends a command to the background, which owns the schedule and the history (import and delete too). */
  send(command: Command): Promise<CommandReply>;
  /** The stored history, read-only here. */
  loadHistory(): Promise<HistoryEntry[]>;
  /** Calls back with the history whenever it changes; returns an unwatch function. */
  watchHistory(callback: (history: HistoryEntry[]) => void): () => void;
  notificationPermission(): Promise<PermissionLevel>;
  /** The browser reports whether a window is fullscreen (so reminders can wait for it). */
  canTellFullscreen: boolean;
  now(): number;
}
