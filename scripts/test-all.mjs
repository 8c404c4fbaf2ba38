#!/usr/bin/env node
/**
 * The whole test command: type check, lint and format, unit/main/renderer suites, a production build,
 * the security scan of that build, and the Playwright suites. Every step runs even if an earlier one
 * failed, so one run shows everything; the last line counts every test and check:
 * "N passed, N failed, N skipped".
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const totals = { passed: 0, failed: 0, skipped: 0 };
const lines = [];

function run(label, command, args, env = {}) {
  console.log(`\n=== ${label}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const r = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env }, shell: false });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  return { ok: r.status === 0, seconds };
}

/** A step that is one check: it passes or fails as a whole. */
function check(label, command, args, env) {
  const { ok, seconds } = run(label, command, args, env);
  totals[ok ? 'passed' : 'failed']++;
  lines.push(`${ok ? 'ok  ' : 'FAIL'} ${label} (${seconds} s)`);
  return ok;
}

/** A step whose runner reports its own counts in a JSON file. */
function suite(label, command, args, env, file, count) {
  rmSync(file, { force: true });
  const { ok, seconds } = run(label, command, args, env);
  let counts;
  try {
    counts = count(JSON.parse(readFileSync(file, 'utf8')));
  } catch (error) {
    counts = { passed: 0, failed: 1, skipped: 0 };
    console.error(`${label}: no readable results in ${file}: ${error.message}`);
  }
  if (!ok && counts.failed === 0) counts.failed = 1; // the runner failed outside any test
  for (const k of Object.keys(totals)) totals[k] += counts[k];
  lines.push(
    `${counts.failed ? 'FAIL' : 'ok  '} ${label}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped (${seconds} s)`,
  );
}

const bin = (name) => `node_modules/.bin/${name}`;

check('type check', bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']);
check('lint', bin('eslint'), ['.', '--max-warnings=0']);
check('format', bin('prettier'), ['--check', '.']);
suite(
  'unit, main and renderer tests',
  bin('vitest'),
  ['run', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/vitest.json'],
  {},
  'test-results/vitest.json',
  (j) => ({
    passed: j.numPassedTests,
    failed: j.numFailedTests,
    skipped: j.numPendingTests + j.numTodoTests,
  }),
);
const built = check('build (app and command line)', 'npm', ['run', '--silent', 'build']);
if (built) {
  check('security scan of the build', 'node', ['scripts/security-scan.mjs']);
  check('no import cycle between renderer chunks', 'node', ['scripts/check-chunks.mjs', 'out/renderer']);
} else lines.push('skip security scan and chunk check: the build failed');
suite(
  'end-to-end tests (Playwright)',
  bin('playwright'),
  ['test', '--reporter=list,json'],
  { PLAYWRIGHT_JSON_OUTPUT_NAME: 'test-results/playwright.json' },
  'test-results/playwright.json',
  (j) => ({
    passed: j.stats.expected + j.stats.flaky,
    failed: j.stats.unexpected,
    skipped: j.stats.skipped,
  }),
);

console.log('\n=== summary');
for (const line of lines) console.log(line);
if (!existsSync('/usr/bin/chromium'))
  console.log("note: /usr/bin/chromium is missing; install Debian's chromium package");
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed ? 1 : 0);
