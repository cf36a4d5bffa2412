import type { Plugin } from 'vite';

/**
 * webextension-polyfill ships one UMD file. The bundler imports CommonJS through `__toESM`, which copies every own
 * property of the module's export, and in Chromium (144 and later) and Firefox that export is the browser's own
 * `browser` object: its API namespaces are built on first touch, so the copy built all of them (windows, tabs,
 * action…) in every page and at every service-worker start, 3–9 ms each time on our CI machine (README,
 * Performance). This presents the same file as an ES module whose default export is its `module.exports`, so that
 * a namespace is built only when the extension uses it. The file's own code is unchanged.
 */
export function polyfillAsModule(): Plugin {
  return {
    name: 'btc:polyfill-as-module',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]webextension-polyfill[\\/]dist[\\/]browser-polyfill(\.min)?\.js$/.test(id)) return null;
      // The UMD header takes its CommonJS branch (`factory(module)`) when `exports` is defined.
      return { code: `const module = { exports: {} };\nconst exports = module.exports;\n${code}\nexport default module.exports;\n`, map: null };
    },
  };
}
