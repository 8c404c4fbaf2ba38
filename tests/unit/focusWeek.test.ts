import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../shared/catalog/catalog';
import { focusTargetFor, targetRepsFor } from '../../shared/catalog/reps';
import { HistoryIndex } from '../../shared/history/historyIndex';
import type { PromptRecord } from '../../shared/history/types';
import { isInWorkHoursAt } from '../../shared/schedule/workHours';
import { replay } from '../../shared/sim/replay';
import { parseTrace } from '../../shared/trace/parse';
import { TRACES_DIR } from '../traces/generate';
import { MIN, ZONE } from './support/engineRig';

const trace = parseTrace(readFileSync(join(TRACES_DIR, 'focus-week.jsonl'), 'utf8'));
const r = replay(trace);
const prompts = r.records.filter((x): x is PromptRecord => x.kind === 'prompt').sort((a, b) => a.at - b.at);
const WEEK = ['2026-03-09', '2026-03-10', '2026-03-11', '2026-03-12', '2026-03-13'];
const mobe = (id: string) => CATALOG.find((m) => m.id === id)!;

describe('a replayed week with a focus on the neck', () => {
  it('brings the chosen number of focus sets each day, no more', () => {
    expect(trace.header.settings.focus.setsPerDay).toBe(2);
    for (const day of WEEK) {
      const offered = prompts.filter((p) => p.day === day && p.focus !== undefined);
      expect(offered, day).toHaveLength(2);
      expect(r.days.find((d) => d.day === day)?.focus).toMatchObject({ offered: 2, setsPerDay: 2 });
    }
  });

  it('never offers two in a row or within the hour, and only in work hours', () => {
    for (let i = 1; i < prompts.length; i++) {
      if (prompts[i].focus && prompts[i].reason === 'due')
        expect(prompts[i - 1].focus, String(i)).toBeUndefined();
    }
    const times = prompts.filter((p) => p.focus).map((p) => p.at);
    for (let i = 1; i < times.length; i++) expect(times[i] - times[i - 1]).toBeGreaterThanOrEqual(60 * MIN);
    for (const t of times) expect(isInWorkHoursAt(t, ZONE, trace.header.settings.workHours)).toBe(true);
  });

  it('gives focus sets the focus dose and microbreaks the maintenance dose; a set counts for its area', () => {
    const first = prompts.find((p) => p.focus === 'set')!;
    expect(first.area).toBe('neck');
    expect(first.targetReps).toBe(focusTargetFor(mobe(first.mobeId), 40));
    for (const p of prompts.filter((x) => x.focus !== 'set')) {
      expect(p.targetReps).toBe(targetRepsFor(mobe(p.mobeId), trace.header.settings.breakLengthSeconds));
    }
    // The rotation's area counts include the focus sets (they are prompts of their area).
    const index = new HistoryIndex(r.records, trace.header.settings);
    const neck = prompts.filter((p) => p.day === WEEK[0] && p.area === 'neck');
    expect(neck.filter((p) => p.focus === 'set')).toHaveLength(2);
    expect(index.todayAreaPromptCounts(WEEK[0]).neck).toBe(neck.length);
  });

  it('records each answer, shrinks the set after it hurt, and the declined ones become microbreaks', () => {
    const feels = r.records.filter((x) => x.kind === 'feel');
    expect(feels.map((f) => (f.kind === 'feel' ? f.feel : ''))).toEqual([
      'same',
      'same',
      'harder',
      'harder',
      'hurt',
      'hurt',
      'easier',
      'easier',
    ]);
    const sets = prompts.filter((p) => p.focus === 'set');
    const afterHurt = sets.find(
      (p) => p.day === '2026-03-11' && p.at > sets.find((s) => s.day === '2026-03-11')!.at,
    )!;
    expect(afterHurt.targetReps).toBeLessThan(40);
    const declined = prompts.filter((p) => p.focus === 'declined');
    expect(declined.map((p) => p.day)).toEqual(['2026-03-12', '2026-03-12']);
    for (const p of declined) expect(p.outcome).toBe('done');
    // Friday's afternoon set was started from the tray; it counts toward the day's two.
    expect(sets.filter((p) => p.day === '2026-03-13').map((p) => p.reason)).toEqual(['due', 'manual']);
  });
});
