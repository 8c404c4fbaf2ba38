import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AREAS } from '../../shared/catalog/types';
import { FOCUS_FEELS } from '../../shared/focus/types';
import type { EngineDecision } from '../../shared/engine/types';
import type { PromptRecord } from '../../shared/history/types';
import { isInWorkHoursAt } from '../../shared/schedule/workHours';
import { applySettingsPatch, DEFAULT_SETTINGS } from '../../shared/settings/schema';
import type { Settings } from '../../shared/settings/schema';
import { replay } from '../../shared/sim/replay';
import type { InputView } from '../../shared/sim/replay';
import type { Trace, TraceEntry } from '../../shared/trace/format';
import { MIN, at } from './support/engineRig';
import { buildTrace, scenario } from './support/randomDays';

/**
 * Focus sets over random days: the old invariants (no bursts after a return, no due prompt while
 * idle, locked, asleep, paused or off hours) still hold with a focus period on, and the sets come as
 * promised (at most the chosen count a day, an hour apart, never twice in a row).
 */
const focusDay = fc.record({
  s: scenario,
  target: fc.oneof(
    fc.constantFrom(...AREAS).map((area) => ({ area })),
    fc.constantFrom('neck-circles', 'wrist-circles', 'seated-pelvic-circles').map((mobeId) => ({ mobeId })),
  ),
  setsPerDay: fc.integer({ min: 1, max: 3 }),
  reps: fc.integer({ min: 25, max: 75 }),
  /** Hours after the start the period ends; null: until ended. */
  endsAfter: fc.option(fc.integer({ min: 1, max: 30 })),
  /** How respond lines meet focus sets, and which manual breaks are focus sets from the tray. */
  decline: fc.boolean(),
  feel: fc.constantFrom(...FOCUS_FEELS),
  trayFocus: fc.boolean(),
});
type FocusDay = typeof focusDay extends fc.Arbitrary<infer T> ? T : never;

function focusTrace(f: FocusDay): Trace {
  const begin = at(`2026-03-${String(f.s.day).padStart(2, '0')}T00:00`) + f.s.minute * MIN;
  const focus = {
    target: f.target,
    since: begin - 24 * 60 * MIN,
    until: f.endsAfter === null ? null : begin + f.endsAfter * 60 * MIN,
    setsPerDay: f.setsPerDay,
    reps: f.reps,
    inPrompts: true,
  };
  const patched = applySettingsPatch(DEFAULT_SETTINGS, { focus });
  if (!patched.ok) throw new Error(JSON.stringify(patched.errors));
  const trace = buildTrace(f.s, patched.value);
  const entries = trace.entries.map((e): TraceEntry => {
    if (e.type === 'action' && e.action === 'start-break' && f.trayFocus)
      return { line: e.line, type: 'action', at: e.at, action: 'start-focus' };
    if (e.type === 'respond')
      return { ...e, respond: { ...e.respond, feel: f.feel, ...(f.decline ? { focus: 'decline' } : {}) } };
    return e;
  });
  return { ...trace, entries };
}

/** A due prompt that is not the microbreak a declined focus set became (that one replaces a prompt). */
const isNewDuePrompt = (d: EngineDecision) =>
  d.type === 'prompt' && d.prompt.reason === 'due' && d.prompt.focus !== 'declined';

const RUNS = Number(process.env.PROP_RUNS ?? 60);
const TIMEOUT = 60_000 + RUNS * 500;

describe('focus sets over random days', () => {
  it(
    'keep the old invariants: no bursts, no due prompt while idle, locked, asleep, paused or off hours',
    () => {
      fc.assert(
        fc.property(focusDay, (f) => {
          const views: InputView[] = [];
          replay(focusTrace(f), { afterInput: (v) => views.push(v) });
          let locked = false;
          let asleep = false;
          let pausedUntil: number | null = null;
          const returns: number[] = [];
          const prompts: number[] = [];
          for (const v of views) {
            const { input } = v;
            if (input.type === 'power') {
              if (input.event === 'lock' || input.event === 'unlock') locked = input.event === 'lock';
              if (input.event === 'suspend' || input.event === 'resume') asleep = input.event === 'suspend';
              if (input.event === 'resume' || input.event === 'unlock') returns.push(v.real);
            }
            if (input.type === 'action' && input.action === 'pause') pausedUntil = input.until;
            if (input.type === 'action' && input.action === 'resume') pausedUntil = null;
            if (pausedUntil !== null && input.at >= pausedUntil) pausedUntil = null;
            if (!v.decisions.some(isNewDuePrompt)) continue;
            prompts.push(v.real);
            expect(input.type).toBe('idle');
            if (input.type === 'idle')
              expect(input.idleSeconds).toBeLessThan(v.settings.naturalBreakMinutes * 60);
            expect(locked).toBe(false);
            expect(asleep).toBe(false);
            expect(pausedUntil).toBeNull();
            expect(isInWorkHoursAt(input.at, v.zone, v.settings.workHours)).toBe(true);
          }
          for (const back of returns) {
            expect(prompts.filter((p) => p >= back && p < back + 5 * MIN).length).toBeLessThanOrEqual(1);
          }
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    'offer at most the chosen sets a day, an hour apart, never twice in a row, only in the period',
    () => {
      fc.assert(
        fc.property(focusDay, (f) => {
          const trace = focusTrace(f);
          const { records } = replay(trace);
          const settings: Settings = trace.header.settings;
          const prompts = records.filter((r): r is PromptRecord => r.kind === 'prompt');
          const perDay = new Map<string, number>();
          let last: PromptRecord | null = null;
          let lastOffer: PromptRecord | null = null;
          for (const p of prompts) {
            if (p.focus && p.reason === 'due') {
              perDay.set(p.day, (perDay.get(p.day) ?? 0) + 1);
              expect(last?.focus).toBeUndefined();
              if (lastOffer) expect(p.at - lastOffer.at).toBeGreaterThanOrEqual(60 * MIN);
              expect(p.at).toBeGreaterThanOrEqual(settings.focus.since!);
              if (settings.focus.until !== null) expect(p.at).toBeLessThan(settings.focus.until);
            }
            if (p.focus) lastOffer = p;
            last = p;
          }
          for (const n of perDay.values()) expect(n).toBeLessThanOrEqual(settings.focus.setsPerDay);
          for (const p of prompts.filter((x) => x.focus === 'set')) {
            expect(p.targetReps).toBeGreaterThanOrEqual(25);
            expect(p.targetReps).toBeLessThanOrEqual(75);
          }
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );
});
