import { focusTargetFor } from '../catalog/reps';
import type { Mobe } from '../catalog/types';
import type { FocusFeel } from './types';

/** After "it hurt", the next set is this share of the last one (then clamped into the focus dose). */
export const AFTER_HURT_SHARE = 0.6;
/** After a set that did not hurt, a smaller dose grows back toward the wanted one by this many reps. */
export const REGROW_REPS = 10;

/** The latest answer for a mobe, with the set it was about. */
export interface LastFeel {
  feel: FocusFeel;
  targetReps: number;
}

/**
 * The reps of the next focus set of `mobe`: the wanted set (settings, default 40) clamped into the
 * mobe's focus dose, unless the last set says otherwise. After "it hurt" the set shrinks to
 * AFTER_HURT_SHARE of the last one; after any other answer a shrunk set grows back by REGROW_REPS a
 * time, never past the wanted set. `smaller` is true when the set is below the wanted one because of
 * a hurt answer, so the window can say to keep the movement small.
 */
export function focusDoseFor(
  mobe: Mobe,
  wanted: number,
  last: LastFeel | null,
): { reps: number; smaller: boolean } {
  const full = focusTargetFor(mobe, wanted);
  if (!last) return { reps: full, smaller: false };
  const wish =
    last.feel === 'hurt'
      ? Math.min(full, last.targetReps) * AFTER_HURT_SHARE
      : Math.min(full, last.targetReps + REGROW_REPS);
  const reps = focusTargetFor(mobe, wish);
  return { reps, smaller: reps < full };
}

/** Two "it hurt" answers in a row for one mobe: time to suggest another mobe for that area. */
export function hurtTwiceInARow(feels: readonly FocusFeel[]): boolean {
  const n = feels.length;
  return n >= 2 && feels[n - 1] === 'hurt' && feels[n - 2] === 'hurt';
}
