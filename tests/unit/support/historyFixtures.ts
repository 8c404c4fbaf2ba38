import fc from 'fast-check';
import { AREAS } from '../../../shared/catalog/types';
import type { Area } from '../../../shared/catalog/types';
import type {
  HistoryRecord,
  NaturalBreakRecord,
  PromptOutcome,
  PromptReason,
  PromptRecord,
  SittingRecord,
} from '../../../shared/history/types';
import { WEEKDAYS } from '../../../shared/time/workWeek';
import type { Weekday, WorkHours } from '../../../shared/time/workWeek';
import { addDays, dayNumber } from '../../../shared/time/zoned';

/** Shared builders for the history tests. Times sit at noon UTC of the record's day. */
export const noonOf = (day: string) => Date.parse(`${day}T12:00:00Z`);

export function prompt(
  day: string,
  outcome: PromptOutcome,
  more: Partial<Omit<PromptRecord, 'kind' | 'day' | 'outcome'>> = {},
): PromptRecord {
  const at = more.at ?? noonOf(day);
  return {
    kind: 'prompt',
    at,
    endedAt: at + 45_000,
    day,
    reason: 'due' as PromptReason,
    mobeId: 'neck-circles',
    area: 'neck' as Area,
    outcome,
    reps: outcome === 'done' ? 10 : 0,
    targetReps: 10,
    ...more,
  };
}

export function sitting(day: string, activeSeconds: number, start = noonOf(day)): SittingRecord {
  return {
    kind: 'sitting',
    start,
    end: start + activeSeconds * 1000 + 30_000,
    day,
    activeSeconds,
    endedBy: 'idle',
  };
}

export function naturalBreak(day: string, start = noonOf(day)): NaturalBreakRecord {
  return { kind: 'natural-break', start, end: start + 600_000, day, reason: 'lock' };
}

export function workHoursOn(days: readonly Weekday[]): WorkHours {
  return Object.fromEntries(
    WEEKDAYS.map((d) => [d, days.includes(d) ? [{ start: '09:00', end: '17:00' }] : []]),
  ) as WorkHours;
}

export const MON_FRI = workHoursOn(['mon', 'tue', 'wed', 'thu', 'fri']);

/** `done` done prompts on `day`. */
export const doneOn = (day: string, done: number): PromptRecord[] =>
  Array.from({ length: done }, (_, i) => prompt(day, 'done', { at: noonOf(day) + i * 60_000 }));

// ---- arbitraries --------------------------------------------------------------------------------

export const FIRST_DAY = '2024-01-01';

export const dayArb = (span: number) =>
  fc.integer({ min: 0, max: span - 1 }).map((k) => addDays(FIRST_DAY, k));

export const workHoursArb: fc.Arbitrary<WorkHours> = fc
  .subarray([...WEEKDAYS], { minLength: 0 })
  .map((days) => workHoursOn(days));

export function recordArb(span: number): fc.Arbitrary<HistoryRecord> {
  const day = dayArb(span);
  const at = (d: string) =>
    fc.integer({ min: -10 * 3_600_000, max: 10 * 3_600_000 }).map((o) => noonOf(d) + o);
  const promptArb = day.chain((d) =>
    fc.record({
      kind: fc.constant('prompt' as const),
      at: at(d),
      endedAt: at(d),
      day: fc.constant(d),
      reason: fc.constantFrom<PromptReason>('due', 'due', 'manual', 'preview'),
      mobeId: fc.constantFrom('neck-circles', 'wrist-circles', 'hip-rocks'),
      area: fc.constantFrom(...AREAS),
      outcome: fc.constantFrom<PromptOutcome>('done', 'done', 'done', 'skipped', 'snoozed', 'missed'),
      reps: fc.integer({ min: 0, max: 30 }),
      targetReps: fc.integer({ min: 1, max: 30 }),
    }),
  );
  const sittingArb = day.chain((d) =>
    fc.record({
      kind: fc.constant('sitting' as const),
      start: at(d),
      end: at(d),
      day: fc.constant(d),
      activeSeconds: fc.integer({ min: 0, max: 7200 }),
      endedBy: fc.constantFrom('idle' as const, 'lock' as const, 'pause' as const, 'off-hours' as const),
    }),
  );
  const breakArb = day.chain((d) =>
    fc.record({
      kind: fc.constant('natural-break' as const),
      start: at(d),
      end: at(d),
      day: fc.constant(d),
      reason: fc.constantFrom('idle' as const, 'lock' as const, 'suspend' as const),
    }),
  );
  return fc.oneof(
    { weight: 4, arbitrary: promptArb },
    { weight: 1, arbitrary: sittingArb },
    { weight: 1, arbitrary: breakArb },
  );
}

export const dayIndex = (day: string) => dayNumber(day) - dayNumber(FIRST_DAY);
