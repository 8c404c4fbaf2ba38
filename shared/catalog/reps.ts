import {
  MAX_BREAK_SECONDS,
  MAX_FOCUS_SECONDS,
  MIN_BREAK_SECONDS,
  type Mobe,
  type SidePattern,
} from './types';

/** Patterns that split the break in two halves (or pairs), so the rep count has to be even. */
const PAIRED: ReadonlySet<SidePattern> = new Set<SidePattern>([
  'alternate',
  'switch-halfway',
  'reverse-halfway',
]);

/** True when the mobe's reps must come in pairs so both sides or directions get equal work. */
export function needsEvenReps(mobe: Pick<Mobe, 'sides'>): boolean {
  return PAIRED.has(mobe.sides);
}

/** Length of a break of `reps` reps at the mobe's rhythm, in seconds. */
export function breakSecondsFor(mobe: Pick<Mobe, 'secondsPerRep'>, reps: number): number {
  return reps * mobe.secondsPerRep;
}

/**
 * The rep counts the mobe allows: inside its rep range, even when the pattern is paired.
 * `withinBreakLimits` additionally keeps only counts whose break lasts 30-60 s.
 */
export function allowedReps(mobe: Mobe, withinBreakLimits = true): number[] {
  const step = needsEvenReps(mobe) ? 2 : 1;
  const first = Math.ceil(mobe.reps.min / step) * step;
  const out: number[] = [];
  for (let r = first; r <= mobe.reps.max; r += step) {
    const s = breakSecondsFor(mobe, r);
    if (!withinBreakLimits || (s >= MIN_BREAK_SECONDS && s <= MAX_BREAK_SECONDS)) out.push(r);
  }
  return out;
}

/**
 * Target reps for a break of about `breakLengthSeconds`.
 *
 * Picks, among the allowed counts (in the mobe's range, even for paired patterns, and giving a
 * 30-60 s break), the one whose length is closest to the request; on a tie the shorter one, so a
 * break does not run over what the user asked for. A request outside 30-60 s is clamped into it.
 * If a mobe's range cannot produce a 30-60 s break (a custom catalog; the built-in one is tested),
 * the 30-60 s limit is dropped rather than failing, and as a last resort `reps.min` is used.
 *
 * Note that most mobes' ranges top out around 40 s, so a 60 s request gives each mobe its longest
 * comfortable dose rather than padding it with extra reps.
 */
export function targetRepsFor(mobe: Mobe, breakLengthSeconds: number): number {
  if (!Number.isFinite(breakLengthSeconds)) {
    throw new RangeError(`breakLengthSeconds must be a finite number of seconds, got ${breakLengthSeconds}`);
  }
  if (!(mobe.secondsPerRep > 0)) {
    throw new RangeError(`mobe '${mobe.id}' must have a positive secondsPerRep, got ${mobe.secondsPerRep}`);
  }
  const wanted = Math.min(MAX_BREAK_SECONDS, Math.max(MIN_BREAK_SECONDS, breakLengthSeconds));
  let options = allowedReps(mobe, true);
  if (options.length === 0) options = allowedReps(mobe, false);
  if (options.length === 0) return Math.max(1, mobe.reps.min);

  let best = options[0];
  let bestGap = Math.abs(breakSecondsFor(mobe, best) - wanted);
  for (const r of options) {
    const gap = Math.abs(breakSecondsFor(mobe, r) - wanted);
    // Strictly smaller only: options ascend, so a tie keeps the shorter break.
    if (gap < bestGap) {
      best = r;
      bestGap = gap;
    }
  }
  return best;
}

/** Reps in a default focus set: the middle of the 25-50 where bodies tend to start responding. */
export const FOCUS_TARGET_REPS = 40;

/**
 * Target reps for a focus set of about `wanted` reps (default FOCUS_TARGET_REPS): clamped into the
 * mobe's focus dose, even for paired patterns (rounded down, or up when down would leave the dose),
 * and never longer than MAX_FOCUS_SECONDS at the mobe's rhythm. For a custom mobe whose focus dose
 * cannot meet all of that, the dose's own bounds win over the even rule, so the set stays in range.
 */
export function focusTargetFor(mobe: Mobe, wanted: number = FOCUS_TARGET_REPS): number {
  if (!Number.isFinite(wanted))
    throw new RangeError(`wanted focus reps must be a finite number, got ${wanted}`);
  if (!(mobe.secondsPerRep > 0)) {
    throw new RangeError(`mobe '${mobe.id}' must have a positive secondsPerRep, got ${mobe.secondsPerRep}`);
  }
  const { min } = mobe.focusReps;
  const max = Math.min(mobe.focusReps.max, Math.floor(MAX_FOCUS_SECONDS / mobe.secondsPerRep));
  if (max < min) return Math.max(1, min);
  let reps = Math.min(max, Math.max(min, Math.round(wanted)));
  if (needsEvenReps(mobe) && reps % 2 !== 0) {
    if (reps - 1 >= min) reps -= 1;
    else if (reps + 1 <= max) reps += 1;
  }
  return reps;
}
