import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIN_AWAY_MS } from '../../shared/engine/timing';
import type { HistoryRecord } from '../../shared/history/types';
import { parseTrace } from '../../shared/trace/parse';
import { replay, replayToJsonLines } from '../../shared/sim/replay';
import type { ReplayResult } from '../../shared/sim/replay';
import { TRACES, TRACES_DIR } from '../traces/generate';
import { MIN, SEC, at } from './support/engineRig';

const load = (name: string) => readFileSync(join(TRACES_DIR, name), 'utf8');
const replayFile = (name: string) => replay(parseTrace(load(name)));

/** Real times of the events of one kind fed to the app. */
function powerTimes(r: ReplayResult, event: string): number[] {
  return r.events.flatMap((e) => (e.input.type === 'power' && e.input.event === event ? [e.real] : []));
}

function promptTimes(r: ReplayResult): number[] {
  return r.decisions.flatMap((d) => (d.decision.type === 'prompt' ? [d.real] : []));
}

/** Checks every example trace must pass. */
function expectSensible(r: ReplayResult) {
  // No negative durations.
  for (const rec of r.records) {
    if (rec.kind === 'prompt') expect(rec.endedAt).toBeGreaterThanOrEqual(rec.at);
    else if (rec.kind !== 'feel') expect(rec.end).toBeGreaterThanOrEqual(rec.start);
    if (rec.kind === 'sitting') expect(rec.activeSeconds).toBeGreaterThanOrEqual(0);
  }
  for (const line of r.lines) {
    if (line.event === 'natural-break' || line.event === 'sitting')
      expect(line.minutes).toBeGreaterThanOrEqual(0);
  }
  // Summaries add up: bouts to day sitting time, prompt records to outcome counts.
  for (const day of r.days) {
    const bouts = r.records.filter((x) => x.kind === 'sitting' && x.day === day.day) as Extract<
      HistoryRecord,
      { kind: 'sitting' }
    >[];
    expect(bouts.reduce((s, b) => s + b.activeSeconds, 0)).toBe(day.sittingSeconds);
    const boutMinutes = r.lines.filter(
      (l) => l.event === 'sitting' && bouts.some((b) => b.activeSeconds === l.activeSeconds),
    );
    expect(boutMinutes.reduce((s, l) => s + (l.event === 'sitting' ? l.minutes : 0), 0)).toBeCloseTo(
      day.sittingMinutes,
      0,
    );
    const prompts = r.records.filter((x) => x.kind === 'prompt' && x.day === day.day);
    expect(prompts).toHaveLength(day.prompts);
    expect(day.done + day.skipped + day.snoozed + day.missed).toBe(day.prompts);
    expect(r.records.filter((x) => x.kind === 'natural-break' && x.day === day.day)).toHaveLength(
      day.naturalBreaks,
    );
  }
  // Never a prompt within 5 minutes of waking up or of coming back from a natural break (a lock of a
  // minute or more restarts the sitting clock).
  const prompts = promptTimes(r);
  const unlocks = powerTimes(r, 'unlock');
  const locks = powerTimes(r, 'lock');
  const naturalReturns = [
    ...powerTimes(r, 'resume'),
    ...unlocks.filter((u) => {
      const lock = Math.max(...locks.filter((l) => l <= u));
      return u - lock >= MIN_AWAY_MS;
    }),
  ];
  for (const back of naturalReturns) {
    expect(prompts.filter((p) => p >= back && p < back + 5 * MIN)).toEqual([]);
  }
  // A short lock only pauses the sitting clock: a break may follow, but never a burst.
  for (const u of unlocks)
    expect(prompts.filter((p) => p >= u && p < u + 5 * MIN).length).toBeLessThanOrEqual(1);
  // The app asks for an idle sample at most every second, and at most 6 a minute on average.
  for (const day of r.days)
    if (day.samplesPerHour !== null) expect(day.samplesPerHour).toBeLessThanOrEqual(360);
}

