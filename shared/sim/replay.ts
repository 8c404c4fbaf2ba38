import { MobesCore } from '../app/core';
import type { CorePorts } from '../app/ports';
import type { EngineDecision, EngineInput, EngineSnapshot } from '../engine/types';
import type { HistoryRecord } from '../history/types';
import { seededRandom } from '../random';
import type { Settings } from '../settings/schema';
import { DEFAULT_RESPOND } from '../trace/format';
import type { RespondPolicy, Trace } from '../trace/format';
import { localIso } from '../trace/time';
import { dayKeyAt } from '../time/zoned';
import type { DayKey, EpochMs, Zone } from '../time/types';
import { compileTrace } from './compile';
import type { CompiledTrace, Step } from './compile';
import { dayLines } from './dayLines';
import type { DayLine } from './dayLines';
import { lineFor } from './outputLines';
import type { ReplayLine } from './outputLines';
import { round } from './round';
import { simulate } from './simulate';
import type { IdleSample, SimulationTarget } from './simulate';
import { answerInput, answerTo, give } from './simulatedUser';

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
  /** The sitting bout still open at the end (0 s when none is): counted on that day's line. */
  openBout: { day: DayKey; sittingSeconds: number };
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

/**
 * Replays a trace through the real core (engine, history, selection) with in-memory ports, the way the
 * shell drives it: idle samples exactly when the app asks, trace events in between, answers to prompts
 * as the trace's respond directives say. Pure and deterministic: the same trace gives the same result.
 */
export function replay(trace: Trace, options: ReplayOptions = {}): ReplayResult {
  return new Replay(trace, options).run();
}

/** The replay as JSON Lines: decisions then one line per day, or only the day lines. */
export function replayToJsonLines(result: ReplayResult, options: { summaryOnly?: boolean } = {}): string {
  const lines = options.summaryOnly ? result.days : [...result.lines, ...result.days];
  return lines.map((l) => JSON.stringify(l)).join('\n') + '\n';
}

/** Hosts the core for one trace: feeds it the compiled steps and keeps what it decided. */
class Replay implements SimulationTarget<Step> {
  private now: EpochMs;
  private zone: Zone;
  /** real = wall + shift: undoes the wall-clock jumps seen so far. */
  private shift = 0;
  private settings: Settings;
  private core!: MobesCore;
  private stopped = false;
  private policy: RespondPolicy;
  private segmentIndex = 0;

  private readonly records: HistoryRecord[] = [];
  private readonly lines: ReplayLine[] = [];
  private readonly decisions: TimedDecision[] = [];
  private readonly fed: FedEvent[] = [];
  private readonly sampleTimes: EpochMs[] = [];
  private readonly samplesByDay = new Map<DayKey, number>();
  private pending: EngineDecision[] = [];
  private readonly compiled: CompiledTrace;
  private readonly ports: CorePorts;

  constructor(
    private readonly trace: Trace,
    private readonly options: ReplayOptions,
  ) {
    const { header } = trace;
    this.now = header.at;
    this.zone = header.zone;
    this.settings = header.settings;
    this.compiled = compileTrace(trace);
    this.policy = this.compiled.policy ?? DEFAULT_RESPOND;
    this.ports = {
      now: () => this.now,
      zone: () => this.zone,
      random: seededRandom(header.seed),
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
    const { samples, inputs } = simulate<Step>({
      target: this,
      idleAt: (t) => this.compiled.idle.idleSecondsAt(t + this.shift),
      events: this.compiled.steps,
      until: this.trace.end,
      after: (_input, schedule) => this.answerPrompts(schedule),
      jumpedAt: (step) => (step.type === 'clock' ? step.from : undefined),
    });
    const snapshot = this.core.snapshot();
    const openSittingSeconds = this.stopped ? 0 : snapshot.sittingSeconds;
    this.lines.push({
      t: localIso(this.trace.end, this.zone),
      event: 'end',
      phase: this.stopped ? 'stopped' : snapshot.phase,
      openSittingMinutes: round(openSittingSeconds / 60, 1),
    });
    const { records, samplesByDay, settings } = this;
    return {
      lines: this.lines,
      days: dayLines({
        trace: this.trace,
        records,
        samplesByDay,
        segments: this.compiled.segments,
        settings,
        openSittingSeconds,
      }),
      records,
      decisions: this.decisions,
      events: this.fed,
      sampleTimes: this.sampleTimes,
      samples,
      inputs,
      settings,
      openBout: { day: dayKeyAt(this.trace.end, this.trace.endZone), sittingSeconds: openSittingSeconds },
    };
  }

  input(step: Step | IdleSample): void {
    this.now = step.at;
    if (step.type === 'respond') {
      this.policy = step.policy;
      return;
    }
    if (step.type === 'restart') {
      if (this.stopped) this.start(step.at);
      return;
    }
    if (step.type === 'clock') {
      this.shift = step.shift;
      if (step.input.zone) this.zone = step.input.zone;
      this.segmentIndex++;
    }
    const input: EngineInput =
      step.type === 'answer' ? { type: 'wake', at: step.at } : step.type === 'idle' ? step : step.input;
    if (step.type === 'answer')
      this.fed.push({ input: answerInput(step.answer, step.at), real: step.at + this.shift });
    else if (step.type !== 'idle') this.fed.push({ input, real: step.at + this.shift });
    if (this.stopped) this.start(step.at);
    const seen = this.decisions.length;
    if (step.type === 'answer') give(step.answer, this.core.handlers);
    else this.handle(input);
    this.options.afterInput?.({
      input,
      decisions: this.decisions.slice(seen).map((d) => d.decision),
      snapshot: this.core.snapshot(),
      nextWakeAt: this.nextWakeAt(),
      real: step.at + this.shift,
      zone: this.zone,
      settings: this.settings,
    });
  }

  nextWakeAt(): EpochMs | null {
    return this.stopped ? null : this.core.nextWakeAt();
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

  /** Queues the simulated user's answer to each prompt just shown. Nothing is answered after the end. */
  private answerPrompts(schedule: (step: Step) => void): void {
    const pending = this.pending;
    if (!pending.length) return;
    this.pending = [];
    const lastSegment = this.segmentIndex === this.compiled.segments.length - 1;
    for (const d of pending) {
      if (d.type !== 'prompt') continue;
      const reply = answerTo(d.prompt, this.policy, this.settings.breakLengthSeconds);
      if (!reply || (lastSegment && reply.at > this.trace.end)) continue;
      schedule({ type: 'answer', ...reply });
    }
  }

  private observe(d: EngineDecision): void {
    this.pending.push(d);
    this.decisions.push({ decision: d, real: d.at + this.shift, zone: this.zone });
    const line = lineFor(d, this.zone);
    if (line) this.lines.push(line);
  }
}
