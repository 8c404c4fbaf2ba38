/**
 * # Trace format
 *
 * A trace records what a user did at the computer over a day or more, so the app's behaviour can be
 * replayed deterministically (`mobes replay TRACE`) and checked in tests. It is JSON Lines: one JSON
 * object per line. Blank lines and lines starting with `#` are comments.
 *
 * ## Times
 * Every `at` (and a clock line's `to`, a pause's `until`) is one of:
 * - a local date-time without offset, `"2026-03-02T08:55:00"` (seconds and milliseconds optional),
 *   read in the trace's current zone (after a clock line that changes the zone, the new zone). A local
 *   time skipped by a DST change means the first instant after the gap; a repeated one, its first
 *   occurrence;
 * - an ISO date-time with an offset, `"2026-03-02T08:55:00+01:00"` or `"...Z"`;
 * - epoch milliseconds, `1772438100000`.
 * Each line's time must not be earlier than the previous line's, except that the line after a clock
 * line continues from the clock line's new time (`to`).
 *
 * ## Lines
 * The first line is the header:
 *   {"type":"start","at":"2026-03-02T08:55:00","zone":"Europe/Berlin","seed":1,"settings":{...}}
 *   - zone: IANA time zone; seed (optional, default 1): seeds the choice of mobes;
 *   - settings (optional): any settings fields, on top of the defaults (validated like the app does).
 * Then, in time order:
 *   {"at":...,"type":"idle","idleSeconds":N}
 *       An observation of the OS idle time: the user's last input was N seconds before `at`.
 *   {"at":...,"type":"power","event":"suspend|resume|lock|unlock|shutdown"}
 *       After a shutdown the app is started again (with the history so far) at the next line.
 *   {"at":...,"type":"action","action":"start-break|snooze|skip|done|pause|resume", ...}
 *       done needs "reps"; pause needs "until" (a time) or "minutes"; start-break takes an optional
 *       "mobeId". These are the user's own clicks (tray menu, break window).
 *   {"at":...,"type":"settings","settings":{...}}
 *       The user changed settings: the given fields on top of the current settings.
 *   {"at":...,"type":"clock","to":"<new wall time>","zone":"<new zone>"}
 *       The wall clock jumped to `to` and/or the zone changed at `at` (both optional, at least one).
 *       Following lines continue from the new wall time.
 *   {"type":"respond","with":"done|skip|snooze|ignore","afterSeconds":N}
 *       A directive, not an event: how the simulated user answers prompts from here on, N seconds after
 *       each prompt shows (done answers with the target reps). A trace records the user's activity, not
 *       the app's prompts, so until a directive says otherwise every prompt is done after the break's
 *       length (target reps x the mobe's seconds per rep). Without afterSeconds: done after the break's
 *       length, skip and snooze after 5 s. "ignore" leaves prompts unanswered (they time out as missed).
 *       An answer to a prompt that has already closed (the screen locked, say) does nothing.
 *   {"at":...,"type":"end"}
 *       Optional last line: where the replay stops (default: the last line's time). Nothing is answered
 *       after it.
 * Every line is checked: an error names the line number and what is wrong (malformed JSON, an unknown
 * type, event or action, a missing or invalid field, a time earlier than the previous line's, an
 * unknown zone, invalid settings naming the setting). Unknown fields are errors too, to catch typos.
 *
 * ## Replay output (`mobes replay TRACE`)
 * JSON Lines, each decision with the local time `t` (ISO with offset, in the zone in force): "app-start",
 * "prompt" (reason, mobe, area, targetReps), "outcome" (done/skipped/snoozed/missed, reps), "sitting"
 * (a bout: start, end, activeSeconds, minutes, endedBy), "natural-break" (start, end, reason, minutes),
 * "phase" (from, to) and a final "end" line; then one "day" line per day: prompts and outcomes, sitting
 * minutes, due prompts per sitting hour, longest stretch, natural breaks, idle samples per hour of work
 * hours, goal and streak as it stood that day. `--summary-only` prints only the day lines.
 *
 * ## The simulated user's idle time
 * Each idle observation says the last input happened at `at - idleSeconds`. The OS idle time at any
 * moment t is t minus the latest known input at or before t: between observations the user is assumed
 * idle since their last known input, and an observation revealing an input in between takes effect
 * from that input's time. Before any known input, the user counts as idle since the trace start. Idle
 * time runs on real elapsed time, so a wall-clock jump does not change it. Replays sample it whenever the
 * app asks (as the app does), in whole seconds as the OS reports it.
 */
import type { PowerEvent } from '../engine/types';
import type { Settings } from '../settings/schema';
import type { EpochMs, Zone } from '../time/types';

export const POWER_EVENTS = [
  'suspend',
  'resume',
  'lock',
  'unlock',
  'shutdown',
] as const satisfies readonly PowerEvent[];
export const TRACE_ACTIONS = ['start-break', 'snooze', 'skip', 'done', 'pause', 'resume'] as const;
export type TraceAction = (typeof TRACE_ACTIONS)[number];
export const RESPONSES = ['done', 'skip', 'snooze', 'ignore'] as const;
export type Response = (typeof RESPONSES)[number];
export const LINE_TYPES = [
  'start',
  'idle',
  'power',
  'action',
  'settings',
  'clock',
  'respond',
  'end',
] as const;
export type LineType = (typeof LINE_TYPES)[number];

/** How the simulated user answers prompts. afterSeconds null: done after the break's length. */
export interface RespondPolicy {
  with: Response;
  afterSeconds: number | null;
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
  | { type: 'action'; at: EpochMs; action: 'snooze' | 'skip' | 'resume' }
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