describe('example traces', () => {
  it('are what the generator writes', () => {
    for (const [name, make] of Object.entries(TRACES)) expect(load(name), name).toBe(make());
  });

  it('office day: 3-4 prompts per sitting hour, lunch and meetings are natural breaks, a short lock is not', () => {
    const r = replayFile('office-day.jsonl');
    expectSensible(r);
    expect(r.days).toHaveLength(1);
    const [day] = r.days;
    expect(day.day).toBe('2026-03-02');
    expect(day.promptsPerSittingHour).toBeGreaterThanOrEqual(2.5);
    expect(day.promptsPerSittingHour).toBeLessThanOrEqual(4);
    // Sitting 09:00-17:40 less meetings, coffee and lunch: between 4 and 7 hours.
    expect(day.sittingMinutes).toBeGreaterThan(4 * 60);
    expect(day.sittingMinutes).toBeLessThan(7 * 60);
    const breaks = r.records.filter((x) => x.kind === 'natural-break');
    const lunch = breaks.find(
      (b) => b.reason === 'lock' && b.start <= at('2026-03-02T12:31') && b.end >= at('2026-03-02T13:15'),
    );
    expect(lunch).toBeDefined();
    expect(lunch!.end - lunch!.start).toBeGreaterThan(40 * MIN);
    // Stand-up (locked), coffee (idle), lunch (locked), meeting (idle), home (suspend); not the 20 s lock
    // nor the three minutes of reading.
    expect(breaks.map((b) => b.reason)).toEqual(['lock', 'idle', 'lock', 'idle', 'suspend']);
    expect(day.naturalBreaks).toBe(5);
    // Nothing before work hours start at 09:00, although the user is at the desk from 08:55.
    expect(Math.min(...promptTimes(r))).toBeGreaterThan(at('2026-03-02T09:15'));
    expect(day.done).toBe(day.prompts);
    expect(day.goalMet).toBe(true);
    expect(day.streak).toEqual({ current: 1, best: 1 });
  });

  it('overnight across DST: one natural break for the night, real hours counted, streak of two days', () => {
    const r = replayFile('overnight-dst.jsonl');
    expectSensible(r);
    expect(r.days.map((d) => d.day)).toEqual(['2026-03-28', '2026-03-29']);
    for (const d of r.days) {
      expect(d.promptsPerSittingHour).toBeGreaterThanOrEqual(2.5);
      expect(d.promptsPerSittingHour).toBeLessThanOrEqual(4);
      expect(d.goalMet).toBe(true);
    }
    const [sat, sun] = r.days;
    expect(sat.streak).toEqual({ current: 1, best: 1 });
    expect(sun.streak).toEqual({ current: 2, best: 2 });
    // Saturday's work hours (18:00-23:00) seen from 18:20; Sunday 08:00-13:00 in full.
    expect(sat.workHours).toBeCloseTo(4 + 40 / 60, 2);
    expect(sun.workHours).toBe(5);

    const suspend = at('2026-03-28T22:40');
    const resume = at('2026-03-29T09:10');
    const night = r.records.find(
      (x): x is Extract<HistoryRecord, { kind: 'natural-break' }> =>
        x.kind === 'natural-break' && x.reason === 'suspend' && x.start < resume,
    );
    expect(night).toMatchObject({ day: '2026-03-28', end: resume });
    // 22:40 to 09:10 on the wall clock is only 9.5 real hours: the clocks went forward.
    expect(night!.end - night!.start).toBeGreaterThan(9.5 * 60 * MIN - 10 * SEC);
    expect(night!.end - night!.start).toBeLessThanOrEqual(9.5 * 60 * MIN);
    expect(r.lines.find((l) => l.event === 'natural-break' && l.reason === 'suspend')).toMatchObject({
      minutes: 570,
    });
    expect(r.sampleTimes.filter((t) => t > suspend + 5 * SEC && t < resume)).toEqual([]);
    // Local times carry the offset in force: winter time on Saturday, summer time on Sunday.
    expect(r.lines.filter((l) => l.event === 'prompt').map((l) => l.t.slice(19))).toEqual(
      expect.arrayContaining(['+01:00', '+02:00']),
    );
  });

  it('locks and clock jumps: short locks pause, long ones reset, clock changes never burst or go negative', () => {
    const r = replayFile('locks-and-jump.jsonl');
    expectSensible(r);
    expect(r.days).toHaveLength(1);
    const [day] = r.days;
    expect(day.promptsPerSittingHour).toBeGreaterThanOrEqual(2.5);
    expect(day.promptsPerSittingHour).toBeLessThanOrEqual(4);
    // Four long locks and the suspend at the end; the 15, 40 and 30 s locks are not breaks.
    const breaks = r.records.filter((x) => x.kind === 'natural-break');
    expect(breaks.map((b) => b.reason)).toEqual(['lock', 'lock', 'lock', 'lock', 'suspend']);
    for (const b of breaks) expect(b.end - b.start).toBeGreaterThanOrEqual(MIN_AWAY_MS);
    // Due prompts are spaced by sitting time, on the real time axis, across both clock jumps.
    const prompts = r.decisions.filter((d) => d.decision.type === 'prompt').map((d) => d.real);
    for (let i = 1; i < prompts.length; i++) expect(prompts[i] - prompts[i - 1]).toBeGreaterThan(10 * MIN);
    // After the move to London, times are printed in London time.
    expect(r.lines.at(-1)).toMatchObject({ event: 'end', t: '2026-03-03T18:15:00+00:00' });
    // A short lock only pauses the sitting clock, so a break that comes due may follow it: at most one.
    for (const u of powerTimes(r, 'unlock')) {
      expect(promptTimes(r).filter((p) => p >= u && p < u + 5 * MIN).length).toBeLessThanOrEqual(1);
    }
  });

  it('replays deterministically', () => {
    for (const name of Object.keys(TRACES)) {
      expect(replayToJsonLines(replayFile(name))).toBe(replayToJsonLines(replayFile(name)));
    }
  });
});
