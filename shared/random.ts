import type { Random } from './time/types';

/**
 * A small seeded generator (mulberry32: 32-bit state, good enough spread for picking exercises and
 * fast). The same seed always gives the same sequence, which makes selection reproducible in tests
 * and traces. Not for anything security-related.
 * Algorithm: https://gist.github.com/tommyettinger/46a874533244883189143505d203312c
 */
export function seededRandom(seed: number): Random {
  if (!Number.isFinite(seed)) throw new RangeError(`seed must be a finite number, got ${seed}`);
  let state = Math.trunc(seed) >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Picks one item with probability proportional to its weight.
 * Returns undefined when there is nothing to pick (no items, or every weight is 0).
 * Throws when a weight is negative or not a number, since that is a programming error.
 * A `random` that strays outside [0, 1) is clamped, so the result is always one of the items.
 */
export function pickWeighted<T>(
  items: readonly T[],
  weightOf: (item: T) => number,
  random: Random,
): T | undefined {
  let total = 0;
  const weights: number[] = [];
  for (const item of items) {
    const w = weightOf(item);
    if (!Number.isFinite(w) || w < 0)
      throw new RangeError(`weights must be finite and not negative, got ${w}`);
    weights.push(w);
    total += w;
  }
  if (total <= 0) return undefined;

  const r = Math.min(Math.max(random(), 0), 1);
  let point = (Number.isNaN(r) ? 0 : r) * total;
  let lastPositive = -1;
  for (let i = 0; i < items.length; i++) {
    if (weights[i] === 0) continue;
    lastPositive = i;
    if (point < weights[i]) return items[i];
    point -= weights[i];
  }
  // Only reached through rounding or random() === 1: fall on the last item that could be picked.
  return items[lastPositive];
}
