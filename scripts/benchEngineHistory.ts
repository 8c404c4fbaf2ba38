/**
 * Engine bench (b): recording an outcome with ten years of history against none, through HistoryIndex
 * and through MobesCore, and computeStreaks over ten years.
 */
import { MobesCore } from '../shared/app/core';
import type { CorePorts } from '../shared/app/ports';
import { CATALOG } from '../shared/catalog/catalog';
import { HistoryIndex } from '../shared/history/historyIndex';
import { computeStreaks } from '../shared/history/streaks';
import type { HistoryRecord, PromptRecord } from '../shared/history/types';
import { seededRandom } from '../shared/random';
import { DEFAULT_SETTINGS } from '../shared/settings/schema';
import { addDays, localInstant } from '../shared/time/zoned';
import type { DayKey } from '../shared/time/types';
import { best, fmt, MIN, ns, row, RUNS, SEC, workDays, ZONE } from './benchEngineRows';

const TEN_YEAR_DAYS = workDays('2016-01-04', 10 * 261);
const TODAY = addDays(TEN_YEAR_DAYS[TEN_YEAR_DAYS.length - 1], 3);

/** About 30 records a work day: 12 prompts, 9 sitting bouts, 9 natural breaks. */
function tenYears(): HistoryRecord[] {
  const rnd = seededRandom(42);
  const out: HistoryRecord[] = [];
  for (const day of TEN_YEAR_DAYS) {
    let t = localInstant(day, 9 * 60, ZONE);
    for (let i = 0; i < 12; i++) {
      const mobe = CATALOG[Math.floor(rnd() * CATALOG.length)];
      const outcome = rnd() < 0.8 ? 'done' : rnd() < 0.5 ? 'skipped' : 'snoozed';
      out.push({
        kind: 'prompt',
        at: t,
        endedAt: t + 45 * SEC,
        day,
        reason: 'due',
        mobeId: mobe.id,
        area: mobe.area,
        outcome,
        reps: outcome === 'done' ? 10 : 0,
        targetReps: 10,
      });
      if (i < 9) {
        out.push({ kind: 'sitting', start: t - 40 * MIN, end: t, day, activeSeconds: 2300, endedBy: 'idle' });
        out.push({ kind: 'natural-break', start: t + MIN, end: t + 6 * MIN, day, reason: 'idle' });
      }
      t += 40 * MIN;
    }
  }
  return out;
}

function promptOn(day: DayKey, at: number): PromptRecord {
  return {
    kind: 'prompt',
    at,
    endedAt: at + 45 * SEC,
    day,
    reason: 'due',
    mobeId: 'neck-circles',
    area: 'neck',
    outcome: 'done',
    reps: 10,
    targetReps: 10,
  };
}

export function benchHistory() {
  const history = tenYears();
  const rules = { dailyGoal: DEFAULT_SETTINGS.dailyGoal, workHours: DEFAULT_SETTINGS.workHours };
  const buildMs = best(1, () => void new HistoryIndex(history, rules));
  row(`(b) build index of ten years (${history.length} records)`, `${fmt(buildMs)} ms`, '', '', '', null);

  const ADDS = 200_000;
  const record = promptOn(TODAY, localInstant(TODAY, 10 * 60, ZONE));
  // Only the adds are timed (the index is built outside); the first run warms up.
  const addsBest = (records: readonly HistoryRecord[]) => {
    let min = Number.POSITIVE_INFINITY;
    for (let run = 0; run <= RUNS; run++) {
      const index = new HistoryIndex(records, rules);
      const t0 = process.hrtime.bigint();
      for (let i = 0; i < ADDS; i++) index.add(record);
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      if (run > 0) min = Math.min(min, ms);
    }
    return min;
  };
  const empty = addsBest([]);
  const full = addsBest(history);
  const ratio = full / empty;
  row(
    '    index.add(prompt record), per call',
    `${fmt(ns(full, ADDS))} ns (10 years)`,
    `${fmt(ns(empty, ADDS))} ns (empty)`,
    `${fmt(ratio, 2)}x`,
    '<= 1.5x',
    ratio <= 1.5,
  );

  const core = (records: readonly HistoryRecord[]) => {
    let now = localInstant(TODAY, 9 * 60, ZONE);
    const ports: CorePorts = {
      now: () => now,
      zone: () => ZONE,
      random: seededRandom(1),
      appendHistory: () => {},
      saveSettings: () => {},
      notify: () => {},
    };
    const c = new MobesCore(ports, { settings: DEFAULT_SETTINGS, history: records, platform: 'linux' });
    return {
      record(n: number) {
        for (let i = 0; i < n; i++) {
          now += SEC;
          c.input({ type: 'action', at: now, action: 'start-break' });
          now += SEC;
          c.input({ type: 'action', at: now, action: 'done', reps: 10 });
        }
      },
    };
  };
  const CORE_N = 5_000;
  const coreBest = (records: readonly HistoryRecord[]) => {
    const c = core(records);
    return best(RUNS, () => c.record(CORE_N));
  };
  const coreEmpty = coreBest([]);
  const coreFull = coreBest(history);
  const coreRatio = coreFull / coreEmpty;
  row(
    '    MobesCore: manual break + done (records it)',
    `${fmt(ns(coreFull, CORE_N) / 1000, 2)} us (10 years)`,
    `${fmt(ns(coreEmpty, CORE_N) / 1000, 2)} us (empty)`,
    `${fmt(coreRatio, 2)}x`,
    '<= 1.5x',
    coreRatio <= 1.5,
  );

  const index = new HistoryIndex(history, rules);
  const STREAK_N = 20;
  const streakMs = best(RUNS, () => {
    for (let i = 0; i < STREAK_N; i++) computeStreaks(index.summaries(), TODAY, rules);
  });
  const incremental = best(RUNS, () => {
    for (let i = 0; i < 100_000; i++) index.streaks(TODAY);
  });
  row(
    '    computeStreaks over ten years (full scan)',
    `${fmt(streakMs / STREAK_N, 2)} ms`,
    `${fmt(ns(incremental, 100_000))} ns (index.streaks)`,
    '',
    '',
    null,
  );
}
