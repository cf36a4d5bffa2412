import type { Plugin, Rolldown } from 'vite';

/**
 * Two changes to the popup's build, each for its first paint (README, Performance):
 *  - its stylesheet goes into popup.html as a <style>: a request of its own could come back after the script
 *    (an extension file takes 20–80 ms to arrive on a busy machine), and the script waits for it. Extension
 *    pages' policy limits scripts, not styles, in Chrome and Firefox alike;
 *  - its entry script starts with V8's compile hint (`//# allFunctionsCalledOnLoad`, Chromium 136 and later; a
 *    plain comment elsewhere): nearly all of it runs at once, so it is compiled as it loads rather than
 *    function by function on the page's one thread.
 */
export function popupFirstPaint(): Plugin {
  return {
    name: 'btc:popup-first-paint',
    // Last, once the build's own helpers are at the top of the chunk: the hint must be its first line.
    generateBundle: { order: 'post', handler: (_options, bundle) => rewritePopup(bundle) },
  };
}

function rewritePopup(bundle: Rolldown.OutputBundle): void {
  for (const chunk of Object.values(bundle)) {
    if (chunk.type === 'chunk' && chunk.isEntry && chunk.name === 'popup') chunk.code = `//# allFunctionsCalledOnLoad\n${chunk.code}`;
  }
  const page = Object.values(bundle).find((file) => file.type === 'asset' && /(^|\/)popup(\/index)?\.html$/.test(file.fileName));
  if (page?.type !== 'asset') return;
  const html = String(page.source);
  const link = html.match(/<link rel="stylesheet"[^>]* href="\/?([^"]+\.css)">/);
  const sheet = link ? bundle[link[1]!] : undefined;
  if (!link || sheet?.type !== 'asset') return;
  page.source = html.replace(link[0], () => `<style>${String(sheet.source).trim()}</style>`);
  delete bundle[link[1]!];
}
