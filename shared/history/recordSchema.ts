import { z } from 'zod';
import { AREAS, MOBE_ID } from '../catalog/types';
import { dayNumber, isDayKey } from '../time/zoned';
import { BUSY_REASONS } from '../context/reasons';
import { FOCUS_FEELS } from '../focus/types';
import type {
  FeelRecord,
  HeldRecord,
  HistoryRecord,
  NaturalBreakRecord,
  PromptRecord,
  SittingRecord,
} from './types';

/**
 * The shape of one history record, checked wherever records come from outside the running app: lines
 * read back from the history file and imported exports. Extra fields are dropped rather than rejected,
 * so a line written by a newer version still loads. Times are not required to be in order (end after
 * start): a wall-clock change during a bout or a prompt can legitimately produce that, and rejecting the
 * line would lose a real record.
 */
const DAY_MS = 86_400_000;
/** Year 9999: anything later is not a time this app wrote. */
const MAX_EPOCH_MS = 253_402_300_799_999;

const epochMs = z
  .number({ error: 'must be a time in epoch milliseconds' })
  .int('must be a whole number of milliseconds')
  .min(0, 'must not be before 1970')
  .max(MAX_EPOCH_MS, 'must not be after the year 9999');

const dayKey = z
  .string({ error: 'must be a day as YYYY-MM-DD' })
  .refine(isDayKey, 'must be a real date as YYYY-MM-DD');

const count = (max: number) =>
  z
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    .min(0, 'must not be negative')
    .max(max, `must be at most ${max}`);

const oneOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: `must be one of ${values.join(', ')}` });

export const RECORD_KINDS = ['prompt', 'natural-break', 'sitting', 'held', 'feel'] as const;
export const FOCUS_MARKS = ['set', 'declined'] as const;
export const PROMPT_OUTCOMES = ['done', 'skipped', 'snoozed', 'missed'] as const;
export const PROMPT_REASONS = ['due', 'manual', 'preview'] as const;
export const NATURAL_BREAK_REASONS = ['idle', 'lock', 'suspend'] as const;
export const BOUT_ENDS = ['idle', 'lock', 'suspend', 'pause', 'off-hours', 'shutdown', 'crash'] as const;

/**
 * `day` is the local day in whatever zone the user was in, so it can only be checked loosely: real
 * offsets are UTC-12..UTC+14, so the local date is within one day of the UTC date of some instant the
 * record covers.
 */
function dayFits(day: unknown, a: unknown, b: unknown): boolean {
  // Malformed parts are reported by their own fields.
  if (!isDayKey(day) || typeof a !== 'number' || typeof b !== 'number') return true;
  const n = dayNumber(day);
  return n >= Math.floor(Math.min(a, b) / DAY_MS) - 1 && n <= Math.floor(Math.max(a, b) / DAY_MS) + 1;
}

const DAY_FITS = {
  message: 'must be the local date of the record (within a day of its time)',
  path: ['day'],
};

export const promptRecordSchema = z
  .object({
    kind: z.literal('prompt'),
    at: epochMs,
    endedAt: epochMs,
    day: dayKey,
    reason: oneOf(PROMPT_REASONS),
    mobeId: z.string({ error: 'must be a mobe id' }).regex(MOBE_ID, 'must be a mobe id'),
    area: oneOf(AREAS),
    outcome: oneOf(PROMPT_OUTCOMES),
    reps: count(500),
    targetReps: count(500),
    focus: oneOf(FOCUS_MARKS).optional(),
  })
  .refine((r) => dayFits(r.day, r.at, r.endedAt), DAY_FITS);

export const naturalBreakRecordSchema = z
  .object({
    kind: z.literal('natural-break'),
    start: epochMs,
    end: epochMs,
    day: dayKey,
    reason: oneOf(NATURAL_BREAK_REASONS),
  })
  .refine((r) => dayFits(r.day, r.start, r.end), DAY_FITS);

export const sittingRecordSchema = z
  .object({
    kind: z.literal('sitting'),
    start: epochMs,
    end: epochMs,
    day: dayKey,
    activeSeconds: z
      .number({ error: 'must be a number of seconds' })
      .min(0, 'must not be negative')
      .refine(Number.isFinite, 'must be a finite number of seconds'),
    endedBy: oneOf(BOUT_ENDS),
  })
  .refine((r) => dayFits(r.day, r.start, r.end), DAY_FITS);

export const heldRecordSchema = z
  .object({
    kind: z.literal('held'),
    start: epochMs,
    end: epochMs,
    day: dayKey,
    reasons: z
      .array(oneOf(BUSY_REASONS))
      .min(1, 'must name at least one reason')
      .max(BUSY_REASONS.length, `must name at most ${BUSY_REASONS.length} reasons`),
  })
  .refine((r) => dayFits(r.day, r.start, r.end), DAY_FITS);

/** The answer to "How did that feel?" after a focus set. */
export const feelRecordSchema = z
  .object({
    kind: z.literal('feel'),
    at: epochMs,
    day: dayKey,
    mobeId: z.string({ error: 'must be a mobe id' }).regex(MOBE_ID, 'must be a mobe id'),
    area: oneOf(AREAS),
    feel: oneOf(FOCUS_FEELS),
    targetReps: count(500),
  })
  .refine((r) => dayFits(r.day, r.at, r.at), DAY_FITS);

const SCHEMAS = {
  prompt: promptRecordSchema,
  'natural-break': naturalBreakRecordSchema,
  sitting: sittingRecordSchema,
  held: heldRecordSchema,
  feel: feelRecordSchema,
} as const;

/** Any history record. Prefer parseRecord, whose errors say which field is wrong. */
export const recordSchema = z.union([
  promptRecordSchema,
  naturalBreakRecordSchema,
  sittingRecordSchema,
  heldRecordSchema,
  feelRecordSchema,
]);

// The schemas and the record types must describe the same thing.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameShape: [
  Same<z.infer<typeof promptRecordSchema>, PromptRecord>,
  Same<z.infer<typeof naturalBreakRecordSchema>, NaturalBreakRecord>,
  Same<z.infer<typeof sittingRecordSchema>, SittingRecord>,
  Same<z.infer<typeof heldRecordSchema>, HeldRecord>,
  Same<z.infer<typeof feelRecordSchema>, FeelRecord>,
] = [true, true, true, true, true];
void sameShape;

export type RecordCheck = { ok: true; record: HistoryRecord } | { ok: false; field: string; message: string };

/** Checks one record; a failure names the first wrong field (dotted path) and what is wrong with it. */
export function parseRecord(value: unknown): RecordCheck {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, field: 'record', message: 'must be an object' };
  }
  const kind = (value as { kind?: unknown }).kind;
  if (typeof kind !== 'string' || !(RECORD_KINDS as readonly string[]).includes(kind)) {
    return { ok: false, field: 'kind', message: `must be one of ${RECORD_KINDS.join(', ')}` };
  }
  const parsed = SCHEMAS[kind as HistoryRecord['kind']].safeParse(value);
  if (parsed.success) return { ok: true, record: parsed.data };
  const issue = parsed.error.issues[0];
  return { ok: false, field: issue.path.map(String).join('.') || 'record', message: issue.message };
}
