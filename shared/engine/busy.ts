import { BUSY_REASONS, type BusyReason } from '../context/reasons';
import type { EpochMs } from '../time/types';
import { dayKeyAt } from '../time/zoned';
import { EnginePhases } from './phases';
import { BUSY_SAMPLE_MS, FLAP_WINDOW_MS, HELD_GRACE_MS, LULL_SAMPLE_MS } from './timing';

/** Busy with these, idle time is someone listening or watching, not a natural break. */
const PASSIVE: ReadonlySet<BusyReason> = new Set<BusyReason>(['call', 'screen-share', 'presenting']);

/**
 * The engine's busy rules, between the phases (phases.ts) and the inputs (engine.ts). The user is busy
 * while a detector reports a reason (a call, Do Not Disturb, ...) or manual meeting mode is on. While
 * busy:
 * - no due prompt shows; one already showing is withdrawn and the break stays due;
 * - the sitting clock keeps counting (busy is not away), and with a call, screen share, presentation or
 *   an idle inhibitor, idle time is passive use: it is credited as sitting and never a natural break.
 * When busy ends, a due break may prompt after a grace period, still waiting for a lull, and is told
 * what it was held for. A context that flaps never brings a second prompt within FLAP_WINDOW_MS of the
 * last one withdrawn. Held spells are recorded while a bout is under way.
 */
export abstract class EngineBusy extends EnginePhases {
  /** Reasons the detectors report (never `meeting`), and the manual meeting. */
  private detected: readonly BusyReason[] = [];
  protected meetingOn = false;
  protected meetingUntil: EpochMs | null = null;
  /** Every current reason, in BUSY_REASONS order; its length is the per-sample check. */
  protected busyNow: BusyReason[] = [];
  /** Idle time counts as sitting, not as a natural break. */
  protected passive = false;
  private idleInhibited = false;
  /** No due prompt shows before this engine time (the grace after busy, the flap limit). */
  protected promptAllowedMono = Number.NEGATIVE_INFINITY;
  /** What a due break has been held for, told to the prompt that follows. */
  private heldFor: Set<BusyReason> | null = null;
  private spellStart: EpochMs = 0;
  private spellReasons: Set<BusyReason> | null = null;

  protected onContext(at: EpochMs, busy: readonly BusyReason[], idleInhibited: boolean): void {
    this.detected = busy.filter((r) => r !== 'meeting');
    this.idleInhibited = idleInhibited;
    this.updateBusy(at);
  }

  protected startMeeting(at: EpochMs, until: EpochMs | null): void {
    if (until !== null && until <= at) return;
    this.meetingOn = true;
    this.meetingUntil = until;
    if (until !== null) this.scheduleCheckAt = Math.min(this.scheduleCheckAt, until);
    this.updateBusy(at);
  }

  protected endMeeting(at: EpochMs): void {
    if (!this.meetingOn) return;
    this.meetingOn = false;
    this.meetingUntil = null;
    this.updateBusy(at);
  }

  /** Ends a timed meeting whose time came; otherwise keeps its end among the times to look again. */
  protected checkMeeting(at: EpochMs): void {
    if (this.meetingUntil === null) return;
    if (at >= this.meetingUntil) this.endMeeting(at);
    else this.scheduleCheckAt = Math.min(this.scheduleCheckAt, this.meetingUntil);
  }

  private updateBusy(at: EpochMs): void {
    const wasBusy = this.busyNow.length > 0;
    const reasons = BUSY_REASONS.filter(
      (r) => (r === 'meeting' && this.meetingOn) || this.detected.includes(r),
    );
    this.busyNow = reasons;
    this.passive = this.idleInhibited || reasons.some((r) => PASSIVE.has(r));
    if (reasons.length > 0) {
      for (const r of reasons) this.spellReasons?.add(r);
      if (this.prompt?.reason === 'due') this.withdrawPrompt(at);
      if (this.base === 'due') this.noteHeld();
    } else if (wasBusy) {
      this.promptAllowedMono = Math.max(this.promptAllowedMono, this.mono + HELD_GRACE_MS);
    }
    this.syncSpell(at);
  }

  /** A due prompt the user became busy under: it goes away unrecorded and comes back after busy. */
  private withdrawPrompt(at: EpochMs): void {
    this.promptAllowedMono = Math.max(this.promptAllowedMono, this.promptMono + FLAP_WINDOW_MS);
    this.closePrompt(at, 'held', 0);
  }

  private noteHeld(): void {
    this.heldFor ??= new Set();
    for (const r of this.busyNow) this.heldFor.add(r);
  }

  /**
   * Whether a due break must wait now: while busy, and until the grace after busy (or the flap limit)
   * has passed. Called by the inputs before a due prompt would show.
   */
  protected holdsDue(): boolean {
    if (this.busyNow.length > 0) {
      this.noteHeld();
      return true;
    }
    return this.mono < this.promptAllowedMono;
  }

  /** Engine time from which a due break waits for its lull: it does not wait through a hold. */
  protected dueWaitFrom(): number {
    return Math.max(this.dueSinceMono, this.promptAllowedMono);
  }

  /** What the next due prompt was held for (then forgotten), in BUSY_REASONS order; undefined if nothing. */
  protected takeHeldFor(): BusyReason[] | undefined {
    const held = this.heldFor;
    this.heldFor = null;
    return held ? BUSY_REASONS.filter((r) => held.has(r)) : undefined;
  }

  /** Sampling while due: slowly while busy, at the end of the grace, then for the lull. */
  protected dueDelay(): number {
    if (this.busyNow.length > 0) return BUSY_SAMPLE_MS;
    return Math.max(LULL_SAMPLE_MS, this.promptAllowedMono - this.mono);
  }

  /**
   * A held spell is open while the user is busy during a sitting bout (not off hours, paused or away);
   * it is recorded when either ends. Called after every input the full path handles.
   */
  protected syncSpell(at: EpochMs): void {
    const counting =
      !this.stopped && this.busyNow.length > 0 && (this.base === 'sitting' || this.base === 'due');
    if (counting && this.spellReasons === null) {
      this.spellStart = at;
      this.spellReasons = new Set(this.busyNow);
    } else if (!counting && this.spellReasons !== null) {
      const reasons = this.spellReasons;
      this.spellReasons = null;
      if (at > this.spellStart) {
        this.record({
          kind: 'held',
          start: this.spellStart,
          end: at,
          day: dayKeyAt(this.spellStart, this.zone),
          reasons: BUSY_REASONS.filter((r) => reasons.has(r)),
        });
      }
    }
  }
}
