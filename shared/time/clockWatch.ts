import type { EpochMs, Zone } from './types';

/** A difference between wall-clock and monotonic progress beyond this is a clock change. */
export const CLOCK_JUMP_MS = 60_000;

export type ClockChange = { type: 'clock'; at: EpochMs; zone: Zone };

/** Notices the wall clock being set (against a monotonic clock) and the time zone changing. */
export interface ClockWatch {
  /** The clock change since the last look, as an engine input; null when there was none. */
  check(): ClockChange | null;
  /** Takes the clocks as they are now as the new baseline (after sleep, when monotonic clocks stop). */
  rebase(): void;
  /** The zone seen at the last look. */
  readonly zone: Zone;
}

export function createClockWatch(
  now: () => EpochMs,
  monotonic: () => number,
  zoneNow: () => Zone,
): ClockWatch {
  let baseWall = now();
  let baseMono = monotonic();
  let zone = zoneNow();
  return {
    check() {
      const wall = now();
      const mono = monotonic();
      const jumped = Math.abs(wall - baseWall - (mono - baseMono)) > CLOCK_JUMP_MS;
      baseWall = wall;
      baseMono = mono;
      const z = zoneNow();
      const zoneChanged = z !== zone;
      zone = z;
      return jumped || zoneChanged ? { type: 'clock', at: wall, zone: z } : null;
    },
    rebase() {
      baseWall = now();
      baseMono = monotonic();
    },
    get zone() {
      return zone;
    },
  };
}
