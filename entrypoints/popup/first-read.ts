/**
 * Starts the popup's one storage read (a get per area, in parallel) while the rest of the popup's script is
 * still being evaluated, and, beside it, the load of the tip words the first tip will most likely need
 * (shell/tip-hint.ts): main.tsx imports this module first, so both are in flight before Preact and the
 * components have run at all.
 */
import { loadPopupData } from '../../shell/popup-storage';
import { readTipHint } from '../../shell/tip-hint';
import { preloadWords } from '../../lib/tips/tips';
import { messagesLocale } from '../../shell/i18n';

export const firstRead = loadPopupData();
/** The last popup drew this popup's first pick and guessed its words' group: start loading them now. */
export const hint = readTipHint();
if (hint) preloadWords(hint.group, messagesLocale());
// Handled where it is awaited (main.tsx shows the defaults and a notice); this keeps it from being "unhandled"
// before then.
firstRead.catch(() => {});
