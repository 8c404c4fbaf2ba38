import type { Area } from '../catalog/types';
import type {
  BoutEnd,
  HistoryRecord,
  NaturalBreakReason,
  OpenBout,
  PromptOutcome,
  PromptReason,
} from '../history/types';
import { isInWorkHoursAt, nextWorkHoursChangeAt } from '../schedule/workHours';
import type { Settings } from '../settings/schema';
import { dayKeyAt } from '../time/zoned';
import type { EpochMs, Zone } from '../time/types';
import {
  ACTIVE_GRACE_MS,
  AWAY_SAMPLE_MS,
  FAR_SAMPLE_MS,
  GAP_SLACK_MS,
  LULL_SAMPLE_MS,
  MAX_SITTING_SAMPLE_MS,
  MIN_AWAY_MS,
  PROMPT_SAMPLE_MS,
  PROMPT_TIMEOUT_MS,
} from './timing';
import type {
  ActivePrompt,
  EngineDecision,
  EngineInput,
  EngineSnapshot,
  Phase,
  PowerEvent,
  UserAction,
} from './types';

/** What the engine needs to start a prompt: which mobe and how many reps. Null when none is eligible. */
export type PickMobe = (
  reason: PromptReason,
  requestedId: string | undefined,
) => { mobeId: string; area: Area; targetReps: number } | null;

export interface EngineOptions {
  settings: Settings;
  zone: Zone;
  /** Wall time the engine starts at. */
  at: EpochMs;
  pickMobe: PickMobe;
  /** Makes a prompt id; deterministic in tests and replays. */
  newId?: () => string;
}

/** The phase under any prompt: a prompt can show over any of these (a manual break while paused, say). */
type BasePhase = Exclude<Phase, 'prompting'>;

const NO_DECISIONS: readonly EngineDecision[] = Object.freeze([]);

/**
 * The break engine: a state machine fed with idle samples, power events, user actions, settings and
 * clock changes, emitting decisions (prompts, records, phase changes). It never reads the clock: every
 * input carries its wall time, and elapsed time is only ever credited from the gap between two inputs,
 * clamped at zero, so clock jumps and sleep cannot produce negative durations or a burst of prompts.
 *
 * Sitting time is credited from idle samples: the time between two samples minus the idle seconds
 * reported by the second. Breaks are due by active sitting time, not wall time.
 *
 * The per-sample path allocates nothing and calls no date library: work-hour edges are computed once
 * and cached until the next edge (or until time moves backwards).
 */
export class Engine {
  private settings: Settings;
  private zone: Zone;
  private readonly pickMobe: PickMobe;
  private readonly newId: () => string;
  private idCounter = 0;

  // Every numeric field has a numeric initializer: a class field declared without one starts as
  // `undefined`, and V8 then keeps it as a tagged field that allocates a new heap number on every
  // store of a time value — which tripled the cost of a sample.
  private lastAt: EpochMs = 0;
  /** Wall time of the input being handled. */
  private now: EpochMs = 0;
  /** Engine-internal elapsed time: the sum of credited gaps; timeouts are measured on it. */
  private mono = 0;
  /** Thresholds from settings, in ms, kept ready for the per-sample path. */
  private naturalMs = 0;
  private lullMs = 0;
  private lullWaitMs = 0;

  private base: BasePhase = 'off-hours';
  private stopped = false;

  private boutStart: EpochMs = 0;
  /**
   * Samples credit sitting only from this wall time on: the bout start, moved back when the wall clock
   * is set back before it (otherwise nothing would be credited until the clock caught up again).
   */
  private creditFrom: EpochMs = 0;
  private boutActiveMs = 0;
  /** Active ms of the bout at which the next break is due, and the point it was measured from. */
  private nextDueMs = 0;
  private anchorMs = 0;
  private dueKind: 'interval' | 'snooze' = 'interval';
  private dueSinceMono = 0;

  private awayStart: EpochMs = 0;
  private awayReason: NaturalBreakReason = 'idle';
  /** A lock or suspend that may still turn out too short to count as a natural break. */
  private awayProvisional = false;
  private heldPhase: 'sitting' | 'due' = 'sitting';
  private locked = false;
  private suspended = false;

  private pausedUntil: EpochMs | null = null;
  private prompt: ActivePrompt | null = null;
  private promptMono = 0;

  /** Wall time at which work hours or the pause must be looked at again. */
  private scheduleCheckAt: EpochMs = Number.NEGATIVE_INFINITY;
  private nextWorkEdge: EpochMs | null = null;

