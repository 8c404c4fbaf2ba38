/**
 * Engine and history benchmarks (run by `npm run bench`). Not a pass/fail test: every figure is printed
 * beside its baseline and target, and a figure that misses its target is marked MISSED.
 *
 * (a) A work year (250 days x 9 h) of 1-second idle samples through the real Engine, against a bare
 *     loop over the same samples. Both loops generate the samples the same way into one reused input
 *     object, so the difference is the engine's own cost per sample.
 * (b) Recording an outcome with ten years of history against none: HistoryIndex.add, the same through
 *     MobesCore (a manual break and its answer), and computeStreaks over ten years.
 * (c) How often the engine asks for an idle sample: far from a due break, in the lull window, away.
 */
import { MobesCore } from '../shared/app/core';
import type { CorePorts } from '../shared/app/ports';
import { CATALOG } from '../shared/catalog/catalog';
import { Engine } from '../shared/engine/engine';
import type { EngineInput } from '../shared/engine/types';
import { HistoryIndex } from '../shared/history/historyIndex';
import { computeStreaks } from '../shared/history/streaks';
import type { HistoryRecord, PromptRecord } from '../shared/history/types';
import { seededRandom } from '../shared/random';
import { DEFAULT_SETTINGS } from '../shared/settings/schema';
import { simulate } from '../shared/sim/simulate';
import { addDays, localInstant, weekdayOfDay } from '../shared/time/zoned';
import type { DayKey } from '../shared/time/types';

const ZONE = 'Europe/Berlin';
const SEC = 1000;
const MIN = 60 * SEC;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

interface Row {
  what: string;
  value: string;
  baseline: string;
  ratio: string;
  target: string;
  met: boolean | null;
}
const rows: Row[] = [];

