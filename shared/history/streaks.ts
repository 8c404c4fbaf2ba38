import { WEEKDAYS } from '../time/workWeek';
import type { WorkHours } from '../time/workWeek';
import type { DayKey } from '../time/types';
import { dayFromNumber, dayNumber } from '../time/zoned';
import type { DaySummary, Streaks } from './types';

/**
 * Streak rules:
 * - a work day (its weekday has work-hours ranges) that met the goal (done >= dailyGoal) extends the
 *   streak;
 * - a day that is not a work day neither extends nor breaks it, even if mobes were done that day;
 * - a work day that missed its goal breaks it, except today: today is still in progress, so it never
 *   breaks the current streak, and counts once its goal is met.
 * Days are judged with the current rules (work hours and goal), as history does not store older ones.
 *
 * `best` is the longest run of goal days anywhere in the history; a run is broken by any work day that
 * missed its goal (today included: an unmet today only ends a run if goal days follow it, which happens
 * only for records dated after `today`, e.g. after travelling west). `current` counts back from today.
 */
export interface StreakRules {
  dailyGoal: number;
  workHours: WorkHours;
}

/** Per day number, whether that weekday has work hours (1970-01-01, day 0, was a Thursday). */
function workDayTable(workHours: WorkHours): (n: number) => boolean {
  const table = WEEKDAYS.map((d) => workHours[d].length > 0);
  return (n) => table[(((n + 3) % 7) + 7) % 7];
}

/** Whether this day extends a streak: a work day whose goal was met. */
export function countsForStreak(summary: DaySummary | undefined, day: DayKey, rules: StreakRules): boolean {
  return (summary?.done ?? 0) >= rules.dailyGoal && workDayTable(rules.workHours)(dayNumber(day));
}

/** Streaks by a full scan of every day from the first recorded one (O(days)). */
export function computeStreaks(
  summaries: ReadonlyMap<DayKey, DaySummary>,
  today: DayKey,
  rules: StreakRules,
): Streaks {
  const isWork = workDayTable(rules.workHours);
  const met = (n: number) => isWork(n) && (summaries.get(dayFromNumber(n))?.done ?? 0) >= rules.dailyGoal;
  const keys = [...summaries.keys()].map(dayNumber);
  if (!keys.length) return { current: 0, best: 0 };
  const first = Math.min(...keys);
  const last = Math.max(...keys);

  let best = 0;
  let run = 0;
  for (let n = first; n <= last; n++) {
    if (met(n)) best = Math.max(best, ++run);
    else if (isWork(n)) run = 0;
  }

  const t = dayNumber(today);
  let current = met(t) ? 1 : 0;
  for (let n = t - 1; n >= first; n--) {
    if (met(n)) current++;
    else if (isWork(n)) break;
  }
  return { current, best: Math.max(best, current) };
}

/**
 * The same streaks, kept up to date one summary change at a time. A day can only go from "not counting"
 * to "counting" while the rules stay the same (done never goes down), so runs only ever grow or join:
 * each run keeps its length at its two ends, and joining looks at most 7 days either side (between two
 * goal days of one run there are only non-work days, and any 7 days in a row hold a work day).
 */
export class StreakTracker {
  private readonly isWork: (n: number) => boolean;
  private readonly counting = new Set<number>();
  /** For the first and last day of each run: the other end and the run's length. */
  private readonly runEnds = new Map<number, { other: number; size: number }>();
  private bestRun = 0;
  private latest = -Infinity;

  constructor(private readonly rules: StreakRules) {
    this.isWork = workDayTable(rules.workHours);
  }

  /** Builds the tracker from scratch (O(days log days)). */
  static fromSummaries(summaries: Iterable<DaySummary>, rules: StreakRules): StreakTracker {
    const tracker = new StreakTracker(rules);
    const sorted = [...summaries].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
    for (const s of sorted) tracker.observe(s);
    return tracker;
  }

  /** Tell the tracker a day's summary changed (or appeared). O(1). */
  observe(summary: DaySummary): void {
    const n = dayNumber(summary.day);
    if (n > this.latest) this.latest = n;
    if (this.counting.has(n) || summary.done < this.rules.dailyGoal || !this.isWork(n)) return;
    this.counting.add(n);

    const before = this.neighbour(n, -1);
    const after = this.neighbour(n, +1);
    const left = before === null ? null : this.runEnds.get(before)!;
    const right = after === null ? null : this.runEnds.get(after)!;
    const start = left ? left.other : n;
    const end = right ? right.other : n;
    const size = (left?.size ?? 0) + 1 + (right?.size ?? 0);
    if (before !== null && before !== start) this.runEnds.delete(before);
    if (after !== null && after !== end) this.runEnds.delete(after);
    this.runEnds.set(start, { other: end, size });
    this.runEnds.set(end, { other: start, size });
    if (size > this.bestRun) this.bestRun = size;
  }

  streaks(today: DayKey): Streaks {
    const t = dayNumber(today);
    const current = t >= this.latest ? this.currentFromEnd(t) : this.currentByWalking(t);
    return { current, best: Math.max(this.bestRun, current) };
  }

  /**
   * The nearest counting day in direction `dir` that joins a run with `n`: only non-work days may lie
   * between. Null when a work day that missed its goal comes first.
   */
  private neighbour(n: number, dir: 1 | -1): number | null {
    for (let k = 1; k <= 7; k++) {
      const d = n + dir * k;
      if (this.counting.has(d)) return d;
      if (this.isWork(d)) return null;
    }
    return null;
  }

  /** Nothing is recorded after today, so the last counting day at or before today ends its run. */
  private currentFromEnd(t: number): number {
    if (this.counting.has(t)) return this.runEnds.get(t)!.size;
    const last = this.neighbour(t, -1);
    return last === null ? 0 : this.runEnds.get(last)!.size;
  }

  /** Records dated after today exist (rare: travel west, clock set back): count back day by day. */
  private currentByWalking(t: number): number {
    // Counting days are work days, so with any of them a non-counting work day ends the walk.
    if (!this.counting.size) return 0;
    let current = this.counting.has(t) ? 1 : 0;
    for (let n = t - 1; ; n--) {
      if (this.counting.has(n)) current++;
      else if (this.isWork(n)) break;
    }
    return current;
  }
}
