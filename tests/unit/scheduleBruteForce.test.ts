/**
 * Property: the change nextWorkHoursChangeAt finds is a real flip and nothing flips before it,
 * checked against every boundary instant of random schedules in zones with odd clocks (DST, a
 * 30-minute shift, a skipped day). The worked examples are in schedule.test.ts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isInWorkHoursAt,
  nextWorkHoursChangeAt,
  nextWorkStartAt,
  workIntervalsOfDay,
} from '../../shared/schedule/workHours';
import { WEEKDAYS } from '../../shared/time/workWeek';
import type { TimeRange, Weekday, WorkHours } from '../../shared/time/workWeek';
import { addDays, dayKeyAt } from '../../shared/time/zoned';

const utc = (iso: string) => Date.parse(iso);
const H = 3_600_000;

const ZONES = [
  'Europe/Berlin',
  'America/New_York',
  'Asia/Kolkata',
  'Australia/Lord_Howe',
  'Pacific/Apia',
  'America/Sao_Paulo',
  'UTC',
];

const label = (m: number) =>
  m === 1440 ? '24:00' : `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

const dayRanges: fc.Arbitrary<TimeRange[]> = fc
  .uniqueArray(
    fc.oneof(
      fc.constantFrom(0, 1440, 120, 150, 180),
      fc.integer({ min: 0, max: 96 }).map((q) => q * 15),
    ),
    {
      maxLength: 6,
    },
  )
  .chain((points) => {
    const sorted = [...points].sort((a, b) => a - b);
    const ranges: TimeRange[] = [];
    for (let i = 0; i + 1 < sorted.length; i += 2)
      ranges.push({ start: label(sorted[i]), end: label(sorted[i + 1]) });
    // Sometimes split a range in two touching halves.
    return fc.boolean().map((split) => {
      if (!split || !ranges.length) return ranges;
      const [first, ...rest] = ranges;
      const mid = (toM(first.start) + toM(first.end)) / 2;
      const m = Math.round(mid / 15) * 15;
      if (m <= toM(first.start) || m >= toM(first.end)) return ranges;
      return [{ start: first.start, end: label(m) }, { start: label(m), end: first.end }, ...rest];
    });
  });

const toM = (s: string) => Number(s.slice(0, 2)) * 60 + Number(s.slice(3));

const workHoursArb: fc.Arbitrary<WorkHours> = fc.record(
  Object.fromEntries(
    WEEKDAYS.map((d) => [
      d,
      fc.oneof({ weight: 1, arbitrary: fc.constant([]) }, { weight: 2, arbitrary: dayRanges }),
    ]),
  ) as Record<Weekday, fc.Arbitrary<TimeRange[]>>,
);

const instantArb = fc.oneof(
  fc.integer({ min: utc('2011-01-01T00:00:00Z'), max: utc('2026-01-01T00:00:00Z') }),
  // Near DST changes and Samoa's skipped day.
  fc
    .constantFrom(
      '2024-03-31T01:00:00Z',
      '2024-10-27T01:00:00Z',
      '2024-03-10T07:00:00Z',
      '2024-11-03T06:00:00Z',
      '2011-12-30T10:00:00Z',
      '2024-10-05T15:30:00Z',
      '2019-02-17T02:00:00Z',
    )
    .chain((iso) => fc.integer({ min: -9 * 24 * 60, max: 2 * 24 * 60 }).map((m) => utc(iso) + m * 60_000)),
);

/** Every boundary instant of the days around [from, to]: the only places the state can change. */
function boundaries(from: number, to: number, zone: string, wh: WorkHours): number[] {
  const out: number[] = [];
  const last = dayKeyAt(to, zone);
  for (let day = addDays(dayKeyAt(from, zone), -1); day <= addDays(last, 1); day = addDays(day, 1)) {
    for (const i of workIntervalsOfDay(day, zone, wh)) out.push(i.start, i.end);
  }
  return out.filter((b) => b > from && b <= to).sort((a, b) => a - b);
}

describe('nextWorkHoursChangeAt against a brute-force check', () => {
  it('returns the first instant where the state really flips', () => {
    fc.assert(
      fc.property(workHoursArb, fc.constantFrom(...ZONES), instantArb, (wh, zone, at) => {
        const inside = isInWorkHoursAt(at, zone, wh);
        const change = nextWorkHoursChangeAt(at, zone, wh);
        const horizon = change ?? at + 8 * 24 * H;
        for (const b of boundaries(at, horizon, zone, wh)) {
          if (b === change) continue;
          expect(isInWorkHoursAt(b, zone, wh)).toBe(inside);
        }
        if (change !== null) {
          expect(change).toBeGreaterThan(at);
          expect(isInWorkHoursAt(change, zone, wh)).toBe(!inside);
          expect(isInWorkHoursAt(change - 1, zone, wh)).toBe(inside);
        }
        const start = nextWorkStartAt(at, zone, wh);
        if (start !== null) {
          expect(start).toBeGreaterThan(at);
          expect(isInWorkHoursAt(start, zone, wh)).toBe(true);
          expect(isInWorkHoursAt(start - 1, zone, wh)).toBe(false);
          if (!inside) expect(start).toBe(change);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('is null only when the schedule never flips', () => {
    fc.assert(
      fc.property(workHoursArb, fc.constantFrom(...ZONES), instantArb, (wh, zone, at) => {
        if (nextWorkHoursChangeAt(at, zone, wh) !== null) return;
        const inside = isInWorkHoursAt(at, zone, wh);
        for (const b of boundaries(at, at + 8 * 24 * H, zone, wh)) {
          expect(isInWorkHoursAt(b, zone, wh)).toBe(inside);
        }
      }),
      { numRuns: 200 },
    );
  });
});
