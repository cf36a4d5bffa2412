/**
 * The popup's storage reads, started first: settings and state for the first paint (a get per area), and the
 * history beside them, all in parallel. This module needs only the browser API and the gets themselves
 * (shell/storage-get.ts), and main.tsx imports it first, so they start before the rest of the popup's script
 * (its parsers, Preact, the components) has run; main.tsx migrates and parses what comes back.
 */
import { getItems } from '../../shell/storage-get';

export const firstGets = getItems('settings', 'state');
/** Only the "Today" line waits for this one. */
export const historyGet = getItems('history');
// Handled where they are awaited (main.tsx shows the defaults and a notice, or says the count could not be read);
// this keeps them from being "unhandled" before then.
firstGets.catch(() => {});
historyGet.catch(() => {});
