#!/usr/bin/env node
// `npm test`: the whole suite — type check, unit and component tests, then the real-browser tests against a
// fresh production build, then the Firefox build's lint. Prints the totals across suites as its last line,
// "N passed, N failed", and exits non-zero when anything failed or no test ran.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';

const RESULTS = 'test-results';
mkdirSync(RESULTS, { recursive: true });

function run(label, command, args) {
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  return result.status === 0;
}

function vitest(label, extraArgs, outputFile) {
  const ok = run(label, 'npx', ['vitest', 'run', ...extraArgs, '--reporter=default', '--reporter=json', `--outputFile.json=${outputFile}`]);
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
const built = run('build (Chrome MV3)', 'npx', ['wxt', 'build']);
steps.push({ label: 'build', ok: built });
const e2e = built
  ? vitest('real-browser tests (headless Chromium)', ['--config', 'vitest.e2e.config.ts'], `${RESULTS}/e2e.json`)
  : { passed: 0, failed: 1 };
const firefox = run('build (Firefox MV3)', 'npx', ['wxt', 'build', '-b', 'firefox', '--mv3']) &&
  run('web-ext lint (Firefox)', 'npx', ['web-ext', 'lint', '--source-dir', '.output/firefox-mv3', '--self-hosted', '--output', 'text']);
steps.push({ label: 'firefox build and lint', ok: firefox });
steps.push({ label: 'reproducible Firefox build', ok: run('Firefox package rebuilt from its sources zip (npm run verify:release)', 'node', ['scripts/verify-release.mjs']) });

const passed = unit.passed + e2e.passed + steps.filter((s) => s.ok).length;
const failed = unit.failed + e2e.failed + steps.filter((s) => !s.ok).length;
console.log(`\nunit: ${unit.passed} passed, ${unit.failed} failed · real browser: ${e2e.passed} passed, ${e2e.failed} failed · checks: ${steps.map((s) => `${s.label} ${s.ok ? 'ok' : 'FAILED'}`).join(', ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || unit.passed === 0 || e2e.passed === 0 ? 1 : 0);
