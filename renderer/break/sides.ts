import type { SidePattern } from '../../shared/catalog/types';

export interface SideState {
  /** Short label for the rep under way (a key of the break namespace's `sides`): left, reversed... */
  label: SideText | null;
  /** Second half of a switch/reverse pattern: the figure mirrors or reverses. */
  secondHalf: boolean;
  /** A one-rep cue at the halfway point (switchSides, reverseDirection), or null. */
  cue: SideText | null;
}

export type SideText =
  | 'left'
  | 'right'
  | 'firstSide'
  | 'secondSide'
  | 'switchSides'
  | 'firstDirection'
  | 'reversed'
  | 'reverseDirection';

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
      return { label: reps % 2 === 0 ? 'left' : 'right', secondHalf: false, cue: null };
    case 'switch-halfway':
      return {
        label: secondHalf ? 'secondSide' : 'firstSide',
        secondHalf,
        cue: atSwitch ? 'switchSides' : null,
      };
    case 'reverse-halfway':
      return {
        label: secondHalf ? 'reversed' : 'firstDirection',
        secondHalf,
        cue: atSwitch ? 'reverseDirection' : null,
      };
    default:
      return { label: null, secondHalf: false, cue: null };
  }
}
