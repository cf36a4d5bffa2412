/**
 * Starts the popup's one storage read (a get per area, in parallel) while the rest of the popup's script is
 * still being evaluated, and reads the last popup's hint (shell/tip-hint.ts): its words for the first tip when
 * they are in this language and release, else a start on loading the group the first tip most likely needs.
 * main.tsx imports this module first, so all of it is under way before Preact and the components have run.
 */
import { browser } from 'wxt/browser';
import { loadPopupData } from '../../shell/popup-storage';
import { readTipHint } from '../../shell/tip-hint';
import { preloadWords } from '../../lib/tips/tips';
import { messagesLocale } from '../../shell/i18n';

export const firstRead = loadPopupData();
/** The last popup drew this popup's first pick and guessed its words' group. */
export const hint = readTipHint();
export const locale = messagesLocale();
export const { version } = browser.runtime.getManifest();
/** The first tip's words, when the last popup left them in this language and release. */
export const firstWords = hint?.words?.locale === locale && hint.words.version === version ? hint.words : undefined;
// Without them, the group's words start loading now; with them, the first paint needs no load at all.
if (hint && !firstWords) preloadWords(hint.group, locale);
// Handled where it is awaited (main.tsx shows the defaults and a notice); this keeps it from being "unhandled"
// before then.
firstRead.catch(() => {});
