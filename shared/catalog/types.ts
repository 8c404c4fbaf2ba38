/** Body areas a mobe can work. Neck, hip and wrist are the core; the rest are extras. */
export const AREAS = ['neck', 'hip', 'wrist', 'shoulder', 'spine', 'ankle'] as const;
export type Area = (typeof AREAS)[number];

/** What a mobe id looks like (catalog ids, ids in settings, records and IPC payloads). */
export const MOBE_ID = /^[a-z0-9-]{1,64}$/;

export const POSTURES = ['seated', 'standing'] as const;
export type Posture = (typeof POSTURES)[number];

/**
 * How the movement changes direction or side during one break.
 * - none: the same movement every rep
 * - alternate: every rep goes to the other side (left, right, left...)
 * - switch-halfway: one side for the first half, the other side after
 * - reverse-halfway: one direction for the first half, the other direction after
 */
export type SidePattern = 'none' | 'alternate' | 'switch-halfway' | 'reverse-halfway';

/**
 * The shape of the motion the renderer animates (each mobe id has its own figure in the renderer),
 * and `motion` says how a rep moves so the visual keeps the exercise's rhythm.
 */
export type MotionKind = 'circle' | 'swing' | 'tilt' | 'turn' | 'rock' | 'open-close' | 'lunge' | 'fold';

export interface Mobe {
  /** Stable kebab-case id; saved in history and in "hidden"/"liked" lists, so never renamed. */
  id: string;
  name: string;
  area: Area;
  /** Postures the mobe can be done in; a seated-only user only gets mobes that include 'seated'. */
  postures: readonly Posture[];
  /** One or two plain sentences: what to do. */
  summary: string;
  /** Two to four short cues shown while moving. */
  cues: readonly string[];
  /** Seconds per rep: the rhythm the counter and visual follow. */
  secondsPerRep: number;
  /** Sensible rep range for a 30-60 s microbreak at this rhythm (the maintenance dose). */
  reps: { min: number; max: number };
  /**
   * The focus dose for a stiff or sore joint: one unbroken set of 25-75 reps that fits in 4 minutes
   * at this rhythm (even counts for paired patterns). See `focusTargetFor` for the default set.
   */
  focusReps: { min: number; max: number };
  sides: SidePattern;
  motion: MotionKind;
  /** One short safety cue, calm in tone. */
  safety: string;
}

/** Shortest and longest microbreak the product guides (seconds). */
export const MIN_BREAK_SECONDS = 30;
export const MAX_BREAK_SECONDS = 60;

/** A focus set is one unbroken set of this many reps at most and at least (the focus dose). */
export const MIN_FOCUS_REPS = 25;
export const MAX_FOCUS_REPS = 75;
/** Longest focus set the product guides (seconds). */
export const MAX_FOCUS_SECONDS = 240;
