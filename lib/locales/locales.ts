/**
 * The languages Back to Core ships, and the typed list of its UI messages. The browser picks the language
 * (its UI language, else English: `default_locale`) and every message comes from that locale's
 * `_locales/<locale>/messages.json`, made at build from `lib/locales/<locale>/*.json`. The tip words and notes
 * are modules per locale (lib/tips/); the pages load the ones for the locale the messages came from, so a page
 * never mixes two languages.
 */
import type background from './en/background.json';
import type common from './en/common.json';
import type cues from './en/cues.json';
import type illustrations from './en/illustrations.json';
import type options from './en/options.json';
import type popup from './en/popup.json';
import type safety from './en/safety.json';
import type welcome from './en/welcome.json';

/** Folder names, as `_locales` spells them. English is the source and the fallback. */
export const LOCALES = ['en', 'es', 'fr', 'de', 'pt_BR'] as const;
export type Locale = (typeof LOCALES)[number];

export type MessageKey =
  | keyof typeof common
  | keyof typeof popup
  | keyof typeof options
  | keyof typeof background
  | keyof typeof cues
  | keyof typeof illustrations
  | keyof typeof safety
  | keyof typeof welcome;

/** One of ours, or English: for the `messagesLocale` message, which each locale sets to its own folder name. */
export function asLocale(value: string): Locale {
  return (LOCALES as readonly string[]).includes(value) ? (value as Locale) : 'en';
}

/**
 * The BCP 47 tag for Intl formatting: the browser's UI language when it is a variant of the messages' language
 * ("en-GB" keeps its 24-hour clock, "de-AT" its own month names), else the messages' own tag, so that an
 * English fallback page is not formatted for a language it is not written in, and Brazilian messages keep
 * Brazilian forms in a pt-PT browser.
 */
export function intlLocale(messages: Locale, uiLanguage: string): string {
  const [language, region] = messages.toLowerCase().split('_');
  const [uiBase, uiRegion] = uiLanguage.toLowerCase().split(/[-_]/);
  const variant = uiBase === language && (region === undefined || uiRegion === region);
  return variant ? uiLanguage.replace('_', '-') : messages.replace('_', '-');
}

/** The privacy policy page a locale links to (made at build from PRIVACY.md or lib/locales/<locale>/privacy.md). */
export function privacyPageFor(locale: Locale): string {
  return locale === 'en' ? 'privacy.html' : `privacy.${locale}.html`;
}
