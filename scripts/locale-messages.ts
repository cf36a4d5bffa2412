import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** One entry of a Chrome/Firefox `messages.json`. */
export interface LocaleMessage {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

const LOCALES_DIR = resolve(import.meta.dirname, '../lib/locales');

/**
 * Merges every `lib/locales/<locale>/*.json` into one messages object. Throws on a key defined twice, so
 * two areas can never silently overwrite each other's text.
 */
export function mergedMessages(locale: string): Record<string, LocaleMessage> {
  const dir = join(LOCALES_DIR, locale);
  const merged: Record<string, LocaleMessage> = {};
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const messages = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, LocaleMessage>;
    for (const [key, value] of Object.entries(messages)) {
      if (key in merged) throw new Error(`Locale key "${key}" is defined twice (again in ${file})`);
      merged[key] = value;
    }
  }
  return merged;
}
