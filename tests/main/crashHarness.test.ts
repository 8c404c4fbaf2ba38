import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HistoryIndex } from '../../shared/history/historyIndex';
import { parseRecord } from '../../shared/history/recordSchema';
import type { HistoryRecord, SittingRecord } from '../../shared/history/types';
import { seededRandom } from '../../shared/random';
import { DEFAULT_SETTINGS } from '../../shared/settings/schema';
import { dayKeyAt } from '../../shared/time/zoned';
import { MONTH_END, MONTH_START, ZONE } from './crash/monthOfWork';

/**
 * Crash harness with real processes: a child Node process runs the real core on the real history
 * file, checkpoint and settings store (conf) in a temp folder, through a simulated month
 * (crash/crashChild.ts); this test SIGKILLs it at random moments and starts it again, over and over.
 *
 * The folder is on /dev/shm when there is one: SIGKILL leaves exactly what was written with write()
 * in the page cache on any file system, so a RAM disk gives the same outcomes without waiting for
 * fsync to reach a disk (a power cut, which fsync is for, cannot be simulated by killing a process).
 */
const KILLS = 200;
const MAX_SITTING_LOSS_S = 5 * 60;

const root = existsSync('/dev/shm') ? '/dev/shm' : tmpdir();
const work = mkdtempSync(join(root, 'mobes-crash-'));
const bundle = join(work, 'child.cjs');
const LOADER = join(__dirname, 'crash/codeCacheLoader.mjs');
afterAll(() => rmSync(work, { recursive: true, force: true }));

beforeAll(async () => {
  await build({
    entryPoints: [join(__dirname, 'crash/crashChild.ts')],
    bundle: true,
    minify: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile: bundle,
    logLevel: 'warning',
  });
}, 60_000);

interface Start {
  loaded: number;
  notices: string[];
  logs: string[];
  recovered: SittingRecord[];
}
interface Life {
  start: Start | null;
  /** The last progress line: time, and the bout under way. */
  last: { t: number; bout: { start: number; active: number } | null } | null;
  inputs: number;
  ended: boolean;
}

/** Runs the child from `from`; kills it with SIGKILL after `killAfter` inputs (or `killAtMs` after spawn). */
function life(dir: string, from: number, kill: { afterInputs?: number; atMs?: number } = {}): Promise<Life> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        LOADER,
        bundle,
        JSON.stringify({
          dir,
          from,
          until: MONTH_END,
          yieldEvery: kill.afterInputs || kill.atMs !== undefined ? 4 : 0,
        }),
      ],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const result: Life = { start: null, last: null, inputs: 0, ended: false };
    let rest = '';
    let stderr = '';
    let killed = false;
    const killNow = () => {
      if (!killed) child.kill('SIGKILL');
      killed = true;
    };
    if (kill.atMs !== undefined) setTimeout(killNow, kill.atMs);
    child.stderr.on('data', (d) => (stderr += d));
    child.stdout.on('data', (chunk: Buffer) => {
      const lines = (rest + chunk.toString()).split('\n');
      rest = lines.pop()!;
      for (const line of lines) {
        if (line.startsWith('p ')) {
          const [, t, start, active] = line.split(' ');
          result.last = {
            t: Number(t),
            bout: start === '-' ? null : { start: Number(start), active: Number(active) },
          };
          if (++result.inputs === kill.afterInputs) killNow();
        } else if (line.startsWith('start ')) result.start = JSON.parse(line.slice(6));
        else if (line === 'end') result.ended = true;
      }
    });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (signal !== 'SIGKILL' && code !== 0) reject(new Error(`child failed (${code}): ${stderr}`));
      else resolve(result);
    });
  });
}

const readLines = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8') : '');
/** Complete lines (ending in a newline) that hold a valid record: what a kill cannot take back. */
const completeRecords = (text: string) =>
  text
    .split('\n')
    .slice(0, -1)
    .filter((l) => parseRecord(safeJson(l)).ok);
function safeJson(l: string): unknown {
  try {
    return JSON.parse(l);
  } catch {
    return undefined;
  }
}

const rules = { dailyGoal: DEFAULT_SETTINGS.dailyGoal, workHours: DEFAULT_SETTINGS.workHours };
const LAST_DAY = dayKeyAt(MONTH_END - 1, ZONE);

function sittingByDay(records: readonly HistoryRecord[]) {
  const days = new Map<string, number>();
  for (const r of records)
    if (r.kind === 'sitting') days.set(r.day, (days.get(r.day) ?? 0) + r.activeSeconds);
  return days;
}

