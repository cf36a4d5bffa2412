/** Whether the browser lets us show notifications, where it can tell (Chrome; Firefox has no such call). */
import { browser } from 'wxt/browser';

export type PermissionLevel = 'granted' | 'denied' | 'unknown';

export async function notificationPermission(): Promise<PermissionLevel> {
  const api = browser.notifications as unknown as { getPermissionLevel?: () => Promise<string> };
  if (typeof api?.getPermissionLevel !== 'function') return 'unknown';
  try {
    const level = await api.getPermissionLevel();
    return level === 'denied' ? 'denied' : level === 'granted' ? 'granted' : 'unknown';
  } catch {
    return 'unknown'; // not supported here: say nothing rather than guess
  }
}
