/** The layout tests' pseudo-locale (scripts/pseudo-locale.ts): longer, accented, placeholders intact. */
import { describe, expect, it } from 'vitest';
import { mergedMessages, placeholdersOf } from '../../scripts/locale-messages';
import { pseudo, pseudoDeep, pseudoMessages } from '../../scripts/pseudo-locale';

const ENGLISH = mergedMessages('en');

describe('the pseudo-locale', () => {
  it('accents every letter and keeps placeholders as they are', () => {
    expect(pseudo('Move in $DURATION$')).toBe('Ṁööṽéé ííññ $DURATION$');
    expect(pseudo('Snooze $1 min, $$5')).toMatch(/^[^A-Za-z]*\$1[^A-Za-z]*\$\$5$/);
  });

  it('runs about a third longer than English over all the messages, more than German and French do', () => {
    const english = Object.values(ENGLISH).map((m) => m.message);
    const longer = english.map(pseudo);
    const ratio = longer.join('').length / english.join('').length;
    expect(ratio).toBeGreaterThanOrEqual(1.3);
    expect(ratio).toBeLessThanOrEqual(1.45);
  });

  it('leaves every message its placeholders and no plain letter, and keeps messagesLocale', () => {
    const messages = pseudoMessages(ENGLISH);
    for (const [key, { message }] of Object.entries(messages)) {
      if (key === 'messagesLocale') continue;
      expect(placeholdersOf(message), key).toEqual(placeholdersOf(ENGLISH[key]!.message));
      expect(message.replace(/\$[A-Za-z0-9_@]+\$|\$\d/g, ''), key).not.toMatch(/[A-Za-z]/);
    }
    expect(messages.messagesLocale!.message).toBe('en');
  });

  it('changes the strings of a words module and nothing else', () => {
    expect(pseudoDeep({ title: 'Hip hinge', hasWhy: true, n: 3 })).toEqual({ title: pseudo('Hip hinge'), hasWhy: true, n: 3 });
  });
});
