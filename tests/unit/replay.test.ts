import { describe, expect, it } from 'vitest';
import { parseTrace } from '../../shared/trace/parse';
import { replay, replayToJsonLines } from '../../shared/sim/replay';
import { CLICK_SECONDS } from '../../shared/sim/simulatedUser';
import { MIN, SEC, at } from './support/engineRig';

// --- small traces -------------------------------------------------------------------------------------
const MONDAY = '2026-03-02';
type Line = Record<string, unknown>;

/** A header and lines; `work(from, to)` writes a user typing steadily (an observation every 10 s). */
function small(lines: Line[], header: Line = {}): string {
  return [{ type: 'start', at: `${MONDAY}T09:00:00`, zone: 'Europe/Berlin', seed: 7, ...header }, ...lines]
    .map((l) => JSON.stringify(l))
    .join('\n');
}

function work(fromMinute: number, toMinute: number): Line[] {
  const out: Line[] = [];
  for (let s = fromMinute * 60; s <= toMinute * 60; s += 10) {
    out.push({ at: at(`${MONDAY}T09:00`) + s * SEC, type: 'idle', idleSeconds: s % 30 === 0 ? 2 : 0 });
  }
  return out;
}

const endAt = (minute: number): Line => ({ at: at(`${MONDAY}T09:00`) + minute * MIN, type: 'end' });
const run = (lines: Line[], header?: Line) => replay(parseTrace(small(lines, header)));

