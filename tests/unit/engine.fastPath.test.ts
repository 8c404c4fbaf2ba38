import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { Engine } from '../../shared/engine/engine';
import type { EngineInput, PowerEvent } from '../../shared/engine/types';
import { DEFAULT_SETTINGS } from '../../shared/settings/schema';
import type { Settings } from '../../shared/settings/schema';
import { MIN, SEC, ZONE, at } from './support/engineRig';

/**
 * The engine's two paths for an idle sample: the fast one (steadySample, which only credits time) and
 * the full one. Random input sequences go to one engine with the fast path and one without it; after
 * every input both must have decided the same, and stand in the same state with the same wakeup.
 */

type Step =
  /** An idle sample when the engine asked for one (or `late` ms after), the user idle `idle` s. */
  | { kind: 'wake'; late: number; idle: number }
  /** An idle sample `gap` ms after the last input. */
  | { kind: 'sample'; gap: number; idle: number }
  | { kind: 'power'; gap: number; event: PowerEvent }
  | { kind: 'action'; gap: number; action: 'start-break' | 'done' | 'skip' | 'snooze' | 'resume' }
  | { kind: 'pause'; gap: number; minutes: number }
  | { kind: 'settings'; gap: number; interval: number; natural: number; lull: number }
  | { kind: 'clock'; gap: number; jump: number; zone: string | null };

/** Idle seconds as a typist shows them: mostly none, some short lifts, now and then a long absence. */
const idle = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 0, max: 3 }) },
  { weight: 3, arbitrary: fc.integer({ min: 4, max: 40 }) },
  { weight: 1, arbitrary: fc.integer({ min: 60, max: 1200 }) },
);
const gap = fc.integer({ min: 0, max: 45 * SEC });

const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 30,
    arbitrary: fc.record({
      kind: fc.constant('wake' as const),
      late: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 3 * MIN })),
      idle,
    }),
  },
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('sample' as const), gap, idle }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('power' as const),
      gap,
      event: fc.constantFrom<PowerEvent>('lock', 'unlock', 'suspend', 'resume'),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('action' as const),
      gap,
      action: fc.constantFrom(
        'start-break' as const,
        'done' as const,
        'skip' as const,
        'snooze' as const,
        'resume' as const,
      ),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('pause' as const),
      gap,
      minutes: fc.integer({ min: 1, max: 90 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('settings' as const),
      gap,
      interval: fc.integer({ min: 10, max: 60 }),
      natural: fc.integer({ min: 2, max: 15 }),
      lull: fc.integer({ min: 2, max: 10 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('clock' as const),
      gap,
      jump: fc.integer({ min: -90 * MIN, max: 90 * MIN }),
      zone: fc.constantFrom(null, 'Europe/London', 'America/New_York', ZONE),
    }),
  },
);

function engine(start: number, fastPath: boolean): Engine {
  let n = 0;
  return new Engine({
    settings: DEFAULT_SETTINGS,
    zone: ZONE,
    at: start,
    pickMobe: () => ({ mobeId: 'neck-circles', area: 'neck', targetReps: 10 }),
    newId: () => `p${n++}`,
    fastPath,
  });
}

/** The input a step makes, given the last input's time and what the engine asks for. */
function inputOf(s: Step, last: number, wake: number | null, settings: Settings): EngineInput | null {
  switch (s.kind) {
    case 'wake':
      return wake === null ? null : { type: 'idle', at: wake + s.late, idleSeconds: s.idle };
    case 'sample':
      return { type: 'idle', at: last + s.gap, idleSeconds: s.idle };
    case 'power':
      return { type: 'power', at: last + s.gap, event: s.event };
    case 'action':
      return s.action === 'done'
        ? { type: 'action', at: last + s.gap, action: 'done', reps: 10 }
        : { type: 'action', at: last + s.gap, action: s.action };
    case 'pause':
      return { type: 'action', at: last + s.gap, action: 'pause', until: last + s.gap + s.minutes * MIN };
    case 'settings':
      return {
        type: 'settings',
        at: last + s.gap,
        settings: {
          ...settings,
          breakIntervalMinutes: s.interval,
          naturalBreakMinutes: s.natural,
          lullSeconds: s.lull,
        },
      };
    case 'clock':
      return s.zone
        ? { type: 'clock', at: last + s.gap + s.jump, zone: s.zone }
        : { type: 'clock', at: last + s.gap + s.jump };
  }
}

describe('the fast sample path and the full path agree', () => {
  it('gives the same decisions, records, snapshots and wakeups for random inputs', () => {
    const start = at('2026-03-02T08:50');
    fc.assert(
      fc.property(fc.array(step, { minLength: 20, maxLength: 400 }), (steps) => {
        const fast = engine(start, true);
        const full = engine(start, false);
        let last = start;
        let settings = DEFAULT_SETTINGS;
        for (const s of steps) {
          const input = inputOf(s, last, fast.nextWakeAt(), settings);
          if (!input) continue;
          if (input.type === 'settings') settings = input.settings;
          const a = fast.handle(input);
          const b = full.handle(input);
          expect(a).toEqual(b);
          expect(fast.snapshot()).toEqual(full.snapshot());
          expect(fast.nextWakeAt()).toBe(full.nextWakeAt());
          last = input.at;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('takes the fast path for most samples of a steady hour (so the comparison above covers it)', () => {
    const fullPath = vi.spyOn(Engine.prototype as unknown as { handleAny: () => unknown }, 'handleAny');
    const start = at('2026-03-02T09:00');
    const fast = engine(start, true);
    const full = engine(start, false);
    let samples = 0;
    // A typist's hour, sampled when the engine asks: a 3 s lift every 20 s.
    for (let t = start + SEC; t < start + 60 * MIN; t = fast.nextWakeAt() ?? t + SEC) {
      const input: EngineInput = { type: 'idle', at: t, idleSeconds: (t / SEC) % 20 >= 17 ? 3 : 0 };
      expect(fast.handle(input)).toEqual(full.handle(input));
      samples++;
    }
    const fullRuns = (e: Engine) => fullPath.mock.contexts.filter((c) => c === e).length;
    expect(samples).toBeGreaterThan(100);
    expect(fullRuns(full)).toBe(samples);
    expect(fullRuns(fast)).toBeLessThan(samples / 10);
    fullPath.mockRestore();
  });
});
