/**
 * What the engine bench's sections share: the rows they report (value beside baseline and target),
 * best-of-N timing, number formats, work days, and the table printed at the end.
 */
import { addDays, weekdayOfDay } from '../shared/time/zoned';
import type { DayKey } from '../shared/time/types';

export const ZONE = 'Europe/Berlin';
export const SEC = 1000;
export const MIN = 60 * SEC;
export const RUNS = Number(process.env.BENCH_RUNS ?? 5);

interface Row {
  what: string;
  value: string;
  baseline: string;
  ratio: string;
  target: string;
  met: boolean | null;
}
const rows: Row[] = [];

/** Adds a row to the report; met is null for a figure with no target. */
export function row(
  what: string,
  value: string,
  baseline: string,
  ratio: string,
  target: string,
  met: boolean | null,
) {
  rows.push({ what, value, baseline, ratio, target, met });
}

/** Best (lowest) time in ms of `runs` runs of fn, after one warm-up run. */
export function best(runs: number, fn: () => void): number {
  fn();
  let min = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    fn();
    min = Math.min(min, Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return min;
}

export const ns = (ms: number, n: number) => (ms * 1e6) / n;
export const fmt = (x: number, digits = 1) => x.toFixed(digits);

/** Work days (Mon-Fri) from a Monday on, as day keys. */
export function workDays(first: DayKey, count: number): DayKey[] {
  const out: DayKey[] = [];
  for (let day = first; out.length < count; day = addDays(day, 1)) {
    if (weekdayOfDay(day) !== 'sat' && weekdayOfDay(day) !== 'sun') out.push(day);
  }
  return out;
}

/** Prints the rows added so far as a table, and returns how many missed their target. */
export function printTable(): number {
  const header = ['measure', 'value', 'baseline', 'ratio', 'target', 'status'];
  const body = rows.map((r) => [
    r.what,
    r.value,
    r.baseline,
    r.ratio,
    r.target,
    r.met === null ? '' : r.met ? 'met' : 'MISSED',
  ]);
  const widths = header.map((_, c) => Math.max(...[header, ...body].map((r) => r[c].length)));
  const line = (r: string[]) =>
    r
      .map((cell, c) => cell.padEnd(widths[c]))
      .join('  ')
      .trimEnd();
  console.log(line(header));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const r of body) console.log(line(r));
  return rows.filter((r) => r.met === false).length;
}
