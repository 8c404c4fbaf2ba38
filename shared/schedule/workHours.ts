import { toMinutes, WEEKDAYS } from '../time/workWeek';
import type { WorkHours } from '../time/workWeek';
import type { DayKey, EpochMs, Zone } from '../time/types';
import { addDays, dayKeyAt, localInstant, weekdayOfDay } from '../time/zoned';

/**
 * Work hours as real instants. A range is local wall time 'HH:MM'-'HH:MM' (end exclusive, '24:00' is
 * the following midnight) on one weekday. Both ends are turned into instants with localInstant, so:
 * - a boundary in an hour skipped by DST is the first valid instant after it (the change itself);
 * - a boundary in an hour repeated by DST is its first occurrence;
 * - a range ending at 24:00 and the next day's range starting at 00:00 resolve to the same instant, so
 *   they form one continuous stretch (no flip at midnight);
 * - a range that falls entirely inside a skipped hour or a skipped day (Pacific/Apia, 2011-12-30) is
 *   empty that day.
 */
export interface WorkInterval {
  start: EpochMs;
  end: EpochMs;
}

/** How many local days after the day of `at` the change/next-start searches look at. */
export const SCAN_DAYS = 8;

/** True when the weekday of `day` has at least one work-hours range. */
export function isWorkDay(day: DayKey, workHours: WorkHours): boolean {
  return workHours[weekdayOfDay(day)].length > 0;
}

export function hasAnyWorkHours(workHours: WorkHours): boolean {
  return WEEKDAYS.some((d) => workHours[d].length > 0);
}

/** The work intervals of one local day, in order, empty ones dropped. */
export function workIntervalsOfDay(day: DayKey, zone: Zone, workHours: WorkHours): WorkInterval[] {
  const ranges = [...workHours[weekdayOfDay(day)]].sort((a, b) => toMinutes(a.start) - toMinutes(b.start));
  const out: WorkInterval[] = [];
  for (const r of ranges) {
    const start = localInstant(day, toMinutes(r.start), zone);
    const end = localInstant(day, toMinutes(r.end), zone);
    if (end > start) out.push({ start, end });
  }
  return out;
}

/** Start inclusive, end exclusive. */
export function isInWorkHoursAt(at: EpochMs, zone: Zone, workHours: WorkHours): boolean {
  if (!hasAnyWorkHours(workHours)) return false;
  const day = dayKeyAt(at, zone);
  // A neighbouring day's range can cover `at` when a fall-back crosses midnight (late wall times of one
  // day come round again after the next day began); looking at both neighbours covers every such case.
  for (const d of [addDays(day, -1), day, addDays(day, 1)]) {
    if (workIntervalsOfDay(d, zone, workHours).some((i) => i.start <= at && at < i.end)) return true;
  }
  return false;
}

/**
 * The next instant strictly after `at` where being inside work hours flips (a start when outside, an
 * end when inside). Null when it never flips: an empty schedule, or work hours round the clock.
 * Looks at most SCAN_DAYS local days ahead, which always reaches the same weekday again.
 */
export function nextWorkHoursChangeAt(at: EpochMs, zone: Zone, workHours: WorkHours): EpochMs | null {
  return firstBoundaryAfter(at, zone, workHours, 'any');
}

/**
 * When the next work period starts, strictly after `at`. If `at` is outside work hours that is when work
 * next begins; if inside, it is the start of the period after the current one. Null when there is none.
 */
export function nextWorkStartAt(at: EpochMs, zone: Zone, workHours: WorkHours): EpochMs | null {
  return firstBoundaryAfter(at, zone, workHours, 'start');
}

function firstBoundaryAfter(
  at: EpochMs,
  zone: Zone,
  workHours: WorkHours,
  want: 'any' | 'start',
): EpochMs | null {
  if (!hasAnyWorkHours(workHours)) return null;
  const today = dayKeyAt(at, zone);
  // Merged, continuous stretches seen so far; only the last one can still grow.
  const merged: WorkInterval[] = [];
  let checked = 0;
  for (let k = -1; k <= SCAN_DAYS + 1; k++) {
    const day = addDays(today, k);
    // Nothing from `day` on starts before its first instant, so every boundary before it is final.
    const dayStart = localInstant(day, 0, zone);
    for (; checked < merged.length; checked++) {
      const { start, end } = merged[checked];
      if (start > at && start < dayStart) return start;
      if (end >= dayStart) break; // this stretch may continue into `day`
      if (want === 'any' && end > at) return end;
    }
    if (k === SCAN_DAYS + 1) break;
    for (const i of workIntervalsOfDay(day, zone, workHours)) {
      const last = merged[merged.length - 1];
      if (last && i.start <= last.end) last.end = Math.max(last.end, i.end);
      else merged.push({ ...i });
    }
  }
  return null;
}