  private out: EngineDecision[] | null = null;

  constructor(options: EngineOptions) {
    this.settings = options.settings;
    this.zone = options.zone;
    this.pickMobe = options.pickMobe;
    this.newId = options.newId ?? (() => `p${options.at.toString(36)}-${(this.idCounter++).toString(36)}`);
    this.lastAt = this.now = this.boutStart = this.creditFrom = this.awayStart = options.at;
    this.cacheThresholds();
    this.reconcileSchedule(options.at);
  }

  /**
   * Feeds one input; returns the decisions it caused (a shared empty array when none). Kept tiny so the
   * common case (a sample while sitting) is inlined into the caller's loop.
   */
  handle(input: EngineInput): readonly EngineDecision[] {
    if (input.type === 'idle' && this.steadySample(input.at, input.idleSeconds * 1000)) return NO_DECISIONS;
    return this.handleAny(input);
  }

  private handleAny(input: EngineInput): readonly EngineDecision[] {
    if (this.stopped) return NO_DECISIONS;
    const beforeBase = this.base;
    const beforePrompt = this.prompt;
    const at = input.at;
    this.now = at;
    let delta = at - this.lastAt;
    const trusted = input.type !== 'clock' && delta >= 0;
    if (!trusted) {
      delta = 0;
      if (this.creditFrom > at) this.creditFrom = at;
    }
    this.mono += delta;

    if (!trusted || at >= this.scheduleCheckAt) {
      if (input.type === 'clock' && input.zone) this.zone = input.zone;
      this.reconcileSchedule(at);
    }

    switch (input.type) {
      case 'idle':
        this.onIdle(at, input.idleSeconds * 1000, delta);
        break;
      case 'power':
        this.onPower(at, input.event);
        break;
      case 'action':
        this.onAction(at, input);
        break;
      case 'settings':
        this.onSettings(at, input.settings);
        break;
      case 'clock':
      case 'wake':
        break;
    }
    if (this.prompt && this.mono - this.promptMono >= PROMPT_TIMEOUT_MS) this.closePrompt(at, 'missed', 0);

    this.lastAt = at;
    if (this.base !== beforeBase || this.prompt !== beforePrompt) {
      const before: Phase = beforePrompt ? 'prompting' : beforeBase;
      const after = this.phase();
      if (after !== before) this.emit({ type: 'phase', at, from: before, to: after });
    }
    const out = this.out;
    this.out = null;
    return out ?? NO_DECISIONS;
  }

  /** When the engine next needs an idle sample; null when only an event can change anything. */
  nextWakeAt(): EpochMs | null {
    if (this.stopped) return null;
    const delay = this.wakeDelay();
    return Number.isFinite(delay) ? this.lastAt + delay : null;
  }

  phase(): Phase {
    return this.prompt ? 'prompting' : this.base;
  }

  snapshot(): EngineSnapshot {
    const sitting = this.base === 'sitting' || this.base === 'due';
    return {
      at: this.lastAt,
      phase: this.phase(),
      zone: this.zone,
      sittingSeconds: sitting ? Math.floor(this.boutActiveMs / 1000) : 0,
      secondsToNextBreak:
        this.base === 'sitting' && !this.prompt
          ? Math.max(0, Math.ceil((this.nextDueMs - this.boutActiveMs) / 1000))
          : 0,
      pausedUntil: this.base === 'paused' ? this.pausedUntil : null,
      nextWorkStart: this.base === 'off-hours' ? this.nextWorkEdge : null,
      prompt: this.prompt,
    };
  }

  /**
   * The sitting bout still open and what it has been credited so far, for the crash checkpoint; null
   * when none is (or it has no active time yet). Read by a timer every few minutes, never per sample.
   */
  openBout(): OpenBout | null {
    const held = this.base === 'away' && this.awayProvisional;
    const activeSeconds = Math.round(this.boutActiveMs / 1000);
    if (this.stopped || activeSeconds <= 0 || !(held || this.base === 'sitting' || this.base === 'due'))
      return null;
    const day = dayKeyAt(this.boutStart, this.zone);
    return { start: this.boutStart, day, activeSeconds, at: held ? this.awayStart : this.lastAt };
  }

  get currentSettings(): Settings {
    return this.settings;
  }

  get currentZone(): Zone {
    return this.zone;
  }

  // --- inputs -------------------------------------------------------------------------------------

