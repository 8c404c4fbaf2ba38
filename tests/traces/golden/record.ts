/**
 * Rewrites the golden replay files: each generated variant trace, and the `mobes replay` output of
 * every trace in tests/traces and here. Run `npx tsx tests/traces/golden/record.ts` only when a
 * change of behaviour is meant; tests/unit/goldenReplay.test.ts checks the files byte for byte.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GOLDEN_DIR, goldenTraces, replayOutput } from './goldens';
import { VARIANTS } from './variants';

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const [name, make] of Object.entries(VARIANTS)) writeFileSync(join(GOLDEN_DIR, name), make());
  for (const { trace, golden } of goldenTraces()) {
    writeFileSync(golden, replayOutput(readFileSync(trace, 'utf8'), trace));
    console.log(`wrote ${golden}`);
  }
}
