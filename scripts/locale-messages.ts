import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** One entry of a Chrome/Firefox `messages.json`. */
export interface LocaleMessage {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

const LOCALES_DIR = resolve(import.meta.dirname, '../lib/locales');

/** The locales we ship: a folder under lib/locales for each. English is the source and the fallback. */
export function shippedLocales(): string[] {
  return readdirSync(LOCALES_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(LOCALES_DIR, entry.name, 'common.json')))
    .map((entry) => entry.name)
    .sort();
}

/** Every `lib/locales/<locale>/*.json` as one object; throws on a key defined twice, naming both files. */
function mergedFiles<T>(locale: string): Record<string, T> {
  const dir = join(LOCALES_DIR, locale);
  const merged: Record<string, T> = {};
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const messages = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, T>;
    for (const [key, value] of Object.entries(messages)) {
      if (key in merged) throw new Error(`Locale key "${key}" is defined twice in ${locale} (again in ${file})`);
      merged[key] = value;
    }
  }
  return merged;
}

/**
 * The `messages.json` of one locale. English (lib/locales/en/*.json) is in the browsers' own format, with a
 * description for translators and the placeholders. A translation (lib/locales/<locale>/*.json) is just key →
 * message: its placeholders are English's, so they cannot drift. Throws on a key English does not have. A key
 * a translation lacks is left out, and the browser shows English's (tests/unit/locales.test.ts fails on it).
 */
export function mergedMessages(locale: string): Record<string, LocaleMessage> {
  const english = mergedFiles<LocaleMessage>('en');
  if (locale === 'en') return english;
  const merged: Record<string, LocaleMessage> = {};
  for (const [key, message] of Object.entries(mergedFiles<string>(locale))) {
    const source = english[key];
    if (!source) throw new Error(`Locale key "${key}" in ${locale} is not an English key`);
    merged[key] = { message, ...(source.placeholders && { placeholders: source.placeholders }) };
  }
  return merged;
}

/** A translation's own messages, key → text, as written (for the completeness tests). */
export function translatedMessages(locale: string): Record<string, string> {
  return mergedFiles<string>(locale);
}

/** `$NAME$` placeholders (case-insensitive, as the browsers read them) and `$1`-style substitutions, sorted. */
export function placeholdersOf(message: string): string[] {
  return [...message.matchAll(/\$([A-Za-z0-9_@]+)\$|\$(\d)/g)].map((m) => (m[1] ? `$${m[1].toUpperCase()}$` : `$${m[2]}`)).sort();
}

/**
 * Messages as the extension ships them: without the descriptions (notes for translators, a third of English's
 * file) and the placeholders' examples, which the browser never shows.
 */
export function shippedForm(messages: Record<string, LocaleMessage>): Record<string, LocaleMessage> {
  return Object.fromEntries(
    Object.entries(messages).map(([key, { message, placeholders }]) => [
      key,
      placeholders
        ? { message, placeholders: Object.fromEntries(Object.entries(placeholders).map(([name, { content }]) => [name, { content }])) }
        : { message },
    ]),
  );
}
