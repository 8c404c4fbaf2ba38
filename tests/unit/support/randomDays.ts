import fc from 'fast-check';
import { seededRandom } from '../../../shared/random';
import { applySettingsPatch, DEFAULT_SETTINGS } from '../../../shared/settings/schema';
import type { Settings } from '../../../shared/settings/schema';
import type { Response, Trace, TraceEntry } from '../../../shared/trace/format';
import { MIN, SEC, at } from './engineRig';

/**
 * Random days for the property tests: traces built from random segments of activity, locks, sleep,
 * pauses, manual breaks, clock jumps, zone and settings changes, with random answers to prompts.
 */

// --- random traces -------------------------------------------------------------------------------------

export type Segment =
  | { kind: 'type'; minutes: number; pauseChance: number }
  | { kind: 'short-idle'; seconds: number }
  | { kind: 'long-idle'; minutes: number }
  | { kind: 'lock' | 'suspend'; seconds: number }
  | { kind: 'pause'; minutes: number; resumeAfter: number }
  | { kind: 'start-break' }
  | { kind: 'clock'; minutes: number }
  | { kind: 'zone'; zone: string }
  | { kind: 'interval'; minutes: number }
  | { kind: 'respond'; with: Response; afterSeconds: number }
  | { kind: 'busy'; reason: 'call' | 'dnd' | 'fullscreen'; minutes: number; listening: boolean };