  /**
   * The common cases, kept to a few comparisons: an idle sample that changes no phase (sitting and
   * crediting time, waiting for a lull, a prompt showing, away, off hours). It only credits time.
   * Anything that would change a phase returns false before touching state, and the full path runs.
   * `engine.properties.test.ts` checks this path and the full one agree.
   */
  private steadySample(at: EpochMs, idleMs: number): boolean {
    const delta = at - this.lastAt;
    if (this.locked || this.suspended || this.stopped || delta < 0 || delta > MAX_SITTING_SAMPLE_MS)
      return false;
    if (at >= this.scheduleCheckAt) return false;
    const mono = this.mono + delta;
    const base = this.base;
    if (base === 'sitting' || base === 'due') {
      if (idleMs >= this.naturalMs) return false;
      const span = Math.min(delta, at - this.creditFrom);
      const quiet = idleMs - ACTIVE_GRACE_MS;
      const credited = span > quiet ? this.boutActiveMs + span - Math.max(0, quiet) : this.boutActiveMs;
      if (this.prompt !== null) {
        if (mono - this.promptMono >= PROMPT_TIMEOUT_MS) return false;
      } else if (base === 'sitting') {
        if (credited >= this.nextDueMs) return false;
      } else if (idleMs >= this.lullMs || mono - this.dueSinceMono >= this.lullWaitMs) {
        return false;
      }
      this.boutActiveMs = credited;
    } else if (this.prompt !== null || (base === 'away' && idleMs < this.naturalMs)) {
      return false;
    }
    this.mono = mono;
    this.now = at;
    this.lastAt = at;
    return true;
  }

  private onIdle(at: EpochMs, idleMs: number, delta: number): void {
    if (this.locked || this.suspended) return;
    const base = this.base;
    if (base === 'off-hours' || base === 'paused') {
      if (this.prompt && idleMs >= this.naturalMs) this.closePrompt(at, 'missed', 0);
      return;
    }
    // A gap far beyond any wakeup asked for in these phases (at most PROMPT/FAR_SAMPLE_MS), with no
    // suspend event: the machine slept or the clock jumped forward. Never credit it as sitting; treat it
    // as a natural break. A bout that began with this very input (work hours just started) is exempt.
    if (
      delta > MAX_SITTING_SAMPLE_MS + GAP_SLACK_MS &&
      delta > this.naturalMs &&
      base !== 'away' &&
      this.creditFrom <= this.lastAt
    ) {
      if (this.prompt) this.closePrompt(this.lastAt, 'missed', 0);
      this.enterAway(this.lastAt, 'suspend');
    }
    if (this.base === 'away') {
      if (idleMs < this.naturalMs) this.leaveAway(Math.max(this.awayStart, at - idleMs));
      return;
    }
    if (idleMs >= this.naturalMs) {
      if (this.prompt) this.closePrompt(at, 'missed', 0);
      this.enterAway(Math.max(this.boutStart, at - idleMs), 'idle');
      return;
    }
    // Credit only time inside this bout: the gap may reach back into off hours or a pause.
    const span = Math.min(delta, at - this.creditFrom);
    const quiet = idleMs - ACTIVE_GRACE_MS;
    if (span > quiet) this.boutActiveMs += span - Math.max(0, quiet);
    if (this.prompt) return;
    if (this.base === 'sitting' && this.boutActiveMs >= this.nextDueMs) {
      this.base = 'due';
      this.dueSinceMono = this.mono;
    }
    if (this.base === 'due' && (idleMs >= this.lullMs || this.mono - this.dueSinceMono >= this.lullWaitMs)) {
      this.showPrompt(at, 'due', undefined);
    }
  }

  private onPower(at: EpochMs, event: PowerEvent): void {
    switch (event) {
      case 'lock':
      case 'suspend': {
        if (event === 'lock') this.locked = true;
        else this.suspended = true;
        if (this.prompt && this.prompt.reason !== 'preview') this.closePrompt(at, 'missed', 0);
        else if (this.prompt) this.closePrompt(at, 'skipped', 0);
        if (this.base === 'sitting' || this.base === 'due') {
          this.heldPhase = this.base;
          this.base = 'away';
          this.awayStart = at;
          this.awayReason = event;
          this.awayProvisional = true;
        }
        break;
      }
      case 'unlock':
      case 'resume': {
        if (event === 'unlock') this.locked = false;
        else this.suspended = false;
        if (this.locked || this.suspended || this.base !== 'away') break;
        if (this.awayProvisional && at - this.awayStart < MIN_AWAY_MS) {
          // A short lock (showing a colleague the screen, say) pauses the sitting clock; it does not reset it.
          this.awayProvisional = false;
          this.base = this.heldPhase;
          this.dueSinceMono = this.mono;
        } else {
          this.leaveAway(at);
        }
        break;
      }
      case 'shutdown': {
        if (this.prompt) this.closePrompt(at, 'missed', 0);
        if (this.base === 'away') this.recordAway(at);
        else if (this.base === 'sitting' || this.base === 'due') this.endBout(at, 'shutdown');
        this.stopped = true;
        break;
      }
    }
  }

