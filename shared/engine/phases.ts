import type {
  BoutEnd,
  CloseOutcome,
  HistoryRecord,
  NaturalBreakReason,
  PromptReason,
} from '../history/types';
import { isInWorkHoursAt, nextWorkHoursChangeAt } from '../schedule/workHours';
import type { Settings } from '../settings/schema';
import { dayKeyAt } from '../time/zoned';
import type { EpochMs, Zone } from '../time/types';
import { ACTIVE_GRACE_MS, FOCUS_PROMPT_TIMEOUT_MS, PROMPT_TIMEOUT_MS } from './timing';
import type { ActivePrompt, EngineDecision, Phase, PickMobe } from './types';

/** The phase under any prompt: a prompt can show over any of these (a manual break while paused, say). */
export type BasePhase = Exclude<Phase, 'prompting'>;

const inBout = (phase: BasePhase) => phase === 'sitting' || phase === 'due';

/**
 * The engine's state and the one way it changes phase, `enter`, with what entering and leaving each
 * phase records. The inputs that drive it are in engine.ts.
 */
export abstract class EnginePhases {
  // Every numeric field has a numeric initializer: a class field declared without one starts as
  // `undefined`, and V8 then keeps it as a tagged field that allocates a new heap number on every
  // store of a time value — which tripled the cost of a sample.
  protected lastAt: EpochMs = 0;
  /** Wall time of the input being handled. */
  protected now: EpochMs = 0;
  /** Engine-internal elapsed time: the sum of credited gaps; timeouts are measured on it. */
  protected mono = 0;
  /** Thresholds from settings, in ms, kept ready for the per-sample path. */
  protected naturalMs = 0;
  protected lullMs = 0;
  protected lullWaitMs = 0;

  protected base: BasePhase = 'off-hours';
  protected stopped = false;

  protected boutStart: EpochMs = 0;
  /**
   * Samples credit sitting only from this wall time on: the bout start, moved back when the wall clock
   * is set back before it (otherwise nothing would be credited until the clock caught up again).
   */
  protected creditFrom: EpochMs = 0;
  protected boutActiveMs = 0;
  /** Active ms of the bout at which the next break is due, and the point it was measured from. */
  protected nextDueMs = 0;
  private anchorMs = 0;
  private dueKind: 'interval' | 'snooze' = 'interval';
  protected dueSinceMono = 0;

  protected awayStart: EpochMs = 0;
  private awayReason: NaturalBreakReason = 'idle';
  /** A lock or suspend that may still turn out too short to count as a natural break. */
  protected awayProvisional = false;
  protected heldPhase: 'sitting' | 'due' = 'sitting';
  protected locked = false;
  protected suspended = false;

  protected pausedUntil: EpochMs | null = null;
  protected prompt: ActivePrompt | null = null;
  protected promptMono = 0;
  /** How long the prompt showing may go unanswered: longer for a focus set, which runs minutes. */
  protected promptTimeoutMs = PROMPT_TIMEOUT_MS;

  /** Wall time at which work hours or the pause must be looked at again. */
  protected scheduleCheckAt: EpochMs = Number.NEGATIVE_INFINITY;
  protected nextWorkEdge: EpochMs | null = null;

  private out: EngineDecision[] | null = null;
  private idCounter = 0;
  /** Makes a prompt id; deterministic in tests and replays. */
  private readonly newId: () => string;

  constructor(
    protected settings: Settings,
    protected zone: Zone,
    private readonly pickMobe: PickMobe,
    newId: (() => string) | undefined,
    at: EpochMs,
  ) {
    this.newId = newId ?? (() => `p${at.toString(36)}-${(this.idCounter++).toString(36)}`);
  }

  phase(): Phase {
    return this.prompt ? 'prompting' : this.base;
  }

  /**
   * The one place the phase changes. Leaving a sitting bout records it (ended by `cause`), leaving a
   * natural break records it; entering a phase sets it up. `hold` is a lock or suspend that may turn
   * out short: entering away it holds the bout open instead of ending it, and coming back from such an
   * away the held bout goes on (in its held phase) instead of a new one starting.
   */
  protected enter(next: BasePhase, at: EpochMs, cause: BoutEnd = 'idle', hold = false): void {
    const from = this.base;
    if (from === 'away' && next !== 'away') {
      if (hold) this.awayProvisional = false;
      else this.recordAway(at);
    } else if (inBout(from) && !inBout(next) && !hold) {
      this.endBout(at, cause);
    }
    if (from === 'paused' && next !== 'paused') this.pausedUntil = null;
    this.base = next;
    switch (next) {
      case 'sitting':
        if (from !== 'due' && !hold) this.newBout(at);
        break;
      case 'due':
        this.dueSinceMono = this.mono;
        break;
      case 'away':
        if (hold && inBout(from)) this.heldPhase = from;
        this.awayStart = at;
        // Away is only ever entered for a natural-break reason (idle, lock, suspend).
        this.awayReason = cause as NaturalBreakReason;
        this.awayProvisional = hold;
        break;
      case 'paused':
        // The caller set pausedUntil: look at the schedule again when the pause ends.
        this.scheduleCheckAt = Math.min(this.scheduleCheckAt, this.pausedUntil ?? Number.POSITIVE_INFINITY);
        break;
      case 'off-hours':
        break;
    }
  }