export const segment: fc.Arbitrary<Segment> = fc.oneof(
  {
    weight: 10,
    arbitrary: fc.record({
      kind: fc.constant('type' as const),
      minutes: fc.integer({ min: 1, max: 60 }),
      pauseChance: fc.double({ min: 0, max: 0.3, noNaN: true }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('short-idle' as const),
      seconds: fc.integer({ min: 5, max: 280 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('long-idle' as const),
      minutes: fc.integer({ min: 5, max: 90 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constantFrom('lock' as const, 'suspend' as const),
      // Short (under a minute: pauses the sitting clock) or long (up to 10 h: a natural break).
      seconds: fc.oneof(fc.integer({ min: 1, max: 59 }), fc.integer({ min: 60, max: 600 * 60 })),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('pause' as const),
      minutes: fc.integer({ min: 1, max: 120 }),
      resumeAfter: fc.integer({ min: 0, max: 150 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('start-break' as const) }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('clock' as const),
      minutes: fc
        .oneof(fc.integer({ min: -30, max: 30 }), fc.integer({ min: -8 * 60, max: 8 * 60 }))
        .filter((m) => m !== 0),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('zone' as const),
      zone: fc.constantFrom('Europe/Berlin', 'Europe/London', 'America/New_York', 'Asia/Tokyo'),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('interval' as const),
      minutes: fc.integer({ min: 10, max: 60 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('respond' as const),
      with: fc.constantFrom<Response>('done', 'skip', 'snooze', 'ignore'),
      afterSeconds: fc.integer({ min: 1, max: 120 }),
    }),
  },
);

/** A busy spell: on a call (listening or talking), Do Not Disturb or full screen, then free again. */
const busy: fc.Arbitrary<Segment> = fc.record({
  kind: fc.constant('busy' as const),
  reason: fc.constantFrom('call' as const, 'dnd' as const, 'fullscreen' as const),
  minutes: fc.integer({ min: 1, max: 90 }),
  listening: fc.boolean(),
});

export const scenario = fc.record({
  /** Start: mostly a work day of March 2026 inside work hours; sometimes any day from 06:00 to 20:00. */
  day: fc.oneof(
    {
      weight: 4,
      arbitrary: fc.constantFrom(2, 3, 4, 5, 6, 9, 10, 11, 12, 13, 16, 17, 18, 19, 20, 23, 24, 25, 26, 27),
    },
    { weight: 1, arbitrary: fc.integer({ min: 2, max: 31 }) },
  ),
  minute: fc.oneof(
    { weight: 4, arbitrary: fc.integer({ min: 9 * 60, max: 15 * 60 }) },
    { weight: 1, arbitrary: fc.integer({ min: 6 * 60, max: 20 * 60 }) },
  ),
  seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
  segments: fc.array(fc.oneof({ weight: 14, arbitrary: segment }, { weight: 1, arbitrary: busy }), {
    minLength: 3,
    maxLength: 40,
  }),
});
export type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

/**
 * Builds a trace from segments. The user lives in real time; the wall clock reads real - shift, in the
 * current zone. While typing, the OS idle time is observed every 10 s with small natural pauses.
 */
export function buildTrace(s: Scenario, initial: Settings = DEFAULT_SETTINGS): Trace {
  const rnd = seededRandom(s.seed);
  const begin = at(`2026-03-${String(s.day).padStart(2, '0')}T00:00`) + s.minute * MIN;
  let real = begin;
  let shift = 0;
  let zone = 'Europe/Berlin';
  let settings: Settings = initial;
  let lastInput = begin;
  const entries: TraceEntry[] = [];
  let line = 2;
  const wall = () => real - shift;
  const push = (e: TraceEntry) => {
    entries.push(e);
    line++;
  };
  const observe = () =>
    push({ line, type: 'idle', at: wall(), idleSeconds: Math.max(0, Math.floor((real - lastInput) / SEC)) });
  const type = (ms: number, pauseChance: number) => {
    const end = real + ms;
    let pauseUntil = 0;
    while (real < end) {
      const next = Math.min(end, real + (8 + Math.floor(rnd() * 5)) * SEC);
      if (next > pauseUntil) {
        lastInput = Math.max(lastInput, next - Math.floor(rnd() * 2000));
        if (rnd() < pauseChance) pauseUntil = lastInput + (3 + rnd() * 40) * SEC;
      }
      real = next;
      observe();
    }
  };
  const idle = (ms: number) => {
    const end = real + ms;
    while (real + 60 * SEC < end) {
      real += 60 * SEC;
      observe();
    }
    real = end;
    lastInput = end;
    observe();
  };

  for (const seg of s.segments) {
    switch (seg.kind) {
      case 'type':
        type(seg.minutes * MIN, seg.pauseChance);
        break;
      case 'short-idle':
      case 'long-idle':
        idle(seg.kind === 'short-idle' ? seg.seconds * SEC : seg.minutes * MIN);
        break;
      case 'lock':
      case 'suspend':
        real += SEC;
        push({ line, type: 'power', at: wall(), event: seg.kind });
        real += seg.seconds * SEC;
        push({ line, type: 'power', at: wall(), event: seg.kind === 'lock' ? 'unlock' : 'resume' });
        lastInput = real;
        observe();
        break;
      case 'pause': {
        real += SEC;
        push({ line, type: 'action', at: wall(), action: 'pause', until: wall() + seg.minutes * MIN });
        // Keeps working while paused; resumes early, or goes on past the end of the pause. Either way
        // the pause is over before anything else happens (so no clock change falls inside it).
        if (seg.resumeAfter < seg.minutes) {
          type(seg.resumeAfter * MIN, 0.1);
          real += SEC;
          push({ line, type: 'action', at: wall(), action: 'resume' });
        } else {
          type((seg.minutes + 1) * MIN, 0.1);
        }
        break;
      }
      case 'start-break':
        real += SEC;
        push({ line, type: 'action', at: wall(), action: 'start-break' });
        break;
      case 'clock': {
        real += SEC;
        const from = wall();
        shift -= seg.minutes * MIN;
        push({ line, type: 'clock', at: from, to: wall() });
        break;
      }
      case 'zone':
        real += SEC;
        zone = seg.zone;
        push({ line, type: 'clock', at: wall(), to: wall(), zone });
        break;
      case 'interval': {
        real += SEC;
        const patched = applySettingsPatch(settings, { breakIntervalMinutes: seg.minutes });
        if (!patched.ok) throw new Error('interval out of range');
        settings = patched.value;
        push({ line, type: 'settings', at: wall(), settings });
        break;
      }
      case 'respond':
        push({ line, type: 'respond', respond: { with: seg.with, afterSeconds: seg.afterSeconds } });
        break;
      case 'busy':
        real += SEC;
        push({ line, type: 'context', at: wall(), busy: [seg.reason], idleInhibited: false });
        if (seg.listening) idle(seg.minutes * MIN);
        else type(seg.minutes * MIN, 0.2);
        real += SEC;
        push({ line, type: 'context', at: wall(), busy: [], idleInhibited: false });
        break;
    }
  }
  real += MIN;
  return {
    header: { at: begin, zone: 'Europe/Berlin', seed: s.seed, settings: initial },
    entries,
    end: wall(),
    endZone: zone,
  };
}