  private onAction(at: EpochMs, action: UserAction): void {
    switch (action.action) {
      case 'start-break':
      case 'preview':
        if (!this.prompt)
          this.showPrompt(at, action.action === 'preview' ? 'preview' : 'manual', action.mobeId);
        break;
      case 'done':
        if (this.prompt) this.closePrompt(at, 'done', Math.max(0, Math.floor(action.reps)));
        break;
      case 'skip':
        if (this.prompt) this.closePrompt(at, 'skipped', 0);
        break;
      case 'snooze':
        if (this.prompt) this.closePrompt(at, 'snoozed', 0);
        else if (this.base === 'sitting' || this.base === 'due') this.setDue('snooze');
        break;
      case 'pause': {
        if (action.until <= at) break;
        if (this.prompt) this.closePrompt(at, 'skipped', 0);
        this.endSittingOrAway(at, 'pause');
        this.base = 'paused';
        this.pausedUntil = action.until;
        this.scheduleCheckAt = Math.min(this.scheduleCheckAt, action.until);
        break;
      }
      case 'resume':
        if (this.base === 'paused') {
          this.pausedUntil = null;
          this.base = 'off-hours';
          this.reconcileSchedule(at);
        }
        break;
    }
  }

  private onSettings(at: EpochMs, settings: Settings): void {
    const hoursChanged = settings.workHours !== this.settings.workHours;
    this.settings = settings;
    this.cacheThresholds();
    if (this.dueKind === 'interval') this.nextDueMs = this.anchorMs + settings.breakIntervalMinutes * 60_000;
    if (hoursChanged) this.reconcileSchedule(at);
  }

  // --- phases ---------------------------------------------------------------------------------------

  /** Re-evaluates the pause and work hours at `at`; caches when to look again. */
  private reconcileSchedule(at: EpochMs): void {
    if (this.base === 'paused') {
      if (this.pausedUntil !== null && at < this.pausedUntil) {
        this.scheduleCheckAt = this.pausedUntil;
        return;
      }
      this.pausedUntil = null;
      this.base = 'off-hours';
    }
    const hours = this.settings.workHours;
    const inHours = isInWorkHoursAt(at, this.zone, hours);
    this.nextWorkEdge = nextWorkHoursChangeAt(at, this.zone, hours);
    this.scheduleCheckAt = this.nextWorkEdge ?? Number.POSITIVE_INFINITY;
    if (!inHours && this.base !== 'off-hours') {
      this.endSittingOrAway(at, 'off-hours');
      this.base = 'off-hours';
    } else if (inHours && this.base === 'off-hours') {
      if (this.locked || this.suspended) {
        this.base = 'away';
        this.awayStart = at;
        this.awayReason = this.suspended ? 'suspend' : 'lock';
        this.awayProvisional = false;
      } else {
        this.startBout(at);
      }
    }
  }

  private startBout(at: EpochMs): void {
    this.base = 'sitting';
    this.boutStart = at;
    this.creditFrom = at;
    this.boutActiveMs = 0;
    this.anchorMs = 0;
    this.setDue('interval');
  }

  private setDue(kind: 'interval' | 'snooze'): void {
    this.dueKind = kind;
    this.anchorMs = this.boutActiveMs;
    const minutes = kind === 'interval' ? this.settings.breakIntervalMinutes : this.settings.snoozeMinutes;
    this.nextDueMs = this.boutActiveMs + minutes * 60_000;
    if (this.base === 'due') this.base = 'sitting';
  }

  private endBout(end: EpochMs, endedBy: BoutEnd): void {
    const activeSeconds = Math.round(this.boutActiveMs / 1000);
    if (activeSeconds > 0) {
      this.record({
        kind: 'sitting',
        start: this.boutStart,
        end: Math.max(end, this.boutStart),
        day: dayKeyAt(this.boutStart, this.zone),
        activeSeconds,
        endedBy,
      });
    }
    this.boutActiveMs = 0;
  }

