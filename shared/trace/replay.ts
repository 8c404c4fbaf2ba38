import { MobesCore } from '../app/core';
import type { CorePorts } from '../app/ports';
import { catalogById } from '../catalog/catalog';
import type { Area } from '../catalog/types';
import type { EngineDecision, EngineInput, EngineSnapshot, Phase } from '../engine/types';
import { HistoryIndex } from '../history/historyIndex';
import type {
  BoutEnd,
  HistoryRecord,
  NaturalBreakReason,
  PromptOutcome,
  PromptReason,
} from '../history/types';
import { seededRandom } from '../random';
import { workIntervalsOfDay } from '../schedule/workHours';
import type { Settings } from '../settings/schema';
import { addDays, dayFromNumber, dayKeyAt, dayNumber } from '../time/zoned';
import type { DayKey, EpochMs, Zone } from '../time/types';
import { DEFAULT_RESPOND } from './format';
import type { RespondPolicy, Trace } from './format';
import { IdleTimeline } from './idleTimeline';
import { simulate } from './simulate';
import type { SimulationTarget } from './simulate';
import { localIso } from './time';

/** One line of replay output: what the app decided, at local time `t`. */
export type ReplayLine =
  | { t: string; event: 'app-start'; phase: Phase }
  | { t: string; event: 'prompt'; reason: PromptReason; mobe: string; area: Area; targetReps: number }
  | {
      t: string;
      event: 'outcome';
      outcome: PromptOutcome;
      reason: PromptReason;
      mobe: string;
      reps: number;
      targetReps: number;
      shownAt: string;
    }
  | {
      t: string;
      event: 'natural-break';
      reason: NaturalBreakReason;
      start: string;
      end: string;
      minutes: number;
    }
  | {
      t: string;
      event: 'sitting';
      start: string;
      end: string;
      activeSeconds: number;
      minutes: number;
      endedBy: BoutEnd;
    }
  | { t: string; event: 'phase'; from: Phase; to: Phase }
  | { t: string; event: 'end'; phase: Phase | 'stopped'; openSittingMinutes: number };

/** One day of a replay, from the history the replay recorded (an open bout at the end is not in it). */
export interface DayLine {
  event: 'day';
  day: DayKey;
  /** Prompts recorded (due and manual), any outcome. */
  prompts: number;
  duePrompts: number;
  done: number;
  skipped: number;
  snoozed: number;
  missed: number;
  sittingSeconds: number;
  sittingMinutes: number;
  /** Due prompts per hour of recorded sitting; null without sitting time. */
  promptsPerSittingHour: number | null;
  longestStretchMinutes: number;
  naturalBreaks: number;
  /** Idle samples the app asked for that day. */
  samples: number;
  /** Hours of work-hours wall time the trace covered that day (work hours as set at the end). */
  workHours: number;
  /** samples / workHours; null when the trace covered no work hours that day. */
  samplesPerHour: number | null;
  goal: number;
  goalMet: boolean;
  /** Streaks as they stood at the end of the day (later days not counted). */
  streak: { current: number; best: number };
}

export interface TimedDecision {
  decision: EngineDecision;
  /** Real elapsed time axis (wall time undone of clock jumps), for comparing across clock changes. */
  real: EpochMs;
  zone: Zone;
}

export interface FedEvent {
  input: EngineInput;
  real: EpochMs;
}

export interface ReplayResult {
  lines: ReplayLine[];
  days: DayLine[];
  records: HistoryRecord[];
  decisions: TimedDecision[];
  /** Trace events and the simulated user's answers (as actions), in the order fed to the app. */
  events: FedEvent[];
  /** Wall times of the idle samples the app asked for. */
  sampleTimes: EpochMs[];
  samples: number;
  inputs: number;
  /** Settings at the end. */
  settings: Settings;
}

/** Default delay of a skip or snooze answer: a click a few seconds after the window shows. */
export const CLICK_SECONDS = 5;

