#!/usr/bin/env node
// Renders every drawing in components/illustrations, in the light and the dark theme, at the width the popup
// shows them (112 px) and at full size, to docs/illustrations.png with Debian's Chromium. Run after drawing.
//   node scripts/illustration-sheet.mjs [out.png] [--only id,id] [--width px] [--theme light,dark] [--scale 2]
import { readdirSync, readFileSync } from 'node:fs';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';

const args = process.argv.slice(2);
const flag = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const only = flag('--only')?.split(',');
const width = Number(flag('--width') ?? 112);
const themes = flag('--theme')?.split(',') ?? ['light', 'dark'];
const scale = Number(flag('--scale') ?? 2);
const out = args[0] ?? 'docs/illustrations.png';

const bundle = await build({
  stdin: {
    contents: `
      import { h, render } from 'preact';
      import { Illustration, ILLUSTRATION_IDS } from './components/illustrations/index';
      window.drawAll = (only, themes) => {
        const ids = ILLUSTRATION_IDS.filter((id) => !only || only.includes(id));
        for (const theme of themes) {
          const column = document.getElementById(theme);
          render(ids.map((id) => h('figure', {}, h(Illustration, { id }), h('figcaption', {}, id))), column);
        }
      };`,
    resolveDir: new URL('..', import.meta.url).pathname,
    loader: 'tsx',
  },
  bundle: true,
  write: false,
  format: 'iife',
  jsx: 'automatic',
  jsxImportSource: 'preact',
  loader: { '.json': 'json' },
  plugins: [{ name: 'i18n', setup: (b) => b.onResolve({ filter: /^wxt\/browser$/ }, () => ({ path: 'i18n', namespace: 'i18n' })) }, i18nShim()],
});

// A plain page has no extension APIs: the text alternatives come from the locale files directly.
function i18nShim() {
  const dir = new URL('../lib/locales/en/', import.meta.url);
  const messages = Object.assign({}, ...readdirSync(dir).map((f) => JSON.parse(readFileSync(new URL(f, dir), 'utf8'))));
  const contents = `const m = ${JSON.stringify(messages)};
    export const browser = { i18n: { getMessage: (key) => m[key]?.message ?? '' } };`;
  return { name: 'i18n-shim', setup: (b) => b.onLoad({ filter: /.*/, namespace: 'i18n' }, () => ({ contents, loader: 'js' })) };
}

const css = `
  html, body { margin: 0; font: 12px system-ui, sans-serif; }
  main { display: flex; }
  section { display: grid; grid-template-columns: repeat(4, ${width + 24}px); gap: 10px; padding: 14px; }
  #light { background: #ffffff; color: #2f6f5e; }
  #dark { background: #202826; color: #7cc4ad; }
  figure { margin: 0; display: flex; flex-direction: column; align-items: center; gap: 2px; }
  figure svg { width: ${width}px; height: auto; display: block; }
  figcaption { color: #888; font-size: 10px; }`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--headless=new'] });
const page = await browser.newPage({ viewport: { width: themes.length * (4 * (width + 34) + 28), height: 300 }, deviceScaleFactor: scale });
await page.setContent(`<style>${css}</style><main>${themes.map((theme) => `<section id="${theme}"></section>`).join('')}</main>`);
await page.addScriptTag({ content: bundle.outputFiles[0].text });
await page.evaluate(([ids, th]) => window.drawAll(ids, th), [only ?? null, themes]);
await page.locator('main').screenshot({ path: out });
await browser.close();
console.log(`wrote ${out}`);
