import type { SidePattern } from '../../shared/catalog/types';

export interface SideState {
  /** Short label for the rep under way: "Left", "Other side", "Reversed"... or null. */
  label: string | null;
  /** Second half of a switch/reverse pattern: the figure mirrors or reverses. */
  secondHalf: boolean;
  /** A one-rep cue at the halfway point ("Switch sides"), or null. */
  cue: string | null;
}

/** Rep index (0-based) where the second half starts. */
export function halfwayRep(targetReps: number): number {
  return Math.floor(targetReps / 2);
}

/**
 * What the side/direction display shows after `reps` completed reps.
 * 'alternate' labels the rep being done now: rep 1 left, rep 2 right... (the figure moves as a
 * mirror image, so "left" is the side of the screen the figure goes to first).
 */
export function sideAt(sides: SidePattern, reps: number, targetReps: number): SideState {
  const half = halfwayRep(targetReps);
  const secondHalf = targetReps > 1 && reps >= half;
  const atSwitch = targetReps > 1 && reps === half;
  switch (sides) {
    case 'alternate':
      return { label: reps % 2 === 0 ? 'Left' : 'Right', secondHalf: false, cue: null };
    case 'switch-halfway':
      return {
        label: secondHalf ? 'Second side' : 'First side',
        secondHalf,
        cue: atSwitch ? 'Switch sides' : null,
      };
    case 'reverse-halfway':
      return {
        label: secondHalf ? 'Reversed' : 'First direction',
        secondHalf,
        cue: atSwitch ? 'Reverse direction' : null,
      };
    default:
      return { label: null, secondHalf: false, cue: null };
  }
}
