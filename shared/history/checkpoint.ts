import { z } from 'zod';
import { parseRecord } from './recordSchema';
import type { HistoryRecord, OpenBout, SittingRecord } from './types';

/**
 * How often the bout under way is checkpointed. A crash loses the sitting credited since the last
 * checkpoint, plus what the engine had not yet credited at that moment (at most one sample apart,
 * MAX_SITTING_SAMPLE_MS = 30 s): 4 min + 30 s, inside the promise of "at most five minutes".
 */
export const CHECKPOINT_INTERVAL_MS = 4 * 60_000;

export const CHECKPOINT_FORMAT = 'mobes-bout-checkpoint';

/** The checkpoint file's content: the open bout, named so a stray file is never mistaken for it. */
export interface BoutCheckpoint extends OpenBout {
  format: typeof CHECKPOINT_FORMAT;
  version: 1;
}

const checkpointSchema = z
  .object({
    format: z.literal(CHECKPOINT_FORMAT),
    version: z.literal(1),
    start: z.number(),
    day: z.string(),
    activeSeconds: z.number(),
    at: z.number(),
  })
  .strict();

export function checkpointFor(bout: OpenBout | null): BoutCheckpoint | null {
  return bout && { format: CHECKPOINT_FORMAT, version: 1, ...bout };
}

/** Whether writing `next` over `last` would change anything (the timer skips identical writes). */
export function sameCheckpoint(last: BoutCheckpoint | null, next: BoutCheckpoint | null): boolean {
  if (!last || !next) return last === next;
  return last.start === next.start && last.activeSeconds === next.activeSeconds && last.at === next.at;
}

export type ParsedCheckpoint = { ok: true; checkpoint: BoutCheckpoint } | { ok: false; error: string };

export function parseCheckpoint(text: string): ParsedCheckpoint {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `not valid JSON (${(e as Error).message})` };
  }
  const parsed = checkpointSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, error: `${issue.path.join('.') || 'checkpoint'}: ${issue.message}` };
  }
  return { ok: true, checkpoint: parsed.data };
}

export type Recovery =
  | { kind: 'record'; record: SittingRecord }
  /** The history already holds this bout (it closed, or was recovered, before the checkpoint went). */
  | { kind: 'already-recorded' }
  | { kind: 'invalid'; error: string };

/**
 * What an unclosed checkpoint found at start-up becomes: a sitting bout ended by `crash` at its last
 * checkpoint. Exactly once: a bout is known by its start time, and when the history already has a
 * sitting record starting then, the app stopped after writing it but before clearing the checkpoint.
 */
export function recoverBout(checkpoint: BoutCheckpoint, history: readonly HistoryRecord[]): Recovery {
  if (history.some((r) => r.kind === 'sitting' && r.start === checkpoint.start)) {
    return { kind: 'already-recorded' };
  }
  const checked = parseRecord({
    kind: 'sitting',
    start: checkpoint.start,
    end: Math.max(checkpoint.at, checkpoint.start),
    day: checkpoint.day,
    activeSeconds: checkpoint.activeSeconds,
    endedBy: 'crash',
  });
  if (!checked.ok) return { kind: 'invalid', error: `${checked.field} ${checked.message}` };
  return { kind: 'record', record: checked.record as SittingRecord };
}
