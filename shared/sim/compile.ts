import type { FocusFeel } from '../focus/types';
import type { EngineInput } from '../engine/types';
import type { RespondPolicy, Trace } from '../trace/format';
import type { EpochMs, Zone } from '../time/types';
import { IdleTimeline } from './idleTimeline';

/** An answer the simulated user gives to one prompt. */
export interface Answer {
  promptId: string;
  /** `decline` turns a focus set into a microbreak (key D), which is then answered in turn. */
  with: 'done' | 'skip' | 'snooze' | 'decline';
  reps: number;
  /** After a focus set done: the answer to "How did that feel?". */
  feel?: FocusFeel;
}

type ClockInput = Extract<EngineInput, { type: 'clock' }>;

/** One item of a replay's queue: what happens at `at`, with everything needed to carry it out. */
export type Step =
  /** A trace event fed to the app as it is (power, action, settings). */
  | { type: 'event'; at: EpochMs; input: EngineInput }
  /** The wall clock changed at `from` (old clock) to `at`; `shift` undoes every change so far. */
  | { type: 'clock'; at: EpochMs; input: ClockInput; from: EpochMs; shift: number }
  /** From here on the simulated user answers prompts this way. */
  | { type: 'respond'; at: EpochMs; policy: RespondPolicy }
  /** After a shutdown the app starts again here. */
  | { type: 'restart'; at: EpochMs }
  /** The simulated user answers a prompt. */
  | { type: 'answer'; at: EpochMs; answer: Answer };

/** A stretch of wall time on one clock, in one zone. */
export interface Segment {
  from: EpochMs;
  to: EpochMs;
  zone: Zone;
}

export interface CompiledTrace {
  steps: Step[];
  /** The simulated user's OS idle time, on the real axis. */
  idle: IdleTimeline;
  /** Clock segments, in order; the last one ends at the trace's end. */
  segments: Segment[];
  /** How prompts are answered from the start (a respond directive before any timed line). */
  policy: RespondPolicy | null;
}

/** Turns trace entries into the replay's queue of steps, the idle timeline and the clock segments. */
export function compileTrace(trace: Trace): CompiledTrace {
  const { header, entries } = trace;
  const steps: Step[] = [];
  const segments: Segment[] = [];
  const observations: [EpochMs, number][] = [];
  let policy: RespondPolicy | null = null;
  let shift = 0;
  let zone = header.zone;
  let cursor = header.at;
  let segmentStart = header.at;
  let restartDue = false;
  const feed = (input: EngineInput) => steps.push({ type: 'event', at: input.at, input });
  for (const e of entries) {
    if (e.type === 'respond') {
      // Before the first timed line it is simply the policy from the start.
      if (cursor === header.at && !steps.length) policy = e.respond;
      else steps.push({ type: 'respond', at: cursor, policy: e.respond });
      continue;
    }
    if (restartDue) {
      // After a shutdown the app starts again with the next sign of life in the trace.
      steps.push({ type: 'restart', at: e.at });
      restartDue = false;
    }
    cursor = e.type === 'clock' ? e.to : e.at;
    switch (e.type) {
      case 'idle':
        observations.push([e.at + shift, e.idleSeconds]);
        break;
      case 'power':
        feed({ type: 'power', at: e.at, event: e.event });
        if (e.event === 'shutdown') restartDue = true;
        break;
      case 'action':
        feed(actionInput(e));
        break;
      case 'settings':
        feed({ type: 'settings', at: e.at, settings: e.settings });
        break;
      case 'context':
        feed({ type: 'context', at: e.at, busy: e.busy, idleInhibited: e.idleInhibited });
        break;
      case 'clock': {
        segments.push({ from: segmentStart, to: e.at, zone });
        shift += e.at - e.to;
        if (e.zone) zone = e.zone;
        segmentStart = e.to;
        const input: ClockInput = e.zone
          ? { type: 'clock', at: e.to, zone: e.zone }
          : { type: 'clock', at: e.to };
        steps.push({ type: 'clock', at: e.to, input, from: e.at, shift });
        break;
      }
    }
  }
  segments.push({ from: segmentStart, to: trace.end, zone });
  return { steps, idle: new IdleTimeline(header.at, observations), segments, policy };
}

type ActionEntry = Extract<Trace['entries'][number], { type: 'action' }>;

function actionInput(e: ActionEntry): EngineInput {
  switch (e.action) {
    case 'start-break':
      return { type: 'action', at: e.at, action: e.action, mobeId: e.mobeId };
    case 'done':
      return { type: 'action', at: e.at, action: e.action, reps: e.reps };
    case 'pause':
      return { type: 'action', at: e.at, action: e.action, until: e.until };
    case 'meeting':
      return { type: 'action', at: e.at, action: e.action, until: e.until };
    default:
      return { type: 'action', at: e.at, action: e.action };
  }
}
