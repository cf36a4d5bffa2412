/**
 * Finds the add-on's own errors and warnings in what Firefox reports about itself. Firefox's remote agent sends
 * no console events for extension pages (bug 1755014), so the suite reads three other places:
 * - stdout, with `devtools.console.stdout.content`: every console call of a content-scope page, extension
 *   pages and the background page included, as `console.error: "…"` / `console.warn: "…"`. The test profile
 *   opens no other content (prefs silence Firefox's own new-tab and remote-settings loggers), so every such
 *   line is ours.
 * - stderr: uncaught errors and rejections as `JavaScript error: <url>, line N: …` (and warnings the same way),
 *   ours when the url is our moz-extension:// origin; Firefox's own chrome code also writes here (e.g. at
 *   shutdown) and is not ours.
 * - the console service (Firefox 153, read in the chrome scope): script errors and warnings as
 *   `[JavaScript Warning: "…" {file: "…" line: …}]`, including Firefox's warnings *about* the add-on ("In
 *   add-on <id>, attempting to use listener … which is unimplemented").
 * Pure: lines in, problems out, so it is unit-tested over real Firefox output (tests/unit/firefox-console.test.ts).
 */

export interface AddOn {
  /** The gecko id from the manifest. */
  id: string;
  /** The moz-extension:// host pinned with `extensions.webextensions.uuids`. */
  uuid: string;
}

const CONSOLE_CALL = /^console\.(error|warn):/;
const SCRIPT_PROBLEM = /^JavaScript (error|warning):/i;
const CONSOLE_SERVICE_PROBLEM = /^\[JavaScript (Error|Warning):/;

/** The lines that report an error or a warning from the add-on; each once, in the order seen. */
export function addOnProblems(lines: readonly string[], addOn: AddOn): string[] {
  const origin = `moz-extension://${addOn.uuid}/`;
  const ours = (line: string) => line.includes(origin) || line.includes(`add-on ${addOn.id}`);
  const problems = lines
    .map((line) => line.trim())
    .filter((line) => CONSOLE_CALL.test(line) || ((SCRIPT_PROBLEM.test(line) || CONSOLE_SERVICE_PROBLEM.test(line)) && ours(line)));
  return [...new Set(problems)];
}

/** Splits a stream into whole lines as chunks arrive (a chunk may end mid-line). */
export function lineSplitter(onLine: (line: string) => void): (chunk: string) => void {
  let rest = '';
  return (chunk) => {
    const parts = (rest + chunk).split('\n');
    rest = parts.pop() ?? '';
    for (const part of parts) if (part.trim()) onLine(part);
  };
}
