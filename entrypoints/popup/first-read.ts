/**
 * The popup's first storage reads, started first: settings and state for the first paint (a get per area, in
 * parallel). This module needs only the browser API and the gets themselves (shell/storage-get.ts), and main.tsx
 * imports it first, so they start before the rest of the popup's script (its parsers, Preact, the components) has
 * run; main.tsx migrates and parses what comes back. The history is not read here: main.tsx asks for it after the
 * first paint.
 */
import { getItems } from '../../shell/storage-get';

/** What the first paint needs. */
export const FIRST_ITEMS = ['settings', 'state'] as const;
export const firstGets = getItems(...FIRST_ITEMS);
// Handled where it is awaited (main.tsx shows the defaults and a notice); this keeps it from being "unhandled"
// before then.
firstGets.catch(() => {});
