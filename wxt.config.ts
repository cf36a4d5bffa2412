import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { mergedMessages, shippedForm, shippedLocales } from './scripts/locale-messages';
import { popupFirstPaint } from './scripts/first-paint';
import { polyfillAsModule } from './scripts/polyfill-esm';
import { privacyPage } from './scripts/privacy-page';
import { pseudoMessages, pseudoTipText } from './scripts/pseudo-locale';
import { privacyPageFor, type Locale } from './lib/locales/locales';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // A reader should see where every name comes from.
  imports: false,
  // `--mode pseudo` builds the layout tests' pseudo-locale (scripts/pseudo-locale.ts) into .output/*-pseudo.
  vite: (env) => ({ plugins: [preact(), polyfillAsModule(), popupFirstPaint(), ...(env.mode === 'pseudo' ? [pseudoTipText()] : [])] }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    short_name: 'Back to Core',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['alarms', 'notifications', 'storage', 'idle'],
    action: { default_title: '__MSG_extName__' },
    commands: {
      'toggle-feed': {
        suggested_key: { default: 'Alt+Shift+F' },
        description: '__MSG_commandToggleFeed__',
      },
    },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'back-to-core@backtocore.app',
          strict_min_version: '140.0',
          data_collection_permissions: { required: ['none'] },
        },
        // Firefox for Android learnt data_collection_permissions in 142; declaring that as its minimum keeps
        // the key meaningful there (web-ext lint warns otherwise) without raising the desktop minimum.
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
  // The Firefox sources zip (AMO's review copy): what `npm ci && npm run build:firefox` needs, and the README
  // that says so — not tests, docs, store assets or the maintainers' scripts. WXT already leaves out dotfiles,
  // node_modules, .output and *.test.* files. `npm run verify:release` rebuilds from this zip and compares.
  zip: {
    excludeSources: [
      'tests/**', 'vitest.config.ts', 'vitest.e2e.config.ts', 'scripts/**', 'docs/**',
      'CHANGELOG.md', 'test-results/**', 'coverage/**', 'stats.html',
    ],
    // The scripts the build itself runs (wxt.config.ts imports them); includes win over excludes.
    includeSources: ['scripts/first-paint.ts', 'scripts/locale-messages.ts', 'scripts/polyfill-esm.ts', 'scripts/privacy-page.ts', 'scripts/pseudo-locale.ts'],
  },
  hooks: {
    // The popup is built on its own, apart from the options and welcome pages: sharing chunks with them put their
    // code and the chunks' import lists into the popup's first load (its size budget, README Performance).
    'entrypoints:grouped': (_wxt, groups) => {
      const pages = groups.find((group) => Array.isArray(group) && group.some((entry) => entry.name === 'popup'));
      if (!Array.isArray(pages) || pages.length < 2) return;
      const popup = pages.splice(pages.findIndex((entry) => entry.name === 'popup'), 1);
      groups.push(popup);
    },
    // The tip words chunks keep their module's name (chunks/tip-words/<locale>/<group>.js): the popup's first load
    // holds the map of all of them, where eight random hash characters each would not compress.
    'vite:build:extendConfig': (_entrypoints, config) => {
      const output = config.build?.rollupOptions?.output;
      if (!output || Array.isArray(output) || typeof output.chunkFileNames !== 'string') return;
      const others = output.chunkFileNames;
      output.chunkFileNames = (chunk) => {
        const words = chunk.facadeModuleId?.match(/\/tip-words\/([\w-]+)\/([\w-]+)\.ts$/);
        return words ? `chunks/tip-words/${words[1]}/${words[2]}.js` : others;
      };
    },
    // Locale strings are kept in one file per area (lib/locales/<locale>/*.json) so that each part of the
    // extension owns its own; the browser wants them as one _locales/<locale>/messages.json. Beside them, each
    // locale's privacy policy (from PRIVACY.md and its translations): the options page links to the one in its
    // language, and it needs no network.
    'build:publicAssets': (wxt, files) => {
      const pseudo = wxt.config.mode === 'pseudo';
      for (const locale of pseudo ? ['en'] : shippedLocales()) {
        const messages = pseudo ? pseudoMessages(mergedMessages('en')) : mergedMessages(locale);
        files.push({ relativeDest: `_locales/${locale}/messages.json`, contents: JSON.stringify(shippedForm(messages)) });
        files.push({ relativeDest: privacyPageFor(locale as Locale), contents: privacyPage(locale) });
      }
    },
  },
});
