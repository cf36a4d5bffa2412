/**
 * The real-Firefox suite's error collector (tests/firefox/console-collector.ts) over lines Firefox 153 and 140
 * really wrote: a page or the background that logs or throws must fail the check; Firefox's own noise must not.
 */
import { describe, expect, it } from 'vitest';
import { addOnProblems, lineSplitter } from '../firefox/console-collector';

const ADD_ON = { id: 'back-to-core@backtocore.app', uuid: '3d6c2b8e-6f1a-4c2e-9c35-0b7e1d2a4f10' };
const ORIGIN = `moz-extension://${ADD_ON.uuid}`;

describe('addOnProblems', () => {
  it.each([
    ['a console.error from a page or the background (stdout)', 'console.error: "Back to Core: could not save history"'],
    ['a console.warn (stdout)', 'console.warn: "Back to Core: the notification could not be shown"'],
    ['an uncaught error in an extension page (stderr)', `JavaScript error: ${ORIGIN}/popup.html, line 1: Error: boom`],
    ['an unhandled rejection in an extension page (stderr)', `JavaScript error: ${ORIGIN}/options.html, line 1: Error: rejected`],
    ['a script warning in one of our chunks (stderr)', `JavaScript warning: ${ORIGIN}/chunks/theme-CIEC1tk6.js, line 1: Script terminated by timeout at:`],
    [
      'Firefox warning about the add-on (console service, 153)',
      '[JavaScript Warning: "In add-on back-to-core@backtocore.app, attempting to use listener "notifications.onButtonClicked", which is unimplemented." {file: "resource://gre/modules/ExtensionParent.sys.mjs" line: 1401}]',
    ],
    ['an error in our code (console service, 153)', `[JavaScript Error: "TypeError: x is undefined" {file: "${ORIGIN}/background.js" line: 3}]`],
  ])('counts %s', (_, line) => {
    expect(addOnProblems([line], ADD_ON)).toEqual([line]);
  });

  it.each([
    ['Firefox chrome code failing at shutdown', 'JavaScript error: resource://gre/modules/PrivateBrowsingUtils.sys.mjs, line 50: TypeError: can\'t access property "QueryInterface", aWindow.docShell is null'],
    ['the remote agent\'s own exception', 'Handler function threw an exception: TypeError: can\'t access property "id", context is null'],
    ['a stack line', '@resource://devtools/shared/network-observer/NetworkObserver.sys.mjs:703:53'],
    ['the remote agent\'s log', '1796107944674\tRemoteAgent\tWARN\tPollPromise timed out after 100 ms'],
    ['Firefox\'s own warning about its chrome', '[JavaScript Warning: "Window.fullScreen attribute is deprecated and will be removed in the future." {file: "chrome://browser/content/browser.js" line: 403}]'],
    ['another add-on\'s script error', 'JavaScript error: moz-extension://00000000-0000-0000-0000-000000000000/x.js, line 1: Error'],
    ['an ordinary log line from a page', 'console.log: "hello"'],
  ])('ignores %s', (_, line) => {
    expect(addOnProblems([line], ADD_ON)).toEqual([]);
  });

  it('reports each problem once, in order, among other output', () => {
    const lines = [
      '*** You are running in headless mode.',
      'console.warn: "first"',
      `JavaScript error: ${ORIGIN}/popup.html, line 1: Error: second`,
      'console.warn: "first"',
      '',
    ];
    expect(addOnProblems(lines, ADD_ON)).toEqual(['console.warn: "first"', `JavaScript error: ${ORIGIN}/popup.html, line 1: Error: second`]);
  });
});

describe('lineSplitter', () => {
  it('rebuilds lines split across chunks and drops blank ones', () => {
    const lines: string[] = [];
    const feed = lineSplitter((line) => lines.push(line));
    feed('console.er');
    feed('ror: "a"\n\nconsole.warn: "b"\nJavaScript');
    feed(' error: x\n');
    expect(lines).toEqual(['console.error: "a"', 'console.warn: "b"', 'JavaScript error: x']);
  });
});
