import { AREAS, type Area } from '../../../shared/catalog/types';
import type { HistoryDay } from '../../../shared/ipc/contract';
import type { WeekDayNumber } from '../../../shared/i18n/weekInfo';
import { weekdayColumn } from '../../i18n/formats';

export interface HeatCell {
  day: HistoryDay;
  /** Week column, 0 = oldest. */
  col: number;
  /** The weekday's place in the locale's week: 0 = its first day. */
  row: number;
  /** 0 nothing done, 1-3 part of the goal, 4 goal met. */
  level: 0 | 1 | 2 | 3 | 4;
}

export function levelFor(done: number, goal: number): HeatCell['level'] {
  if (done <= 0) return 0;
  if (done >= goal) return 4;
  return Math.min(3, Math.max(1, Math.ceil((done / goal) * 3))) as 1 | 2 | 3;
}

/** Lays days (oldest first) on a weeks x weekdays grid, the locale's first weekday on top. */
export function heatCells(
  days: readonly HistoryDay[],
  goal: number,
  firstDay: WeekDayNumber = 1,
): { cells: HeatCell[]; weeks: number } {
  if (days.length === 0) return { cells: [], weeks: 0 };
  const offset = weekdayColumn(days[0].day, firstDay);
  const cells = days.map((day, i) => ({
    day,
    col: Math.floor((i + offset) / 7),
    row: (i + offset) % 7,
    level: levelFor(day.done, goal),
  }));
  return { cells, weeks: cells[cells.length - 1].col + 1 };
}

export interface WeekTotal {
  /** First day of the week (the locale's first weekday, or the first day we have). */
  start: string;
  done: number;
  /** The goal for the week: the daily goal times its work days. */
  goal: number;
}

/** Done per calendar week (as the locale counts weeks), oldest first; the last is the week under way. */
export function weekTotals(
  days: readonly HistoryDay[],
  goal: number,
  firstDay: WeekDayNumber = 1,
): WeekTotal[] {
  const weeks: WeekTotal[] = [];
  let current: WeekTotal | null = null;
  for (const d of days) {
    if (!current || weekdayColumn(d.day, firstDay) === 0) {
      current = { start: d.day, done: 0, goal: 0 };
      weeks.push(current);
    }
    current.done += d.done;
    if (d.workDay) current.goal += goal;
  }
  return weeks;
}

/** Done mobes per body area over the last `n` days (today included). */
export function areaTotals(days: readonly HistoryDay[], n: number): Record<Area, number> {
  const totals = Object.fromEntries(AREAS.map((a) => [a, 0])) as Record<Area, number>;
  for (const d of days.slice(-n)) {
    for (const a of AREAS) totals[a] += d.areas[a] ?? 0;
  }
  return totals;
}
