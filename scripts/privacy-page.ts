/**
 * The privacy policy ships inside the extension as privacy.html, made at build time from PRIVACY.md — one
 * text, so the page a user opens from the options page is the policy of the version they run, and it loads
 * nothing from the web. Only the Markdown PRIVACY.md uses is understood: `#`–`###` headings, paragraphs,
 * `- ` lists (continued by indented lines), **bold**, *emphasis* and `code`. Anything else is text.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const PRIVACY_FILE = resolve(import.meta.dirname, '../PRIVACY.md');

/**
 * A locale's policy text: PRIVACY.md in English, lib/locales/<locale>/privacy.md in a translation (English
 * where a locale has none yet: tests/unit/privacy.test.ts fails on that).
 */
export function privacySource(locale: string): string {
  const translated = resolve(import.meta.dirname, '../lib/locales', locale, 'privacy.md');
  return readFileSync(locale !== 'en' && existsSync(translated) ? translated : PRIVACY_FILE, 'utf8');
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Inline Markdown in one block of text: code first (its content is literal), then bold, then emphasis. */
function inline(text: string): string {
  return escapeHtml(text)
    .split(/(`[^`]+`)/)
    .map((part) =>
      part.startsWith('`') && part.endsWith('`') && part.length > 1
        ? `<code>${part.slice(1, -1)}</code>`
        : part.replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>').replace(/\*([^*]+)\*/g, '<em>$1</em>'),
    )
    .join('');
}

/** PRIVACY.md's subset of Markdown as HTML body content. */
export function markdownToHtml(markdown: string): string {
  const out: string[] = [];
  let paragraph: string[] = [];
  let list: string[] | null = null;
  const flush = () => {
    if (paragraph.length > 0) out.push(`<p>${inline(paragraph.join(' '))}</p>`);
    if (list) out.push(`<ul>${list.map((item) => `<li>${inline(item)}</li>`).join('')}</ul>`);
    paragraph = [];
    list = null;
  };
  for (const line of markdown.split('\n')) {
    const heading = /^(#{1,3}) (.+)$/.exec(line);
    const item = /^- (.+)$/.exec(line);
    if (heading) {
      flush();
      const level = heading[1]!.length;
      out.push(`<h${level}>${inline(heading[2]!.trim())}</h${level}>`);
    } else if (item) {
      if (paragraph.length > 0) flush();
      (list ??= []).push(item[1]!.trim());
    } else if (line.trim() === '') {
      flush();
    } else if (list && /^\s+\S/.test(line)) {
      list[list.length - 1] += ` ${line.trim()}`;
    } else {
      if (list) flush();
      paragraph.push(line.trim());
    }
  }
  flush();
  return out.join('\n');
}

/** The whole page in a locale: the theme's colours, light and dark, and no script. */
export function privacyPage(locale = 'en', markdown = privacySource(locale)): string {
  const title = /^# (.+)$/m.exec(markdown)?.[1] ?? 'Privacy';
  return `<!doctype html>
<html lang="${locale.replace('_', '-')}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
:root { color-scheme: light dark; --bg: #fbf8f4; --text: #24302c; --muted: #55625d; --code: #dcece6; }
@media (prefers-color-scheme: dark) { :root { --bg: #161c1a; --text: #e8eeeb; --muted: #a9b5b0; --code: #2a3b36; } }
body { margin: 0; background: var(--bg); color: var(--text); font: 16px/1.55 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; }
main { max-width: 720px; margin: 0 auto; padding: 32px 20px 64px; }
h1 { font-size: 1.6rem; line-height: 1.2; } h2 { font-size: 1.25rem; margin-top: 2em; } h3 { font-size: 1.05rem; margin-top: 1.5em; }
li { margin: 0.3em 0; }
code { background: var(--code); border-radius: 4px; padding: 0 0.25em; font-size: 0.92em; }
</style>
</head>
<body>
<main>
${markdownToHtml(markdown)}
</main>
</body>
</html>
`;
}
