import type { EpochMs } from '../time/types';
import { EngineReadouts } from './readouts';
import { GAP_SLACK_MS, MAX_SITTING_SAMPLE_MS, MIN_AWAY_MS } from './timing';
import type { EngineDecision, EngineInput, EngineOptions, PowerEvent, UserAction } from './types';

const NO_DECISIONS: readonly EngineDecision[] = Object.freeze([]);

/**
 * The break engine: a state machine fed with idle samples, power events, user actions, settings and
 * clock changes, emitting decisions (prompts, records, phase changes). It never reads the clock: every
 * input carries its wall time, and elapsed time is only ever credited from the gap between two inputs,
 * clamped at zero, so clock jumps and sleep cannot produce negative durations or a burst of prompts.
 *
 * Sitting time is credited from idle samples: the time between two samples minus the idle seconds
 * reported by the second. Breaks are due by active sitting time, not wall time. Phases change only
 * through `enter` (phases.ts); each input reports the net change it made as one phase decision.
 *
 * The per-sample path allocates nothing and calls no date library: work-hour edges are computed once
 * and cached until the next edge (or until time moves backwards).
 */
export class Engine extends EngineReadouts {
  constructor(options: EngineOptions) {
    super(options.settings, options.zone, options.pickMobe, options.newId, options.at);
    this.lastAt = this.now = this.boutStart = this.creditFrom = this.awayStart = options.at;
    this.cacheThresholds();
    this.reconcileSchedule(options.at);
    // An own property, so the engine as normally built keeps the fast path without a flag to test.
    if (options.fastPath === false) this.handle = (input) => this.handleAny(input);
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
    const before = this.phase();
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
    this.checkMeeting(at);

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
        this.applySettings(at, input.settings);
        break;
      case 'context':
        this.onContext(at, input.busy, input.idleInhibited === true);
        break;
      case 'clock':
      case 'wake':
        break;
    }
    if (this.prompt && this.mono - this.promptMono >= this.promptTimeoutMs) this.closePrompt(at, 'missed', 0);
    this.syncSpell(at);

    this.lastAt = at;
    const after = this.phase();
    if (after !== before) this.emit({ type: 'phase', at, from: before, to: after });
    return this.takeDecisions() ?? NO_DECISIONS;
  }

  // --- inputs -------------------------------------------------------------------------------------

  /**
   * The common cases, kept to a few comparisons: an idle sample that changes no phase (sitting and
   * crediting time, waiting for a lull, a prompt showing, away, off hours). It only credits time.
   * Anything that would change a phase returns false before touching state, and the full path runs.
   * `tests/unit/engine.fastPath.test.ts` checks that random inputs give the same decisions, snapshots
   * and wakeups with this path and without it.
   */
  private steadySample(at: EpochMs, idleMs: number): boolean {
    const delta = at - this.lastAt;
    if (this.locked || this.suspended || this.stopped || delta < 0 || delta > MAX_SITTING_SAMPLE_MS)
      return false;
    if (this.passive || this.busyNow.length !== 0) return false;
    if (at >= this.scheduleCheckAt) return false;
    const mono = this.mono + delta;
    const base = this.base;
    if (base === 'sitting' || base === 'due') {
      if (idleMs >= this.naturalMs) return false;
      const credited = this.creditedMs(at, delta, idleMs);
      if (this.prompt !== null) {
        if (mono - this.promptMono >= this.promptTimeoutMs) return false;
      } else if (base === 'sitting') {
        if (credited >= this.nextDueMs) return false;
      } else if (idleMs >= this.lullMs || mono - this.dueWaitFrom() >= this.lullWaitMs) {
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
      if (this.prompt && this.idleEndsPrompt(idleMs)) this.closePrompt(at, 'missed', 0);
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
      this.enter('away', this.lastAt, 'suspend');
    }
    if (this.base === 'away') {
      if (idleMs < this.naturalMs) this.enter('sitting', Math.max(this.awayStart, at - idleMs));
      return;
    }
    // Listening on a call or watching a video is sitting: credited in full, never a natural break.
    if (idleMs >= this.naturalMs && !this.passive && (!this.prompt || this.idleEndsPrompt(idleMs))) {
      if (this.prompt) this.closePrompt(at, 'missed', 0);
      this.enter('away', Math.max(this.boutStart, at - idleMs), 'idle');
      return;
    }
    this.boutActiveMs = this.creditedMs(at, delta, this.passive ? 0 : idleMs);
    if (this.prompt) return;
    if (this.base === 'sitting' && this.boutActiveMs >= this.nextDueMs) this.enter('due', at);
    if (
      this.base === 'due' &&
      !this.holdsDue() &&
      (idleMs >= this.lullMs || this.mono - this.dueWaitFrom() >= this.lullWaitMs)
    ) {
      this.showPrompt(at, 'due', undefined, this.takeHeldFor());
    }
  }

  /** Idle this long closes the prompt showing as missed; a focus set, minutes long, allows more. */
  private idleEndsPrompt(idleMs: number): boolean {
    return idleMs >= (this.prompt?.focus === 'set' ? this.promptTimeoutMs : this.naturalMs);
  }

  private onPower(at: EpochMs, event: PowerEvent): void {
    switch (event) {
      case 'lock':
      case 'suspend': {
        if (event === 'lock') this.locked = true;
        else this.suspended = true;
        if (this.prompt && this.prompt.reason !== 'preview') this.closePrompt(at, 'missed', 0);
        else if (this.prompt) this.closePrompt(at, 'skipped', 0);
        if (this.base === 'sitting' || this.base === 'due') this.enter('away', at, event, true);
        break;
      }
      case 'unlock':
      case 'resume': {
        if (event === 'unlock') this.locked = false;
        else this.suspended = false;
        if (this.locked || this.suspended || this.base !== 'away') break;
        // A short lock (showing a colleague the screen, say) pauses the sitting clock; it does not reset it.
        if (this.awayProvisional && at - this.awayStart < MIN_AWAY_MS)
          this.enter(this.heldPhase, at, 'idle', true);
        else this.enter('sitting', at);
        break;
      }
      case 'shutdown': {
        if (this.prompt) this.closePrompt(at, 'missed', 0);
        this.leave(at, 'shutdown');
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
      case 'start-focus':
        if (!this.prompt) this.showPrompt(at, 'manual', undefined, undefined, 'focus');
        break;
      case 'decline-focus': {
        const offered = this.prompt;
        if (offered?.focus !== 'set') break;
        // The same break, now an ordinary microbreak; if none can be picked the focus set stays.
        this.prompt = null;
        if (!this.showPrompt(at, offered.reason, undefined, offered.after, 'declined')) this.prompt = offered;
        break;
      }
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
        this.pausedUntil = action.until;
        this.enter('paused', at, 'pause');
        break;
      }
      case 'meeting':
        this.startMeeting(at, action.until);
        break;
      case 'end-meeting':
        this.endMeeting(at);
        break;
      case 'resume':
        if (this.base === 'paused') {
          this.enter('off-hours', at, 'pause');
          this.reconcileSchedule(at);
        }
        break;
    }
  }
}
