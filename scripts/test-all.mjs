#!/usr/bin/env node
// `npm test`: the whole suite — type check, unit and component tests, then the real-browser tests against a
// fresh production build (headless Chromium), then the Firefox build's lint and the real-Firefox suite on the
// current ESR and on 140 ESR, the manifest's minimum. Prints the totals across suites as its last line,
// "N passed, N failed", and exits non-zero when anything failed or no test ran.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';

const RESULTS = 'test-results';
mkdirSync(RESULTS, { recursive: true });

function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32', env: { ...process.env, ...env } });
  return result.status === 0;
}

function vitest(label, extraArgs, outputFile, env) {
  const ok = run(label, 'npx', ['vitest', 'run', ...extraArgs, '--reporter=default', '--reporter=json', `--outputFile.json=${outputFile}`], env);
  let passed = 0;
  let failed = ok ? 0 : 1; // a suite that crashed before reporting still counts as a failure
  try {
    const report = JSON.parse(readFileSync(outputFile, 'utf8'));
    passed = report.numPassedTests;
    failed = Math.max(report.numFailedTests, ok ? 0 : 1);
  } catch {
    // no report: counted as one failure above
  }
  return { passed, failed };
}

const steps = [];
steps.push({ label: 'typecheck', ok: run('typecheck', 'npx', ['tsc', '--noEmit']) });
const unit = vitest('unit and component tests', [], `${RESULTS}/unit.json`);
// The pseudo-locale build (scripts/pseudo-locale.ts) is for the real-browser layout tests only.
const built = run('build (Chrome MV3)', 'npx', ['wxt', 'build']) && run('build (Chrome MV3, pseudo-locale)', 'npx', ['wxt', 'build', '--mode', 'pseudo']);
steps.push({ label: 'build', ok: built });
const e2e = built
  ? vitest('real-browser tests (headless Chromium)', ['--config', 'vitest.e2e.config.ts'], `${RESULTS}/e2e.json`)
  : { passed: 0, failed: 1 };
const firefoxBuilt = run('build (Firefox MV3)', 'npx', ['wxt', 'build', '-b', 'firefox', '--mv3']);
const linted = firefoxBuilt && run('web-ext lint (Firefox)', 'npx', ['web-ext', 'lint', '--source-dir', '.output/firefox-mv3', '--self-hosted', '--output', 'text']);
steps.push({ label: 'firefox build and lint', ok: linted });
steps.push({ label: 'reproducible Firefox build', ok: run('Firefox package rebuilt from its sources zip (npm run verify:release)', 'node', ['scripts/verify-release.mjs']) });

// The same build in a real Firefox, on each ESR we support (.ci/run installs both).
const FIREFOXES = [
  { name: 'current ESR', path: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', hint: 'apt-get install firefox-esr' },
  { name: '140 ESR', path: process.env.FIREFOX_140_PATH ?? '/opt/firefox-140/firefox-esr', hint: 'scripts/install-firefox-140.sh' },
];
const inFirefox = FIREFOXES.map(({ name, path, hint }, i) => {
  if (!firefoxBuilt) return { name, passed: 0, failed: 1, seconds: 0 };
  if (!existsSync(path)) {
    console.log(`\n✗ real Firefox (${name}): no Firefox at ${path} (${hint}, or set ${i === 0 ? 'FIREFOX_PATH' : 'FIREFOX_140_PATH'})`);
    return { name, passed: 0, failed: 1, seconds: 0 };
  }
  const started = Date.now();
  const result = vitest(`real Firefox (${name}, ${path})`, ['--config', 'vitest.firefox.config.ts'], `${RESULTS}/firefox-${i}.json`, { FIREFOX_PATH: path });
  return { name, ...result, seconds: Math.round((Date.now() - started) / 1000) };
});

const firefoxPassed = inFirefox.reduce((n, r) => n + r.passed, 0);
const firefoxFailed = inFirefox.reduce((n, r) => n + r.failed, 0);
const passed = unit.passed + e2e.passed + firefoxPassed + steps.filter((s) => s.ok).length;
const failed = unit.failed + e2e.failed + firefoxFailed + steps.filter((s) => !s.ok).length;
console.log(
  `\nunit: ${unit.passed} passed, ${unit.failed} failed · real browser: ${e2e.passed} passed, ${e2e.failed} failed · ` +
    inFirefox.map((r) => `Firefox ${r.name}: ${r.passed} passed, ${r.failed} failed (${r.seconds} s)`).join(' · ') +
    ` · checks: ${steps.map((s) => `${s.label} ${s.ok ? 'ok' : 'FAILED'}`).join(', ')}`,
);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || unit.passed === 0 || e2e.passed === 0 || inFirefox.some((r) => r.passed === 0) ? 1 : 0);