function row(
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
function best(runs: number, fn: () => void): number {
  fn();
  let min = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    fn();
    min = Math.min(min, Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return min;
}

const ns = (ms: number, n: number) => (ms * 1e6) / n;
const fmt = (x: number, digits = 1) => x.toFixed(digits);

/** Work days (Mon-Fri) from a Monday on, as day keys. */
function workDays(first: DayKey, count: number): DayKey[] {
  const out: DayKey[] = [];
  for (let day = first; out.length < count; day = addDays(day, 1)) {
    if (weekdayOfDay(day) !== 'sat' && weekdayOfDay(day) !== 'sun') out.push(day);
  }
  return out;
}

// --- (a) a year of 1-second samples ---------------------------------------------------------------------

const YEAR_DAYS = 250;
const DAY_SECONDS = 9 * 3600;
const dayStarts = workDays('2026-01-05', YEAR_DAYS).map((d) => localInstant(d, 9 * 60, ZONE));
const SAMPLES = YEAR_DAYS * DAY_SECONDS;

/**
 * The idle seconds the OS reports at second s of the work day: typing with a 3-second lift every 20 s,
 * half a minute of reading every 7 minutes, and lunch away from 12:30 to 13:15.
 */
function idleAt(s: number): number {
  if (s >= 12_600 && s < 15_300) return s - 12_600;
  const r = s % 420;
  if (r >= 390) return r - 390;
  const q = s % 20;
  return q >= 17 ? q - 17 : 0;
}

function bareLoop(): number {
  const input = { type: 'idle' as const, at: 0, idleSeconds: 0 };
  let sink = 0;
  for (let d = 0; d < YEAR_DAYS; d++) {
    const start = dayStarts[d];
    for (let s = 0; s < DAY_SECONDS; s++) {
      input.at = start + s * SEC;
      input.idleSeconds = idleAt(s);
      sink += input.at + input.idleSeconds + (input.type === 'idle' ? 1 : 0);
    }
  }
  return sink;
}

let engineStats = { prompts: 0, records: 0 };
function engineLoop(): number {
  const engine = new Engine({
    settings: DEFAULT_SETTINGS,
    zone: ZONE,
    at: dayStarts[0] - MIN,
    pickMobe: () => ({ mobeId: 'neck-circles', area: 'neck', targetReps: 12 }),
    newId: () => 'p',
  });
  const input = { type: 'idle' as const, at: 0, idleSeconds: 0 };
  let sink = 0;
  let answerAt = Number.POSITIVE_INFINITY;
  let prompts = 0;
  let records = 0;
  for (let d = 0; d < YEAR_DAYS; d++) {
    const start = dayStarts[d];
    for (let s = 0; s < DAY_SECONDS; s++) {
      input.at = start + s * SEC;
      input.idleSeconds = idleAt(s);
      if (input.at >= answerAt) {
        // The user finishes the mobe 45 s after it shows (rare: a few times an hour).
        for (const o of engine.handle({ type: 'action', at: input.at, action: 'done', reps: 12 })) {
          if (o.type === 'record') records++;
        }
        answerAt = Number.POSITIVE_INFINITY;
      }
      const out = engine.handle(input);
      if (out.length) {
        for (const o of out) {
          if (o.type === 'prompt') {
            prompts++;
            answerAt = o.at + 45 * SEC;
          } else if (o.type === 'record') records++;
        }
      }
      sink += out.length;
    }
  }
  engineStats = { prompts, records };
  return sink;
}

function benchYear() {
  const bare = best(RUNS, bareLoop);
  const engine = best(RUNS, engineLoop);
  const ratio = engine / bare;
  row(
    `(a) year of 1-s samples (${(SAMPLES / 1e6).toFixed(2)} M), per sample`,
    `${fmt(ns(engine, SAMPLES))} ns (${fmt(engine / 1000, 2)} s)`,
    `${fmt(ns(bare, SAMPLES))} ns (${fmt(bare / 1000, 2)} s)`,
    `${fmt(ratio, 2)}x`,
    '<= 3x',
    ratio <= 3,
  );
  row(
    '    prompts / records in that year',
    `${engineStats.prompts} / ${engineStats.records}`,
    '',
    '',
    '',
    null,
  );
}

// --- (b) recording with ten years of history -----------------------------------------------------------

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

function benchHistory() {
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

// --- (c) samples per minute ----------------------------------------------------------------------------

function benchSampling() {
  const start = localInstant('2026-03-02', 9 * 60, ZONE);
  const engine = new Engine({
    settings: DEFAULT_SETTINGS,
    zone: ZONE,
    at: start,
    pickMobe: () => ({ mobeId: 'neck-circles', area: 'neck', targetReps: 12 }),
    newId: () => 'p',
  });
  const samples: { at: number; phase: string; toGo: number }[] = [];
  const target = {
    input(input: EngineInput) {
      const before = engine.snapshot();
      if (input.type === 'idle')
        samples.push({ at: input.at, phase: before.phase, toGo: before.secondsToNextBreak });
      engine.handle(input);
    },
    nextWakeAt: () => engine.nextWakeAt(),
  };
  // Types steadily without ever lifting the hands for 3 s: the lull window runs its full length.
  const typing = (t: number) => ((t / SEC) % 20 >= 18 ? 1 : 0);
  const awayFrom = start + 40 * MIN;
  simulate({
    target,
    idleAt: (t) => (t >= awayFrom ? (t - awayFrom) / SEC : typing(t)),
    events: [],
    until: start + 60 * MIN,
  });
  // Samples a minute in a state: the samples taken in it over the time until each one's next sample.
  const perMinute = (keep: (s: (typeof samples)[number]) => boolean) => {
    let count = 0;
    let ms = 0;
    for (let i = 0; i + 1 < samples.length; i++) {
      // Both ends in the state: the step out of it (into a prompt, say) is not part of it.
      if (!keep(samples[i]) || !keep(samples[i + 1])) continue;
      count++;
      ms += samples[i + 1].at - samples[i].at;
    }
    return ms ? count / (ms / MIN) : 0;
  };
  const farRate = perMinute((s) => s.phase === 'sitting' && s.toGo > 60);
  row('(c) samples/min sitting far (> 1 min) from due', fmt(farRate, 2), '', '', '<= 6', farRate <= 6);
  row(
    '    samples/min in the lull window (due)',
    fmt(
      perMinute((s) => s.phase === 'due'),
      2,
    ),
    `window <= ${DEFAULT_SETTINGS.lullWaitSeconds} s`,
    '',
    '',
    null,
  );
  row(
    '    samples/min away (idle, unlocked)',
    fmt(
      perMinute((s) => s.phase === 'away'),
      2,
    ),
    '',
    '',
    '',
    null,
  );
  const total = (samples.length / 60).toFixed(1);
  row('    samples/min over that hour (40 min sitting)', total, '', '', '', null);
}

// --- report --------------------------------------------------------------------------------------------

function printTable() {
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
}

console.log(`Engine bench (node ${process.version}, best of ${RUNS} runs after a warm-up)\n`);
benchYear();
benchHistory();
benchSampling();
printTable();
const missed = rows.filter((r) => r.met === false).length;
console.log(`\n${missed ? `${missed} figure(s) MISSED their target` : 'every target met'}.`);