  private enterAway(start: EpochMs, reason: NaturalBreakReason): void {
    this.endBout(start, reason);
    this.base = 'away';
    this.awayStart = start;
    this.awayReason = reason;
    this.awayProvisional = false;
  }

  private recordAway(end: EpochMs): void {
    if (this.awayProvisional) {
      // The bout held open over a lock or suspend closes where the away time began.
      this.endBout(this.awayStart, this.awayReason);
      this.awayProvisional = false;
    }
    if (end > this.awayStart) {
      this.record({
        kind: 'natural-break',
        start: this.awayStart,
        end,
        day: dayKeyAt(this.awayStart, this.zone),
        reason: this.awayReason,
      });
    }
  }

  private leaveAway(at: EpochMs): void {
    this.recordAway(at);
    this.startBout(at);
  }

  private endSittingOrAway(at: EpochMs, endedBy: BoutEnd): void {
    if (this.base === 'away') this.recordAway(at);
    else if (this.base === 'sitting' || this.base === 'due') this.endBout(at, endedBy);
  }

  // --- prompts --------------------------------------------------------------------------------------

  private showPrompt(at: EpochMs, reason: PromptReason, requestedId: string | undefined): void {
    const pick = this.pickMobe(reason, requestedId);
    if (!pick) {
      // Nothing eligible (every mobe hidden): do not nag again until the next interval.
      if (reason === 'due') this.setDue('interval');
      return;
    }
    this.prompt = {
      id: this.newId(),
      at,
      reason,
      mobeId: pick.mobeId,
      area: pick.area,
      targetReps: pick.targetReps,
    };
    this.promptMono = this.mono;
    this.emit({ type: 'prompt', at, prompt: this.prompt });
  }

  private closePrompt(at: EpochMs, outcome: PromptOutcome, reps: number): void {
    const prompt = this.prompt;
    if (!prompt) return;
    this.prompt = null;
    if (prompt.reason !== 'preview') {
      this.record({
        kind: 'prompt',
        at: prompt.at,
        endedAt: Math.max(at, prompt.at),
        day: dayKeyAt(prompt.at, this.zone),
        reason: prompt.reason,
        mobeId: prompt.mobeId,
        area: prompt.area,
        outcome,
        reps: outcome === 'done' ? reps : 0,
        targetReps: prompt.targetReps,
      });
      if (this.base === 'sitting' || this.base === 'due')
        this.setDue(outcome === 'snoozed' ? 'snooze' : 'interval');
    }
    this.emit({ type: 'close-prompt', at, promptId: prompt.id, outcome });
  }

  // --- wakeups --------------------------------------------------------------------------------------

  /** Delay from lastAt to the next needed sample; Infinity when none is needed. */
  private wakeDelay(): number {
    let delay: number;
    if (this.prompt) {
      delay = Math.min(
        PROMPT_SAMPLE_MS,
        Math.max(LULL_SAMPLE_MS, PROMPT_TIMEOUT_MS - (this.mono - this.promptMono)),
      );
    } else {
      switch (this.base) {
        case 'off-hours':
        case 'paused':
          delay = Number.POSITIVE_INFINITY;
          break;
        case 'away':
          // Locked or asleep: only the unlock or resume event can change anything.
          if (this.locked || this.suspended) return Number.POSITIVE_INFINITY;
          delay = AWAY_SAMPLE_MS;
          break;
        case 'due':
          delay = LULL_SAMPLE_MS;
          break;
        case 'sitting':
          delay = Math.min(FAR_SAMPLE_MS, Math.max(LULL_SAMPLE_MS, this.nextDueMs - this.boutActiveMs));
          break;
      }
    }
    return Math.max(LULL_SAMPLE_MS, Math.min(delay, this.scheduleCheckAt - this.lastAt));
  }

  private cacheThresholds(): void {
    this.naturalMs = this.settings.naturalBreakMinutes * 60_000;
    this.lullMs = this.settings.lullSeconds * 1000;
    this.lullWaitMs = this.settings.lullWaitSeconds * 1000;
  }

  private record(record: HistoryRecord): void {
    this.emit({ type: 'record', at: this.now, record });
  }

  private emit(decision: EngineDecision): void {
    (this.out ??= []).push(decision);
  }
}