type Marker = { kind: 'restart' } | { kind: 'respond'; policy: RespondPolicy };
interface Answer {
  promptId: string;
  with: 'done' | 'skip' | 'snooze';
  reps: number;
}
interface Segment {
  from: EpochMs;
  to: EpochMs;
  zone: Zone;
}

/**
 * Replays a trace through the real core (engine, history, selection) with in-memory ports, the way the
 * shell drives it: idle samples exactly when the app asks, trace events in between, answers to prompts
 * as the trace's respond directives say. Pure and deterministic: the same trace gives the same result.
 */
export function replay(trace: Trace, options: ReplayOptions = {}): ReplayResult {
  return new Replay(trace, options).run();
}

/** What a replay shows an observer after each input (tests check invariants with it). */
export interface InputView {
  input: EngineInput;
  /** Decisions this input caused. */
  decisions: readonly EngineDecision[];
  snapshot: EngineSnapshot;
  nextWakeAt: EpochMs | null;
  real: EpochMs;
  zone: Zone;
  settings: Settings;
}

export interface ReplayOptions {
  /** Called after every input the app handles (samples, trace events, answers). */
  afterInput?(view: InputView): void;
}

/** The replay as JSON Lines: decisions then one line per day, or only the day lines. */
export function replayToJsonLines(result: ReplayResult, options: { summaryOnly?: boolean } = {}): string {
  const lines = options.summaryOnly ? result.days : [...result.lines, ...result.days];
  return lines.map((l) => JSON.stringify(l)).join('\n') + '\n';
}

class Replay implements SimulationTarget {
  private now: EpochMs;
  private zone: Zone;
  /** real = wall + shift: undoes the wall-clock jumps seen so far. */
  private shift = 0;
  private settings: Settings;
  private core!: MobesCore;
  private stopped = false;
  private policy: RespondPolicy = DEFAULT_RESPOND;
  private segmentIndex = 0;

  private readonly records: HistoryRecord[] = [];
  private readonly lines: ReplayLine[] = [];
  private readonly decisions: TimedDecision[] = [];
  private readonly fed: FedEvent[] = [];
  private readonly sampleTimes: EpochMs[] = [];
  private readonly samplesByDay = new Map<DayKey, number>();
  private pending: EngineDecision[] = [];

  private readonly events: EngineInput[] = [];
  private readonly markers = new Map<EngineInput, Marker>();
  private readonly answers = new Map<EngineInput, Answer>();
  private readonly clockShift = new Map<EngineInput, number>();
  private readonly jumpFrom = new Map<EngineInput, EpochMs>();
  private readonly segments: Segment[] = [];
  private readonly idle: IdleTimeline;
  private readonly ports: CorePorts;

  constructor(
    private readonly trace: Trace,
    private readonly options: ReplayOptions,
  ) {
    const { header } = trace;
    this.now = header.at;
    this.zone = header.zone;
    this.settings = header.settings;
    this.idle = this.buildEvents();
    const random = seededRandom(header.seed);
    this.ports = {
      now: () => this.now,
      zone: () => this.zone,
      random,
      appendHistory: (records) => {
        this.records.push(...records);
      },
      saveSettings: () => {},
      notify: () => {},
      observe: (d) => this.observe(d),
    };
  }

  run(): ReplayResult {
    this.start(this.trace.header.at);
    const { samples, inputs } = simulate({
      target: this,
      idleAt: (t) => this.idleAt(t),
      events: this.events,
      until: this.trace.end,
      after: (_input, schedule) => this.answerPrompts(schedule),
      jumpedAt: (input) => this.jumpFrom.get(input),
    });
    const snapshot = this.core.snapshot();
    this.lines.push({
      t: localIso(this.trace.end, this.zone),
      event: 'end',
      phase: this.stopped ? 'stopped' : snapshot.phase,
      openSittingMinutes: this.stopped ? 0 : round(snapshot.sittingSeconds / 60, 1),
    });
    return {
      lines: this.lines,
      days: this.dayLines(),
      records: this.records,
      decisions: this.decisions,
      events: this.fed,
      sampleTimes: this.sampleTimes,
      samples,
      inputs,
      settings: this.settings,
    };
  }

