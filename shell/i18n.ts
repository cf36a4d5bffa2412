/** UI text from the locale messages (lib/locales/en/*.json, merged into _locales at build). */
import { browser } from 'wxt/browser';
import { asLocale, intlLocale, type Locale, type MessageKey } from '../lib/locales/locales';

export type { MessageKey };

/** The message for `key` with `$1`…`$9` filled from `subs`. */
export function t(key: MessageKey, ...subs: Array<string | number>): string {
  return getMessage(key, subs.map(String));
}

// WXT types getMessage from public/_locales, which we generate at build time instead; MessageKey above
// is the typed list.
const getMessage = (key: string, subs: string[]): string =>
  (browser.i18n.getMessage as (key: string, subs: string[]) => string)(key, subs);

/** The locale the browser took the messages from (each locale's `messagesLocale` names its own folder). */
export function messagesLocale(): Locale {
  return asLocale(getMessage('messagesLocale', []));
}

/** The BCP 47 tag for Intl (clock times, dates, plurals, lists), matching the messages' language. */
export function formatLocale(): string {
  let ui = 'en';
  try {
    ui = browser.i18n.getUILanguage() || 'en';
  } catch {
    // no UI language: the messages' own tag
  }
  return intlLocale(messagesLocale(), ui);
}

/** Marks the page's language (for screen readers, hyphenation and fonts) and, if given, sets its tab title. */
export function localizePage(title?: MessageKey): void {
  document.documentElement.lang = formatLocale();
  if (title) document.title = t(title);
}
