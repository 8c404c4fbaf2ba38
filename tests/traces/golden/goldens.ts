import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../../../electron/cli/main';

export const GOLDEN_DIR = dirname(fileURLToPath(import.meta.url));
const TRACES_DIR = dirname(GOLDEN_DIR);

const traceFiles = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl') && !f.endsWith('.replay.jsonl'))
    .sort()
    .map((f) => join(dir, f));

/** Every trace with a golden output: the examples in tests/traces and the variants here. */
export function goldenTraces(): { trace: string; golden: string }[] {
  return [...traceFiles(TRACES_DIR), ...traceFiles(GOLDEN_DIR)].map((trace) => ({
    trace,
    golden: join(GOLDEN_DIR, trace.slice(trace.lastIndexOf('/') + 1).replace(/\.jsonl$/, '.replay.jsonl')),
  }));
}

/** What `mobes replay TRACE` prints for this trace text, exactly. */
export function replayOutput(text: string, path: string): string {
  let out = '';
  let err = '';
  const code = main(['replay', path], {
    stdout: (t) => (out += t),
    stderr: (t) => (err += t),
    readFile: () => text,
  });
  if (code !== 0) throw new Error(`mobes replay ${path} failed: ${err}`);
  return out;
}
