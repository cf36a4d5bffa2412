/** UI text from the locale messages (lib/locales/en/*.json, merged into _locales at build). */
import { browser } from 'wxt/browser';
import type background from '../lib/locales/en/background.json';
import type common from '../lib/locales/en/common.json';
import type illustrations from '../lib/locales/en/illustrations.json';
import type options from '../lib/locales/en/options.json';
import type popup from '../lib/locales/en/popup.json';
import type safety from '../lib/locales/en/safety.json';
import type welcome from '../lib/locales/en/welcome.json';

export type MessageKey =
  | keyof typeof common
  | keyof typeof popup
  | keyof typeof options
  | keyof typeof background
  | keyof typeof illustrations
  | keyof typeof safety
  | keyof typeof welcome;

/** The message for `key` with `$1`…`$9` filled from `subs`. */
export function t(key: MessageKey, ...subs: Array<string | number>): string {
  return getMessage(key, subs.map(String));
}

// WXT types getMessage from public/_locales, which we generate at build time instead; MessageKey above
// is the typed list.
const getMessage = (key: string, subs: string[]): string =>
  (browser.i18n.getMessage as (key: string, subs: string[]) => string)(key, subs);

/** The browser's UI language (BCP 47), for Intl plural rules and lists that match the messages' language. */
export function uiLanguage(): string {
  try {
    return browser.i18n.getUILanguage() || 'en';
  } catch {
    return 'en';
  }
}
