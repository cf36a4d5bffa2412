import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HISTORY_MAX_AGE_DAYS, HISTORY_MAX_ENTRIES } from '../../lib/history/history';
import { LOCALES, privacyPageFor } from '../../lib/locales/locales';
import { initialState } from '../../lib/schedule/state';
import { TIP_HINT_KEY } from '../../shell/tip-hint';
import { SETTINGS_FIELD_NAMES } from '../../lib/settings/settings';
import { markdownToHtml, privacyPage } from '../../scripts/privacy-page';
import config from '../../wxt.config';

const ROOT = resolve(import.meta.dirname, '../..');
const POLICY = readFileSync(resolve(ROOT, 'PRIVACY.md'), 'utf8');
const CHROME_ANSWERS = readFileSync(resolve(ROOT, 'docs/store/privacy-answers.md'), 'utf8');

/** The manifest wxt.config.ts gives a browser. */
async function manifestFor(browser: 'chrome' | 'firefox') {
  const manifest = typeof config.manifest === 'function' ? config.manifest({ browser } as never) : config.manifest;
  return (await manifest) ?? {};
}

/** The text of one `## ` section of the policy. */
const section = (title: string) => POLICY.split(/^## /m).find((s) => s.startsWith(title)) ?? '';

describe('the privacy policy says what the code does', () => {
  it.each(SETTINGS_FIELD_NAMES)('names the setting %s under storage.sync', (field) => {
    expect(section('What is stored').split('### The reminder state')[0]).toContain(`\`${field}\``);
  });

  it.each(Object.keys(initialState()))('names the state field %s under storage.local', (field) => {
    expect(section('What is stored').split('### The reminder state')[1]).toContain(`\`${field}\``);
  });

  it('names the one thing kept outside extension storage: the popup\'s first-tip note in localStorage', () => {
    expect(POLICY).toContain(`\`${TIP_HINT_KEY}\``);
  });

  it('gives the history caps the code applies', () => {
    expect(section('For how long')).toContain(`**${HISTORY_MAX_AGE_DAYS} days**`);
    expect(section('For how long')).toContain(`**${HISTORY_MAX_ENTRIES.toLocaleString('en')} entries**`);
  });

  it('lists exactly the permissions the manifest asks for', async () => {
    const manifest = await manifestFor('chrome');
    for (const permission of manifest.permissions ?? []) expect(section('What never leaves')).toContain(`\`${permission}\``);
    expect(manifest.permissions).toEqual(['alarms', 'notifications', 'storage', 'idle']);
  });

  it('matches the stores\' answers: Firefox collects nothing, Chrome\'s disclosures say the same', async () => {
    const manifest = await manifestFor('firefox');
    const gecko = (manifest as { browser_specific_settings?: { gecko?: { data_collection_permissions?: unknown } } })
      .browser_specific_settings?.gecko;
    expect(gecko?.data_collection_permissions).toEqual({ required: ['none'] });
    expect(CHROME_ANSWERS).toMatch(/does not collect or use any of these/);
    expect(CHROME_ANSWERS).toContain('Are you using remote code? **No**');
  });
});

describe('markdownToHtml', () => {
  it.each([
    ['# Title', '<h1>Title</h1>'],
    ['### Small', '<h3>Small</h3>'],
    ['one\ntwo', '<p>one two</p>'],
    ['- a\n- b\n  more', '<ul><li>a</li><li>b more</li></ul>'],
    ['**bold** and *soft*', '<p><strong>bold</strong> and <em>soft</em></p>'],
    ['keys `settings$` and `*not*`', '<p>keys <code>settings$</code> and <code>*not*</code></p>'],
    ['<script>alert(1)</script> & "x"', '<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;</p>'],
  ])('%j → %s', (markdown, html) => {
    expect(markdownToHtml(markdown)).toBe(html);
  });

  it('ends a list at a paragraph that is not indented', () => {
    expect(markdownToHtml('- a\nText')).toBe('<ul><li>a</li></ul>\n<p>Text</p>');
  });
});

describe('privacyPage', () => {
  it('is the whole policy, titled by its heading, with no script and nothing from the web', () => {
    const page = privacyPage();
    expect(page).toContain('<title>Back to Core — privacy policy</title>');
    expect(page).toContain('<h2>What never leaves your computer</h2>');
    expect(page.match(/<h[23]>/g)?.length).toBe(POLICY.match(/^##+ /gm)?.length);
    expect(page).not.toMatch(/<script|https?:|src=|href=/);
  });
});

describe.each(LOCALES.filter((locale) => locale !== 'en'))('the %s privacy policy', (locale) => {
  const file = resolve(ROOT, 'lib/locales', locale, 'privacy.md');
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '';

  it('is a translation of its own, with the same sections as English', () => {
    expect(text, `lib/locales/${locale}/privacy.md`).not.toBe('');
    expect(text).not.toBe(POLICY);
    expect(text.match(/^##+ /gm)?.length).toBe(POLICY.match(/^##+ /gm)?.length);
  });

  it('names every stored field and every permission, as English does', async () => {
    const named = (name: string) => text.includes(`\`${name}\``);
    const fields = [...SETTINGS_FIELD_NAMES, ...Object.keys(initialState()), TIP_HINT_KEY];
    expect(fields.filter((field) => !named(field))).toEqual([]);
    const manifest = await manifestFor('chrome');
    expect((manifest.permissions ?? []).filter((permission) => !named(permission))).toEqual([]);
  });

  it('gives the same history caps', () => {
    expect(text).toContain(String(HISTORY_MAX_AGE_DAYS));
    expect(text.replace(/[\s.,\u00a0\u202f]/g, '')).toContain(String(HISTORY_MAX_ENTRIES));
  });

  it('is shipped as its own page, in its language, and the options page links to it', () => {
    expect(privacyPageFor(locale)).toBe(`privacy.${locale}.html`);
    expect(privacyPage(locale)).toContain(`<html lang="${locale.replace('_', '-')}">`);
    expect(privacyPage(locale)).not.toMatch(/<script|https?:|src=|href=/);
  });
});