  /** Leaves the current phase without entering another (the app shuts down). */
  protected leave(at: EpochMs, cause: BoutEnd): void {
    if (this.base === 'away') this.recordAway(at);
    else if (inBout(this.base)) this.endBout(at, cause);
  }

  /** The bout's active ms after a sample at `at`, `delta` after the last input, idle for `idleMs`. */
  protected creditedMs(at: EpochMs, delta: number, idleMs: number): number {
    // Credit only time inside this bout: the gap may reach back into off hours or a pause.
    const span = Math.min(delta, at - this.creditFrom);
    const quiet = idleMs - ACTIVE_GRACE_MS;
    return span > quiet ? this.boutActiveMs + span - Math.max(0, quiet) : this.boutActiveMs;
  }

  /** Re-evaluates the pause and work hours at `at`; caches when to look again. */
  protected reconcileSchedule(at: EpochMs): void {
    if (this.base === 'paused') {
      if (this.pausedUntil !== null && at < this.pausedUntil) {
        this.scheduleCheckAt = this.pausedUntil;
        return;
      }
      this.enter('off-hours', at, 'pause');
    }
    const hours = this.settings.workHours;
    const inHours = isInWorkHoursAt(at, this.zone, hours);
    this.nextWorkEdge = nextWorkHoursChangeAt(at, this.zone, hours);
    this.scheduleCheckAt = this.nextWorkEdge ?? Number.POSITIVE_INFINITY;
    if (!inHours && this.base !== 'off-hours') this.enter('off-hours', at, 'off-hours');
    else if (inHours && this.base === 'off-hours') {
      if (this.locked || this.suspended) this.enter('away', at, this.suspended ? 'suspend' : 'lock');
      else this.enter('sitting', at);
    }
  }

  protected setDue(kind: 'interval' | 'snooze'): void {
    this.dueKind = kind;
    this.anchorMs = this.boutActiveMs;
    const minutes = kind === 'interval' ? this.settings.breakIntervalMinutes : this.settings.snoozeMinutes;
    this.nextDueMs = this.boutActiveMs + minutes * 60_000;
    if (this.base === 'due') this.enter('sitting', this.now);
  }

  /** The settings changed: new thresholds, an interval under way measured anew, new work hours. */
  protected applySettings(at: EpochMs, settings: Settings): void {
    const hoursChanged = settings.workHours !== this.settings.workHours;
    this.settings = settings;
    this.cacheThresholds();
    if (this.dueKind === 'interval') this.nextDueMs = this.anchorMs + settings.breakIntervalMinutes * 60_000;
    if (hoursChanged) this.reconcileSchedule(at);
  }

  protected cacheThresholds(): void {
    this.naturalMs = this.settings.naturalBreakMinutes * 60_000;
    this.lullMs = this.settings.lullSeconds * 1000;
    this.lullWaitMs = this.settings.lullWaitSeconds * 1000;
  }

  private newBout(at: EpochMs): void {
    this.boutStart = at;
    this.creditFrom = at;
    this.boutActiveMs = 0;
    this.anchorMs = 0;
    this.setDue('interval');
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

  // --- prompts --------------------------------------------------------------------------------------

  /** Shows a prompt; false when nothing could be picked. */
  protected showPrompt(
    at: EpochMs,
    reason: PromptReason,
    requestedId: string | undefined,
    after?: ActivePrompt['after'],
    ask?: 'focus' | 'declined',
  ): boolean {
    const pick = this.pickMobe(reason, requestedId, ask);
    if (!pick) {
      // Nothing eligible (every mobe hidden): do not nag again until the next interval.
      if (reason === 'due') this.setDue('interval');
      return false;
    }
    this.prompt = {
      id: this.newId(),
      at,
      reason,
      mobeId: pick.mobeId,
      area: pick.area,
      targetReps: pick.targetReps,
      ...(after ? { after } : {}),
      ...(pick.focus ? { focus: pick.focus } : {}),
    };
    this.promptMono = this.mono;
    this.promptTimeoutMs = pick.focus === 'set' ? FOCUS_PROMPT_TIMEOUT_MS : PROMPT_TIMEOUT_MS;
    this.emit({ type: 'prompt', at, prompt: this.prompt });
    return true;
  }

  protected closePrompt(at: EpochMs, outcome: CloseOutcome, reps: number): void {
    const prompt = this.prompt;
    if (!prompt) return;
    this.prompt = null;
    if (prompt.reason !== 'preview' && outcome !== 'held') {
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
        ...(prompt.focus ? { focus: prompt.focus } : {}),
      });
      if (inBout(this.base)) this.setDue(outcome === 'snoozed' ? 'snooze' : 'interval');
    }
    this.emit({ type: 'close-prompt', at, promptId: prompt.id, outcome });
  }

  protected record(record: HistoryRecord): void {
    this.emit({ type: 'record', at: this.now, record });
  }

  protected emit(decision: EngineDecision): void {
    (this.out ??= []).push(decision);
  }

  /** The decisions of the input just handled, and a fresh start for the next. */
  protected takeDecisions(): EngineDecision[] | null {
    const out = this.out;
    this.out = null;
    return out;
  }
}