describe('replay', () => {
  it('answers prompts with done after the break length by default', () => {
    const r = run([...work(0, 40), endAt(40)]);
    const outcomes = r.records.filter((x) => x.kind === 'prompt');
    expect(outcomes.length).toBeGreaterThanOrEqual(2);
    for (const p of outcomes) {
      expect(p).toMatchObject({ outcome: 'done', reason: 'due' });
      expect(p.kind === 'prompt' && p.reps).toBe(p.kind === 'prompt' && p.targetReps);
      expect(p.kind === 'prompt' && p.endedAt - p.at).toBeGreaterThanOrEqual(30 * SEC);
      expect(p.kind === 'prompt' && p.endedAt - p.at).toBeLessThanOrEqual(60 * SEC);
    }
  });

  it.each([
    ['skip', 'skipped', CLICK_SECONDS * SEC],
    ['snooze', 'snoozed', CLICK_SECONDS * SEC],
    ['ignore', 'missed', 5 * MIN],
  ] as const)('respond %s records %s', (response, outcome, delay) => {
    const r = run([{ type: 'respond', with: response }, ...work(0, 25), endAt(25)]);
    const [first] = r.records.filter((x) => x.kind === 'prompt');
    expect(first).toMatchObject({ outcome });
    expect(first.kind === 'prompt' && first.endedAt - first.at).toBeGreaterThanOrEqual(delay);
    expect(first.kind === 'prompt' && first.endedAt - first.at).toBeLessThan(delay + 31 * SEC);
  });

  it('a respond directive takes effect from where it stands', () => {
    const r = run([
      ...work(0, 20),
      { type: 'respond', with: 'skip', afterSeconds: 2 },
      ...work(20, 45),
      endAt(45),
    ]);
    const outcomes = r.records.flatMap((x) => (x.kind === 'prompt' ? [x.outcome] : []));
    expect(outcomes[0]).toBe('done');
    expect(outcomes.slice(1)).toEqual(outcomes.slice(1).map(() => 'skipped'));
    expect(outcomes.length).toBeGreaterThanOrEqual(2);
  });

  it('plays the user actions of the trace: a manual break, a pause, settings', () => {
    const t0 = at(`${MONDAY}T09:00`);
    const r = run([
      { type: 'respond', with: 'ignore' },
      ...work(0, 5),
      { at: t0 + 5 * MIN + SEC, type: 'action', action: 'start-break', mobeId: 'neck-circles' },
      { at: t0 + 5 * MIN + 40 * SEC, type: 'action', action: 'done', reps: 9 },
      ...work(6, 8),
      { at: t0 + 8 * MIN + SEC, type: 'action', action: 'pause', minutes: 30 },
      ...work(9, 40),
      { at: t0 + 40 * MIN + SEC, type: 'settings', settings: { breakIntervalMinutes: 10 } },
      ...work(41, 55),
      endAt(55),
    ]);
    const [manual] = r.records.filter((x) => x.kind === 'prompt');
    expect(manual).toMatchObject({ reason: 'manual', mobeId: 'neck-circles', outcome: 'done', reps: 9 });
    // Paused 09:08-09:38: nothing in between; the sitting clock restarts at the end of the pause, and
    // with the 10-minute interval set at 09:40 the next break is due after 10 minutes of sitting.
    expect(r.lines.some((l) => l.event === 'phase' && l.to === 'paused')).toBe(true);
    const due = r.decisions.flatMap((d) =>
      d.decision.type === 'prompt' && d.decision.prompt.reason === 'due' ? [d.real] : [],
    );
    expect(due.length).toBeGreaterThanOrEqual(1);
    expect(due[0]).toBeGreaterThan(t0 + 48 * MIN);
    expect(due[0]).toBeLessThan(t0 + 54 * MIN);
    expect(r.settings.breakIntervalMinutes).toBe(10);
  });

  it('starts the app again after a shutdown, keeping the history so far', () => {
    const t0 = at(`${MONDAY}T09:00`);
    const r = run([
      ...work(0, 20),
      { at: t0 + 20 * MIN + SEC, type: 'power', event: 'shutdown' },
      ...work(30, 50),
      endAt(50),
    ]);
    expect(r.lines.filter((l) => l.event === 'app-start').map((l) => l.t)).toEqual([
      '2026-03-02T09:00:00+01:00',
      '2026-03-02T09:30:00+01:00',
    ]);
    expect(r.records.find((x) => x.kind === 'sitting')).toMatchObject({ endedBy: 'shutdown' });
    // No samples while the app was not running.
    expect(r.sampleTimes.filter((t) => t > t0 + 20 * MIN + SEC && t < t0 + 30 * MIN)).toEqual([]);
    expect(r.days[0].prompts).toBeGreaterThanOrEqual(2);
  });

  it('answers nothing after the end', () => {
    const first = run([...work(0, 25), endAt(25)]).decisions.find((d) => d.decision.type === 'prompt')!.real;
    const minutes = (first - at(`${MONDAY}T09:00`) + 10 * SEC) / MIN;
    const r = run([...work(0, minutes), endAt(minutes)]);
    const prompts = r.decisions.filter((d) => d.decision.type === 'prompt');
    expect(prompts).toHaveLength(1);
    expect(r.records.filter((x) => x.kind === 'prompt')).toEqual([]);
    expect(r.lines.at(-1)).toMatchObject({ event: 'end', phase: 'prompting' });
  });

  it('counts the bout still under way at the end on the last day, as the history view does', () => {
    // Two hours of steady typing from 09:00 and no break at all: nothing is recorded as sitting yet.
    const r = run([...work(0, 120), endAt(120)]);
    expect(r.records.filter((x) => x.kind === 'sitting')).toEqual([]);
    const [day] = r.days;
    // Typing with a 2 s lift every 30 s credits nearly all of it: well over 1 h 50 min.
    expect(day.sittingSeconds).toBeGreaterThan(110 * 60);
    expect(day.sittingSeconds).toBeLessThanOrEqual(120 * 60);
    expect(day.sittingSeconds).toBe(r.openBout.sittingSeconds);
    expect(day.longestStretchMinutes).toBe(day.sittingMinutes);
    expect(day.promptsPerSittingHour).toBeGreaterThan(0);
    // The end line says the same, in minutes.
    const end = r.lines.at(-1)!;
    expect(end).toMatchObject({ event: 'end', openSittingMinutes: day.sittingMinutes });
  });

  it('counts no open bout once the app has stopped', () => {
    const r = run([
      ...work(0, 60),
      { at: at(`${MONDAY}T10:00`) + 5 * SEC, type: 'power', event: 'shutdown' },
      endAt(70),
    ]);
    expect(r.openBout.sittingSeconds).toBe(0);
    const recorded = r.records.filter((x) => x.kind === 'sitting');
    expect(r.days[0].sittingSeconds).toBe(
      recorded.reduce((sum, b) => sum + (b.kind === 'sitting' ? b.activeSeconds : 0), 0),
    );
  });

  it('prints decisions then one summary line per day, or only the summaries', () => {
    const r = run([...work(0, 40), endAt(40)]);
    const all = replayToJsonLines(r)
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(all.at(-1)).toMatchObject({ event: 'day', day: MONDAY });
    expect(all[0]).toMatchObject({ event: 'app-start', t: '2026-03-02T09:00:00+01:00' });
    expect(all.find((l) => l.event === 'prompt')).toEqual({
      t: expect.stringMatching(/^2026-03-02T09:\d\d:\d\d(\.\d+)?\+01:00$/),
      event: 'prompt',
      reason: 'due',
      mobe: expect.any(String),
      area: expect.any(String),
      targetReps: expect.any(Number),
    });
    const summary = replayToJsonLines(r, { summaryOnly: true })
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(summary).toEqual([all.at(-1)]);
  });
});
