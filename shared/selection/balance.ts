import type { Area } from '../catalog/types';

/**
 * How much of a day's prompts each area should get, relative to the others. The core areas (neck,
 * hip, wrist: the ones desk work loads most) weigh 2 and the extras 1, so with everything enabled a
 * core area gets 2/9 of the day and an extra 1/9. Shares are always taken over the areas that can be
 * picked right now, so turning areas off spreads the day over the rest.
 */
export const AREA_WEIGHTS: Readonly<Record<Area, number>> = Object.freeze({
  neck: 2,
  hip: 2,
  wrist: 2,
  shoulder: 1,
  spine: 1,
  ankle: 1,
});

/** A count as given, or 0 when missing or not a sensible count (negative, NaN, infinite). */
function countOf(counts: Partial<Record<Area, number>>, area: Area): number {
  const c = counts[area];
  return typeof c === 'number' && Number.isFinite(c) && c > 0 ? c : 0;
}

/**
 * The areas furthest behind their share of today's prompts, counting the prompt about to be made.
 *
 * For each area `a` among `areas`: target = weight(a) / totalWeight * (promptsSoFar + 1), and the
 * deficit is target - count(a). The areas with the largest deficit are returned (several on a tie).
 * This is the largest-remainder idea used for fair apportionment: over a day every area stays
 * within about one prompt of its share, and the core areas come up first at the start of a day.
 * Only counts of `areas` matter: prompts in areas that cannot be picked now do not skew the rest.
 */
export function mostBehindAreas(areas: readonly Area[], counts: Partial<Record<Area, number>>): Area[] {
  let totalWeight = 0;
  let prompts = 0;
  for (const a of areas) {
    totalWeight += AREA_WEIGHTS[a];
    prompts += countOf(counts, a);
  }
  // Deficit scaled by totalWeight so equal deficits compare exactly for whole-number counts.
  let best = -Infinity;
  let out: Area[] = [];
  for (const a of areas) {
    const score = AREA_WEIGHTS[a] * (prompts + 1) - countOf(counts, a) * totalWeight;
    if (score > best) {
      best = score;
      out = [a];
    } else if (score === best) {
      out.push(a);
    }
  }
  return out;
}
