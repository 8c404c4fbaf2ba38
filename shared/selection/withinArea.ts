import type { Mobe } from '../catalog/types';
import { pickWeighted } from '../random';
import type { Random } from '../time/types';

/**
 * Picks one mobe of an area. Liked mobes weigh `likedWeight`, others 1.
 *
 * With `todayCounts` (prompts per mobe id today) the pick also rotates through the area: each mobe's
 * uses today are divided by its weight, and only the mobes with the fewest such uses are in the draw.
 * So every mobe of the area comes up once before any comes up again, and after that a liked mobe
 * comes up about `likedWeight` times as often. Without counts it is a plain weighted draw, which left
 * a seated-only day with only one or two of its four hip mobes on about one day in twenty.
 * Counts that are missing or not sensible (negative, NaN, infinite) count as 0.
 */
export function pickInArea(
  inArea: readonly Mobe[],
  liked: ReadonlySet<string>,
  likedWeight: number,
  todayCounts: Readonly<Partial<Record<string, number>>> | undefined,
  random: Random,
): Mobe | undefined {
  const weightOf = (m: Mobe) => (liked.has(m.id) ? likedWeight : 1);
  if (!todayCounts) return pickWeighted(inArea, weightOf, random);
  const usesOf = (m: Mobe) => {
    const c = todayCounts[m.id];
    return (typeof c === 'number' && Number.isFinite(c) && c > 0 ? c : 0) / weightOf(m);
  };
  let fewest = Infinity;
  for (const m of inArea) fewest = Math.min(fewest, usesOf(m));
  return pickWeighted(
    inArea.filter((m) => usesOf(m) === fewest),
    weightOf,
    random,
  );
}
