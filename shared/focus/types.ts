import type { Area } from '../catalog/types';
import type { DayKey, EpochMs } from '../time/types';

/** The one answer after a focus set: "How did that feel?" (keys 1-4 in the break window). */
export const FOCUS_FEELS = ['easier', 'same', 'harder', 'hurt'] as const;
export type FocusFeel = (typeof FOCUS_FEELS)[number];

/**
 * What a prompt was as a focus set: `set` was offered (or started) as one; `declined` was offered as
 * one and turned into an ordinary microbreak by the user. Absent on an ordinary microbreak.
 */
export type FocusMark = 'set' | 'declined';

/** The answer to "How did that feel?" after a focus set, kept in the history. */
export interface FeelRecord {
  kind: 'feel';
  /** When the user answered. */
  at: EpochMs;
  day: DayKey;
  mobeId: string;
  area: Area;
  feel: FocusFeel;
  /** The set's target reps, so the next dose can follow from it. */
  targetReps: number;
}
