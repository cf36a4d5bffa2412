import { fakeBrowser } from 'wxt/testing/fake-browser';
import { mergedMessages, type LocaleMessage } from '../../scripts/locale-messages';

const english = mergedMessages('en');

/** The shipped messages of `locale` as the browser sees them: its own, English's for a key it lacks. */
export function messagesOf(locale: string): Record<string, LocaleMessage> {
  return locale === 'en' ? english : { ...english, ...mergedMessages(locale) };
}

/**
 * A message filled in by the browsers' rules: `$1`…`$9` are substitutions, `$name$` refers to a named
 * placeholder, `$$` is a dollar, and an unknown key gives the empty string.
 */
export function formatMessage(messages: Record<string, LocaleMessage>, key: string, subs: string | string[] = []): string {
  const entry = messages[key];
  if (!entry) return '';
  const list = Array.isArray(subs) ? subs : [subs];
  const fill = (text: string) => text.replace(/\$(\d)/g, (_, n: string) => list[Number(n) - 1] ?? '');
  const named = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (_, name: string) => {
    const placeholder = entry.placeholders?.[name.toLowerCase()];
    return placeholder ? fill(placeholder.content) : '';
  });
  return fill(named).replace(/\$\$/g, '$');
}

/**
 * The fake browser has no i18n. This one reads the same merged messages the build ships, in `locale`
 * (English for a key it lacks, as the browsers do); `uiLanguage` is what getUILanguage reports (a region
 * variant such as "en-GB" or "de-AT").
 */
export function installFakeI18n(locale = 'en', uiLanguage = locale.replace('_', '-')): void {
  const messages = messagesOf(locale);
  const getMessage = (key: string, subs?: string | string[]) => formatMessage(messages, key, subs);
  Object.assign(fakeBrowser, {
    i18n: { ...fakeBrowser.i18n, getMessage, getUILanguage: () => uiLanguage },
  });
}
