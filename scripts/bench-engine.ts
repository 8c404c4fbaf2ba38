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
import { Engine } from '../shared/engine/engine';
import type { EngineInput } from '../shared/engine/types';
import { DEFAULT_SETTINGS } from '../shared/settings/schema';
import { simulate } from '../shared/sim/simulate';
import { localInstant } from '../shared/time/zoned';
import { benchHistory } from './benchEngineHistory';
import { best, fmt, MIN, ns, printTable, row, RUNS, SEC, workDays, ZONE } from './benchEngineRows';

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

// --- (b) recording with ten years of history: scripts/benchEngineHistory.ts ----------------------------

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

console.log(`Engine bench (node ${process.version}, best of ${RUNS} runs after a warm-up)\n`);
benchYear();
benchHistory();
benchSampling();
const missed = printTable();
console.log(`\n${missed ? `${missed} figure(s) MISSED their target` : 'every target met'}.`);
