import type { EpochMs } from '../time/types';

/**
 * The simulated user's OS idle time, from the idle observations of a trace (see format.ts). Times are
 * on the real elapsed-time axis (wall time with clock jumps undone), as the OS idle counter is.
 */
export class IdleTimeline {
  /** Every known input time, ascending. */
  private readonly inputs: Float64Array;

  /**
   * @param start before any known input, the user counts as idle since this time (the trace start).
   * @param observations idle observations as [time, idle seconds] on the real axis, in any order.
   */
  constructor(
    private readonly start: EpochMs,
    observations: Iterable<readonly [EpochMs, number]>,
  ) {
    const inputs: number[] = [];
    for (const [at, idleSeconds] of observations) inputs.push(at - idleSeconds * 1000);
    this.inputs = Float64Array.from(inputs).sort();
  }

  /** The latest known input at or before `real`; the start when none is known. */
  lastInputAt(real: EpochMs): EpochMs {
    const inputs = this.inputs;
    let lo = 0;
    let hi = inputs.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (inputs[mid] <= real) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 ? inputs[lo - 1] : this.start;
  }

  /**
   * Idle seconds at `real`, in whole seconds as the OS reports them
   * (https://www.electronjs.org/docs/latest/api/power-monitor#powermonitorgetsystemidletime).
   */
  idleSecondsAt(real: EpochMs): number {
    return Math.max(0, Math.floor((real - this.lastInputAt(real)) / 1000));
  }
}
