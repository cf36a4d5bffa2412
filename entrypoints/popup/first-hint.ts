/**
 * Reads the last popup's hint (shell/tip-hint.ts) while the storage reads are on their way (first-read.ts): its
 * words for the first tip when they are in this language and release, else a start on loading the group the
 * first tip most likely needs. main.tsx imports it right after first-read.ts, before Preact and the components.
 */
import { browser } from 'wxt/browser';
import { readTipHint } from '../../shell/tip-hint';
import { preloadWords } from '../../lib/tips/tips';
import { messagesLocale } from '../../shell/i18n';

/** The last popup drew this popup's first pick and guessed its words' group. */
export const hint = readTipHint();
export const locale = messagesLocale();
export const { version } = browser.runtime.getManifest();
/** The first tip's words, when the last popup left them in this language and release. */
export const firstWords = hint?.words?.locale === locale && hint.words.version === version ? hint.words : undefined;
// Without them, the group's words start loading now; with them, the first paint needs no load at all.
if (hint && !firstWords) preloadWords(hint.group, locale);