  // --- SimulationTarget ------------------------------------------------------------------------------

  input(input: EngineInput): void {
    this.now = input.at;
    const marker = this.markers.get(input);
    if (marker) {
      if (marker.kind === 'respond') this.policy = marker.policy;
      else if (this.stopped) this.start(input.at);
      return;
    }
    if (input.type === 'clock') {
      this.shift = this.clockShift.get(input) ?? this.shift;
      if (input.zone) this.zone = input.zone;
      this.segmentIndex++;
    }
    const answer = this.answers.get(input);
    if (answer) this.fed.push({ input: answerInput(answer, input.at), real: input.at + this.shift });
    else if (input.type !== 'idle') this.fed.push({ input, real: input.at + this.shift });
    if (this.stopped) this.start(input.at);
    const seen = this.decisions.length;
    if (answer) this.answer(answer);
    else this.handle(input);
    if (this.options.afterInput) {
      this.options.afterInput({
        input,
        decisions: this.decisions.slice(seen).map((d) => d.decision),
        snapshot: this.core.snapshot(),
        nextWakeAt: this.nextWakeAt(),
        real: input.at + this.shift,
        zone: this.zone,
        settings: this.settings,
      });
    }
  }

  private handle(input: EngineInput): void {
    if (input.type === 'idle') {
      this.sampleTimes.push(input.at);
      const day = dayKeyAt(input.at, this.zone);
      this.samplesByDay.set(day, (this.samplesByDay.get(day) ?? 0) + 1);
    }
    if (input.type === 'settings') {
      this.settings = input.settings;
      // Through the request handler, as the settings window does: the core keeps its own copy too.
      void this.core.handlers.updateSettings(input.settings);
    } else {
      this.core.input(input);
    }
    if (input.type === 'power' && input.event === 'shutdown') this.stopped = true;
  }

  nextWakeAt(): EpochMs | null {
    return this.stopped ? null : this.core.nextWakeAt();
  }

  // --- setup ---------------------------------------------------------------------------------------

  /** Turns trace entries into timed inputs and markers; returns the simulated user's idle time. */
  private buildEvents(): IdleTimeline {
    const { header, entries } = this.trace;
    const observations: [EpochMs, number][] = [];
    let shift = 0;
    let zone = header.zone;
    let cursor = header.at;
    let segmentStart = header.at;
    let restartDue = false;
    const push = (input: EngineInput) => this.events.push(input);
    const mark = (at: EpochMs, marker: Marker) => {
      const input: EngineInput = { type: 'wake', at };
      this.markers.set(input, marker);
      push(input);
    };
    for (const e of entries) {
      if (e.type === 'respond') {
        // Before the first timed line it is simply the policy from the start.
        if (cursor === header.at && !this.events.length) this.policy = e.respond;
        else mark(cursor, { kind: 'respond', policy: e.respond });
        continue;
      }
      if (restartDue) {
        // After a shutdown the app starts again with the next sign of life in the trace.
        mark(e.at, { kind: 'restart' });
        restartDue = false;
      }
      cursor = e.type === 'clock' ? e.to : e.at;
      switch (e.type) {
        case 'idle':
          observations.push([e.at + shift, e.idleSeconds]);
          break;
        case 'power':
          push({ type: 'power', at: e.at, event: e.event });
          if (e.event === 'shutdown') restartDue = true;
          break;
        case 'action':
          switch (e.action) {
            case 'start-break':
              push({ type: 'action', at: e.at, action: e.action, mobeId: e.mobeId });
              break;
            case 'done':
              push({ type: 'action', at: e.at, action: e.action, reps: e.reps });
              break;
            case 'pause':
              push({ type: 'action', at: e.at, action: e.action, until: e.until });
              break;
            default:
              push({ type: 'action', at: e.at, action: e.action });
          }
          break;
        case 'settings':
          push({ type: 'settings', at: e.at, settings: e.settings });
          break;
        case 'clock': {
          this.segments.push({ from: segmentStart, to: e.at, zone });
          shift += e.at - e.to;
          if (e.zone) zone = e.zone;
          segmentStart = e.to;
          const input: EngineInput = e.zone
            ? { type: 'clock', at: e.to, zone: e.zone }
            : { type: 'clock', at: e.to };
          this.clockShift.set(input, shift);
          this.jumpFrom.set(input, e.at);
          push(input);
          break;
        }
      }
    }
    this.segments.push({ from: segmentStart, to: this.trace.end, zone });
    return new IdleTimeline(header.at, observations);
  }

