/**
 * Which of a mobe's cues shows now: one at a time, each for an equal share of the reps, in order, so
 * every cue is seen once per break and none is crowded out. Before counting starts, the first.
 */
export function cueIndexAt(cueCount: number, reps: number, targetReps: number): number {
  if (cueCount <= 1 || targetReps <= 0) return 0;
  const perCue = Math.max(1, Math.ceil(targetReps / cueCount));
  return Math.min(cueCount - 1, Math.floor(Math.max(0, reps) / perCue));
}
