import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../shared/catalog/catalog';
import type { Area } from '../../shared/catalog/types';
import { replay } from '../../shared/sim/replay';
import { parseTrace } from '../../shared/trace/parse';
import { TRACES_DIR } from '../traces/generate';

/**
 * The open-office user ("seated only") through a whole replayed office day in the running core, not
 * only in the selection function: each main area rotates through at least three of its seated mobes,
 * and no mobe comes twice in a row.
 */
const office = readFileSync(join(TRACES_DIR, 'office-day.jsonl'), 'utf8');
const areaOf = new Map(CATALOG.map((m) => [m.id, m.area]));

function seatedDay(seed: number) {
  const text = office.replace(
    /^\{"type":"start",(.*)"seed":1\}$/m,
    `{"type":"start",$1"seed":${seed},"settings":{"seatedOnly":true}}`,
  );
  return replay(parseTrace(text)).records.flatMap((r) => (r.kind === 'prompt' ? [r.mobeId] : []));
}

describe('a seated-only office day', () => {
  it.each([1, 2, 3, 4, 5, 6, 7, 8])(
    'seed %i: three mobes or more per main area, never twice running',
    (seed) => {
      const ids = seatedDay(seed);
      expect(ids.length).toBeGreaterThanOrEqual(15);
      const seated = new Set(CATALOG.filter((m) => m.postures.includes('seated')).map((m) => m.id));
      for (const id of ids) expect(seated.has(id), id).toBe(true);
      for (let i = 1; i < ids.length; i++) expect(ids[i], `prompt ${i}`).not.toBe(ids[i - 1]);
      const distinct = (area: Area) => new Set(ids.filter((id) => areaOf.get(id) === area)).size;
      for (const area of ['neck', 'hip', 'wrist'] as const)
        expect(distinct(area), area).toBeGreaterThanOrEqual(3);
    },
  );
});
