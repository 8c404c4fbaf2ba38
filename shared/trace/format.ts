/**
 * The trace format's types. The format itself (times, lines, replay output, how the simulated user's
 * idle time is read) is described once, for users, in README.md under "Trace format (`mobes replay`)";
 * the parser (parse.ts, line schemas in lineSchemas.ts) follows it line by line.
 */
import type { BusyReason } from '../context/reasons';
import type { PowerEvent } from '../engine/types';
import type { FocusFeel } from '../focus/types';
import type { Settings } from '../settings/schema';
import type { EpochMs, Zone } from '../time/types';

export const POWER_EVENTS = [
  'suspend',
  'resume',
  'lock',
  'unlock',
  'shutdown',
] as const satisfies readonly PowerEvent[];
export const TRACE_ACTIONS = [
  'start-break',
  'snooze',
  'skip',
  'done',
  'pause',
  'resume',
  'meeting',
  'end-meeting',
  'start-focus',
  'decline-focus',
] as const;
export type TraceAction = (typeof TRACE_ACTIONS)[number];
export const RESPONSES = ['done', 'skip', 'snooze', 'ignore'] as const;
/** How the simulated user meets a focus set offered in place of a microbreak: does it, or declines it. */
export const FOCUS_RESPONSES = ['do', 'decline'] as const;
export type Response = (typeof RESPONSES)[number];
export const LINE_TYPES = [
  'start',
  'idle',
  'power',
  'action',
  'settings',
  'clock',
  'context',
  'respond',
  'end',
] as const;
export type LineType = (typeof LINE_TYPES)[number];

/** How the simulated user answers prompts. afterSeconds null: done after the break's length. */
export interface RespondPolicy {
  with: Response;
  afterSeconds: number | null;
  /** A focus set offered in place of a microbreak: done as the policy says (default), or declined. */
  focus?: (typeof FOCUS_RESPONSES)[number];
  /** The answer to "How did that feel?" after a focus set done; default 'same'. */
  feel?: FocusFeel;
}

export const DEFAULT_RESPOND: RespondPolicy = Object.freeze({ with: 'done', afterSeconds: null });

export interface TraceHeader {
  at: EpochMs;
  zone: Zone;
  seed: number;
  /** The complete settings the app starts with (defaults plus the header's fields). */
  settings: Settings;
}

/** A parsed trace line, times resolved to epoch ms. `line` is its 1-based line number in the file. */
export type TraceEntry = { line: number } & (
  | { type: 'idle'; at: EpochMs; idleSeconds: number }
  | { type: 'power'; at: EpochMs; event: PowerEvent }
  | { type: 'action'; at: EpochMs; action: 'start-break'; mobeId?: string }
  | {
      type: 'action';
      at: EpochMs;
      action: 'snooze' | 'skip' | 'resume' | 'end-meeting' | 'start-focus' | 'decline-focus';
    }
  /** Manual meeting mode until a time, or until an `end-meeting` when `until` is null. */
  | { type: 'action'; at: EpochMs; action: 'meeting'; until: EpochMs | null }
  /** What the busy detectors see: the reasons (empty: free), and whether an idle inhibitor is held. */
  | { type: 'context'; at: EpochMs; busy: BusyReason[]; idleInhibited: boolean }
  | { type: 'action'; at: EpochMs; action: 'done'; reps: number }
  | { type: 'action'; at: EpochMs; action: 'pause'; until: EpochMs }
  /** `settings`: the complete settings after the change. */
  | { type: 'settings'; at: EpochMs; settings: Settings }
  /** `at`: when it happened on the old clock; `to`: the new wall time (equal to `at` for a zone change). */
  | { type: 'clock'; at: EpochMs; to: EpochMs; zone?: Zone }
  | { type: 'respond'; respond: RespondPolicy }
);

export interface Trace {
  header: TraceHeader;
  entries: TraceEntry[];
  /** Where the replay stops, on the clock of the last line. */
  end: EpochMs;
  /** The zone in force at the end. */
  endZone: Zone;
}

export class TraceError extends Error {
  constructor(
    /** 1-based line number, 0 when the problem is the file as a whole. */
    readonly line: number,
    readonly detail: string,
  ) {
    super(line > 0 ? `line ${line}: ${detail}` : detail);
    this.name = 'TraceError';
  }
}
