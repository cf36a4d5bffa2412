/**
 * A pseudo-locale for layout tests: English with every letter accented and some doubled, so each text
 * runs about a third longer (as German and French do) and anything not translated stands out. It is a
 * build of its own (`wxt build --mode pseudo` → .output/chrome-mv3-pseudo): the English messages and the
 * English tip words and notes are replaced by their pseudo form, nothing else changes. Never shipped.
 */
import type { Plugin } from 'vite';
import type { LocaleMessage } from './locale-messages';

const ACCENTED: Record<string, string> = {
  a: 'á', b: 'ƀ', c: 'ç', d: 'ð', e: 'é', f: 'ƒ', g: 'ĝ', h: 'ĥ', i: 'í', j: 'ĵ', k: 'ķ', l: 'ĺ', m: 'ɱ',
  n: 'ñ', o: 'ö', p: 'þ', q: 'ǫ', r: 'ŕ', s: 'š', t: 'ŧ', u: 'ü', v: 'ṽ', w: 'ŵ', x: 'ẋ', y: 'ý', z: 'ž',
  A: 'Á', B: 'Ɓ', C: 'Ç', D: 'Ð', E: 'É', F: 'Ƒ', G: 'Ĝ', H: 'Ĥ', I: 'Í', J: 'Ĵ', K: 'Ķ', L: 'Ĺ', M: 'Ṁ',
  N: 'Ñ', O: 'Ö', P: 'Þ', Q: 'Ǫ', R: 'Ŕ', S: 'Š', T: 'Ŧ', U: 'Ü', V: 'Ṽ', W: 'Ŵ', X: 'Ẋ', Y: 'Ý', Z: 'Ž',
};
/** Letters written twice: the vowels, y and n, about 35 % more text over our messages (German and French run 20–25 %). */
const DOUBLED = /[aeiouynAEIOUYN]/;

/** Placeholders (`$NAME$`, `$1`, `$$`) stay as they are. */
const KEEP = /(\$[A-Za-z0-9_@]+\$|\$\d|\$\$)/;

/** The pseudo form of one text: accented, some letters doubled, placeholders untouched. */
export function pseudo(text: string): string {
  return text
    .split(KEEP)
    .map((part, i) => (i % 2 === 1 ? part : [...part].map((ch) => (ACCENTED[ch] ?? ch).repeat(DOUBLED.test(ch) ? 2 : 1)).join('')))
    .join('');
}

/** Every string in a value (objects, arrays) in its pseudo form; other values as they are. */
export function pseudoDeep<T>(value: T): T {
  if (typeof value === 'string') return pseudo(value) as T;
  if (Array.isArray(value)) return value.map(pseudoDeep) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, pseudoDeep(inner)])) as T;
  }
  return value;
}

/** English's messages in pseudo form; `messagesLocale` stays "en", so the pages load the (pseudo) English words. */
export function pseudoMessages(english: Record<string, LocaleMessage>): Record<string, LocaleMessage> {
  return Object.fromEntries(
    Object.entries(english).map(([key, entry]) => [key, key === 'messagesLocale' ? entry : { ...entry, message: pseudo(entry.message) }]),
  );
}

/** The English tip words and notes: data-only modules whose exports are plain objects of strings. */
const ENGLISH_TIP_TEXT = /\/lib\/tips\/(tip-words\/en\/[a-z-]+|tip-why\/en)\.ts$/;

/**
 * Rewrites the English tip words and notes into their pseudo form at build time. Runs after the TypeScript
 * transform, so the module is plain JavaScript with only type imports gone: it is evaluated as it is and its
 * exports written back as data.
 */
export function pseudoTipText(): Plugin {
  return {
    name: 'back-to-core:pseudo-tip-text',
    enforce: 'post',
    async transform(code, id) {
      if (!ENGLISH_TIP_TEXT.test(id)) return null;
      const module = (await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)) as Record<string, unknown>;
      const exports = Object.entries(module).map(([name, value]) => `export const ${name} = ${JSON.stringify(pseudoDeep(value))};`);
      return { code: exports.join('\n'), map: null };
    },
  };
}
