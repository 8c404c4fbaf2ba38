#!/usr/bin/env node
/**
 * `npm run bench`: the engine and history bench (scripts/bench-engine.ts), the busy-detector bench
 * (scripts/bench-context.ts), then the renderer bench
 * (scripts/bench-renderer.mjs) when there is one. A bench that fails is reported and the next one still
 * runs; the exit status is 0 either way, since a bench reports figures and is not a pass/fail test.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function run(label, args) {
  console.log(`\n=== ${label}\n`);
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (r.error) console.log(`\n${label} could not start: ${r.error.message}`);
  else if (r.status !== 0) console.log(`\n${label} failed (exit ${r.status ?? r.signal}); carrying on.`);
  return r.status === 0;
}

// tsx as a loader (node --import tsx) runs the TypeScript bench without a build step.
const results = [['engine bench', run('engine bench', ['--import', 'tsx', 'scripts/bench-engine.ts'])]];
results.push([
  'busy-detector bench',
  run('busy-detector bench', ['--import', 'tsx', 'scripts/bench-context.ts']),
]);
const renderer = join(root, 'scripts', 'bench-renderer.mjs');
if (existsSync(renderer)) results.push(['renderer bench', run('renderer bench', [renderer])]);
else console.log('\n(no scripts/bench-renderer.mjs: renderer bench skipped)');

console.log(`\n${results.map(([label, ok]) => `${label}: ${ok ? 'ran' : 'FAILED'}`).join(', ')}`);