  private start(at: EpochMs): void {
    this.now = at;
    this.stopped = false;
    this.core = new MobesCore(this.ports, {
      settings: this.settings,
      history: this.records,
      platform: 'linux',
    });
    this.lines.push({ t: localIso(at, this.zone), event: 'app-start', phase: this.core.snapshot().phase });
  }

  // --- the simulated user ----------------------------------------------------------------------------

  /** OS idle seconds at wall time t (on the current clock). */
  private idleAt(t: EpochMs): number {
    return this.idle.idleSecondsAt(t + this.shift);
  }

  private answerPrompts(schedule: (input: EngineInput) => void): void {
    const pending = this.pending;
    if (!pending.length) return;
    this.pending = [];
    for (const d of pending) {
      if (d.type !== 'prompt' || this.policy.with === 'ignore') continue;
      const { prompt } = d;
      const mobe = catalogById(prompt.mobeId);
      const breakSeconds = mobe
        ? Math.round(prompt.targetReps * mobe.secondsPerRep)
        : this.settings.breakLengthSeconds;
      const after = this.policy.afterSeconds ?? (this.policy.with === 'done' ? breakSeconds : CLICK_SECONDS);
      const at = prompt.at + Math.round(after * 1000);
      // Nothing is answered after the trace ends.
      if (this.segmentIndex === this.segments.length - 1 && at > this.trace.end) continue;
      const input: EngineInput = { type: 'wake', at };
      this.answers.set(input, { promptId: prompt.id, with: this.policy.with, reps: prompt.targetReps });
      schedule(input);
    }
  }

  /** Answers through the request handlers, as the break window does; a prompt already gone is a no-op. */
  private answer(a: Answer): void {
    const h = this.core.handlers;
    if (a.with === 'done') void h.completeBreak({ promptId: a.promptId, reps: a.reps });
    else if (a.with === 'skip') void h.skipBreak({ promptId: a.promptId });
    else void h.snoozeBreak({ promptId: a.promptId });
  }

  // --- output --------------------------------------------------------------------------------------

  private observe(d: EngineDecision): void {
    this.pending.push(d);
    this.decisions.push({ decision: d, real: d.at + this.shift, zone: this.zone });
    const line = this.lineFor(d);
    if (line) this.lines.push(line);
  }

  private lineFor(d: EngineDecision): ReplayLine | null {
    const t = localIso(d.at, this.zone);
    switch (d.type) {
      case 'prompt':
        return {
          t,
          event: 'prompt',
          reason: d.prompt.reason,
          mobe: d.prompt.mobeId,
          area: d.prompt.area,
          targetReps: d.prompt.targetReps,
        };
      case 'close-prompt':
        // The prompt record that comes with it carries the outcome and reps.
        return null;
      case 'phase':
        return { t, event: 'phase', from: d.from, to: d.to };
      case 'record': {
        const r = d.record;
        switch (r.kind) {
          case 'prompt':
            return {
              t,
              event: 'outcome',
              outcome: r.outcome,
              reason: r.reason,
              mobe: r.mobeId,
              reps: r.reps,
              targetReps: r.targetReps,
              shownAt: localIso(r.at, this.zone),
            };
          case 'natural-break':
            return {
              t,
              event: 'natural-break',
              reason: r.reason,
              start: localIso(r.start, this.zone),
              end: localIso(r.end, this.zone),
              minutes: round((r.end - r.start) / 60_000, 1),
            };
          case 'sitting':
            return {
              t,
              event: 'sitting',
              start: localIso(r.start, this.zone),
              end: localIso(r.end, this.zone),
              activeSeconds: r.activeSeconds,
              minutes: round(r.activeSeconds / 60, 1),
              endedBy: r.endedBy,
            };
        }
      }
    }
  }

