/**
 * Starts the popup's one storage read (a get per area, in parallel) while the rest of the popup's script is
 * still being evaluated: main.tsx imports this module first, so the read is in flight before Preact and the
 * components have run at all.
 */
import { loadPopupData } from '../../shell/popup-storage';

export const firstRead = loadPopupData();
// Handled where it is awaited (main.tsx shows the defaults and a notice); this keeps it from being "unhandled"
// before then.
firstRead.catch(() => {});