describe('crash harness: SIGKILL at random moments through a month of use', () => {
  it(`loses at most one record and five minutes of sitting per kill, duplicates nothing (${KILLS}+ kills)`, async () => {
    // The clean run: the same month, never killed, alongside the killed one (two cores).
    const cleanDir = join(work, 'clean');
    mkdirSync(cleanDir);
    const cleanRun = life(cleanDir, MONTH_START);
    /** Inputs per life on average: the month has about 25,700 inputs, so 200 lives leave some over. */
    const perLife = 90;

    const dir = join(work, 'killed');
    mkdirSync(dir);
    const historyPath = join(dir, 'history.jsonl');
    const random = seededRandom(20260302);
    const figures = {
      kills: 0,
      killsInStartUp: 0,
      recordsLost: 0,
      tornLines: 0,
      boutsRecovered: 0,
      maxSittingLostS: 0,
    };
    const killsByDay = new Map<string, number>();
    /** What the previous kill left: complete records on disk, and the bout under way. */
    let left: { onDisk: number; bout: { start: number; active: number } | null } | null = null;
    let from = MONTH_START;
    let finalRun: Life | null = null;
    for (let n = 0; !finalRun; n++) {
      // One life in ten is killed during start-up (loading, salvage, crash recovery), the rest mid-month;
      // after enough kills, the last life runs to the end of the month.
      const kill =
        figures.kills >= KILLS
          ? {}
          : n % 10 === 9
            ? { atMs: Math.floor(random() * 150) }
            : { afterInputs: 1 + Math.floor(random() * 2 * perLife) };
      const run = await life(dir, from, kill);
      if (run.ended) finalRun = run;
      const start = run.start;
      if (start && left) {
        // The start after a kill: quiet, and it loads all that was on disk (bar a torn last line).
        expect(start.notices, `notices after kill ${figures.kills}`).toEqual([]);
        const torn = start.logs.filter((l) => l.includes('dropped an incomplete last line')).length;
        figures.tornLines += torn;
        const lost = left.onDisk - start.loaded + torn;
        expect(lost, `records lost by kill ${figures.kills}`).toBeLessThanOrEqual(1);
        figures.recordsLost += lost;
        figures.boutsRecovered += start.recovered.length;
        expect(start.recovered.length).toBeLessThanOrEqual(1);
        // The bout under way at the kill: recovered (or already recorded), losing at most five minutes.
        const bout = left.bout;
        if (bout) {
          const kept = completeRecords(readLines(historyPath))
            .map((l) => JSON.parse(l) as HistoryRecord)
            .find((r): r is SittingRecord => r.kind === 'sitting' && r.start === bout.start);
          const sittingLost = bout.active - (kept?.activeSeconds ?? 0);
          figures.maxSittingLostS = Math.max(figures.maxSittingLostS, sittingLost);
          expect(sittingLost, `sitting lost by kill ${figures.kills}`).toBeLessThanOrEqual(
            MAX_SITTING_LOSS_S,
          );
        }
        left = null;
      }
      if (finalRun) break;
      figures.kills++;
      if (!start) figures.killsInStartUp++;
      const t = run.last?.t ?? from;
      killsByDay.set(dayKeyAt(t, ZONE), (killsByDay.get(dayKeyAt(t, ZONE)) ?? 0) + 1);
      // What the kill left on disk. A kill before start-up finished leaves the previous state to check.
      const settingsText = existsSync(join(dir, 'settings.json'))
        ? readFileSync(join(dir, 'settings.json'), 'utf8')
        : '{}';
      expect(() => JSON.parse(settingsText), `settings.json after kill ${figures.kills}`).not.toThrow();
      if (start || !left)
        left = { onDisk: completeRecords(readLines(historyPath)).length, bout: run.last?.bout ?? null };
      // The next start comes a second after the input the killed process was at (time runs forward).
      if (run.last) from = run.last.t + 1000;
    }
    expect(finalRun!.start!.notices).toEqual([]);
    const clean = await cleanRun;
    expect(clean.ended).toBe(true);
    const cleanRecords = completeRecords(readLines(join(cleanDir, 'history.jsonl'))).map(
      (l) => JSON.parse(l) as HistoryRecord,
    );

    const lines = readLines(historyPath).split('\n').filter(Boolean);
    const records = lines.map((l) => JSON.parse(l) as HistoryRecord);
    // Nothing duplicated: no line twice, no bout twice.
    expect(new Set(lines).size).toBe(lines.length);
    const boutStarts = records.flatMap((r) => (r.kind === 'sitting' ? [r.start] : []));
    expect(new Set(boutStarts).size).toBe(boutStarts.length);
    expect(records.filter((r) => r.kind === 'sitting' && r.endedBy === 'crash').length).toBe(
      figures.boutsRecovered,
    );

    // Sitting per day: never more than the clean month (nothing counted twice), and less by at most
    // five minutes per kill that day.
    const cleanSitting = sittingByDay(cleanRecords);
    const killedSitting = sittingByDay(records);
    for (const [day, seconds] of cleanSitting) {
      const got = killedSitting.get(day) ?? 0;
      expect(got, day).toBeLessThanOrEqual(seconds + 60);
      expect(seconds - got, day).toBeLessThanOrEqual((killsByDay.get(day) ?? 0) * MAX_SITTING_LOSS_S + 60);
    }

    // The streaks equal those of the clean month (up to days that lost a record).
    const cleanIndex = new HistoryIndex(cleanRecords, rules);
    const killedIndex = new HistoryIndex(records, rules);
    if (figures.recordsLost === 0)
      expect(killedIndex.streaks(LAST_DAY)).toEqual(cleanIndex.streaks(LAST_DAY));
    for (const day of cleanSitting.keys()) {
      const goal = (i: HistoryIndex) => i.summary(day).done >= rules.dailyGoal;
      expect(goal(killedIndex), `goal met on ${day}`).toBe(goal(cleanIndex));
    }

    console.log(
      `crash harness: ${figures.kills} kills (${figures.killsInStartUp} during start-up), ${figures.recordsLost} records lost ` +
        `(${figures.tornLines} torn lines), ${figures.boutsRecovered} bouts recovered, at most ${figures.maxSittingLostS} s of sitting lost ` +
        `per kill; ${records.length} records vs ${cleanRecords.length} in the clean month; streak ${JSON.stringify(killedIndex.streaks(LAST_DAY))}`,
    );
    expect(figures.kills).toBeGreaterThanOrEqual(200);
  }, 300_000);
});
