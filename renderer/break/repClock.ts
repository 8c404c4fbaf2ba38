/**
 * The time base of a guided break. Pure arithmetic over a monotonic clock (performance.now in the
 * window): the rep count is derived from elapsed active time, never incremented per frame, so a slow
 * or skipped frame cannot make the counter drift from the rhythm, and pausing simply stops time.
 *
 * Timeline: a short lead-in (3, 2, 1), then `targetReps` reps of `msPerRep` each.
 */
export interface RepPlan {
  leadInMs: number;
  msPerRep: number;
  targetReps: number;
}

export interface RepReading {
  /** Whole seconds left in the lead-in (3, 2, 1), 0 once counting. */
  leadIn: number;
  /** Completed reps, 0..targetReps. */
  reps: number;
  /** Milliseconds of counting so far (0 during the lead-in), capped at the full length. */
  countingMs: number;
  done: boolean;
}

export class RepClock {
  private banked = 0;
  private since: number | null = null;

  constructor(readonly plan: RepPlan) {}

  get running(): boolean {
    return this.since !== null;
  }

  start(now: number): void {
    if (this.since === null) this.since = now;
  }

  pause(now: number): void {
    if (this.since === null) return;
    this.banked += Math.max(0, now - this.since);
    this.since = null;
  }

  elapsed(now: number): number {
    return this.banked + (this.since === null ? 0 : Math.max(0, now - this.since));
  }

  read(now: number): RepReading {
    return readAt(this.plan, this.elapsed(now));
  }
}

export function readAt(plan: RepPlan, elapsedMs: number): RepReading {
  const { leadInMs, msPerRep, targetReps } = plan;
  const total = msPerRep * targetReps;
  if (elapsedMs < leadInMs) {
    return { leadIn: Math.ceil((leadInMs - elapsedMs) / 1000), reps: 0, countingMs: 0, done: false };
  }
  const countingMs = Math.min(total, elapsedMs - leadInMs);
  // A tiny epsilon keeps float rhythms such as 1.5 s from landing a hair short of a boundary.
  const reps = Math.min(targetReps, Math.floor((countingMs + 1e-6) / msPerRep));
  return { leadIn: 0, reps, countingMs, done: reps >= targetReps };
}