  private dayLines(): DayLine[] {
    const rules = { dailyGoal: this.settings.dailyGoal, workHours: this.settings.workHours };
    const index = new HistoryIndex(this.records, rules);
    // Streaks as they stood at the end of each day: only that day's and earlier records count.
    const byDay = [...this.records].sort((a, b) => dayNumber(a.day) - dayNumber(b.day));
    const sofar = new HistoryIndex([], rules);
    let added = 0;
    const workMs = this.workMsByDay();
    const duePrompts = new Map<DayKey, number>();
    for (const r of this.records) {
      if (r.kind === 'prompt' && r.reason === 'due') duePrompts.set(r.day, (duePrompts.get(r.day) ?? 0) + 1);
    }
    const keys = [
      dayKeyAt(this.trace.header.at, this.trace.header.zone),
      dayKeyAt(this.trace.end, this.trace.endZone),
      ...this.records.map((r) => r.day),
      ...this.samplesByDay.keys(),
    ].map(dayNumber);
    const first = Math.min(...keys);
    const last = Math.max(...keys);
    const out: DayLine[] = [];
    for (let n = first; n <= last; n++) {
      const day = dayFromNumber(n);
      while (added < byDay.length && dayNumber(byDay[added].day) <= n) sofar.add(byDay[added++]);
      const s = index.summary(day);
      const due = duePrompts.get(day) ?? 0;
      const samples = this.samplesByDay.get(day) ?? 0;
      const hours = (workMs.get(day) ?? 0) / 3_600_000;
      out.push({
        event: 'day',
        day,
        prompts: s.done + s.skipped + s.snoozed + s.missed,
        duePrompts: due,
        done: s.done,
        skipped: s.skipped,
        snoozed: s.snoozed,
        missed: s.missed,
        sittingSeconds: s.sittingSeconds,
        sittingMinutes: round(s.sittingSeconds / 60, 1),
        promptsPerSittingHour: s.sittingSeconds > 0 ? round(due / (s.sittingSeconds / 3600), 2) : null,
        longestStretchMinutes: round(s.longestSittingSeconds / 60, 1),
        naturalBreaks: s.naturalBreaks,
        samples,
        workHours: round(hours, 2),
        samplesPerHour: hours > 0 ? round(samples / hours, 1) : null,
        goal: rules.dailyGoal,
        goalMet: s.done >= rules.dailyGoal,
        streak: sofar.streaks(day),
      });
    }
    return out;
  }

  /** Work-hours wall time each local day that the trace covered (per clock segment, in its zone). */
  private workMsByDay(): Map<DayKey, number> {
    const out = new Map<DayKey, number>();
    for (const seg of this.segments) {
      if (seg.to <= seg.from) continue;
      const last = dayKeyAt(seg.to, seg.zone);
      for (let day = dayKeyAt(seg.from, seg.zone); dayNumber(day) <= dayNumber(last); day = addDays(day, 1)) {
        for (const i of workIntervalsOfDay(day, seg.zone, this.settings.workHours)) {
          const ms = Math.min(i.end, seg.to) - Math.max(i.start, seg.from);
          if (ms > 0) out.set(day, (out.get(day) ?? 0) + ms);
        }
      }
    }
    return out;
  }
}

/** The user action an answer amounts to (for the record of fed events). */
function answerInput(a: Answer, at: EpochMs): EngineInput {
  return a.with === 'done'
    ? { type: 'action', at, action: 'done', reps: a.reps }
    : { type: 'action', at, action: a.with };
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
