import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GOLDEN_DIR, goldenTraces, replayOutput } from '../traces/golden/goldens';
import { VARIANTS } from '../traces/golden/variants';

describe('golden replays: `mobes replay` prints exactly the recorded output', () => {
  const traces = goldenTraces();

  it('covers every example trace and every variant', () => {
    const names = traces.map((t) => basename(t.trace));
    expect(names).toEqual(expect.arrayContaining(['office-day.jsonl', ...Object.keys(VARIANTS)]));
    expect(names.length).toBeGreaterThanOrEqual(6);
  });

  it('keeps the variant trace files as their generator writes them', () => {
    for (const [name, make] of Object.entries(VARIANTS))
      expect(readFileSync(`${GOLDEN_DIR}/${name}`, 'utf8'), name).toBe(make());
  });

  it.each(traces.map((t) => [basename(t.trace), t] as const))('%s', (_name, { trace, golden }) => {
    const out = replayOutput(readFileSync(trace, 'utf8'), trace);
    // Compared as one string: byte for byte, the order of keys and lines included.
    expect(out === readFileSync(golden, 'utf8')).toBe(true);
  });
});
