import { describe, expect, it } from 'vitest';
import { pickWeighted, seededRandom } from '../../shared/random';

function draw(seed: number, n: number): number[] {
  const r = seededRandom(seed);
  return Array.from({ length: n }, () => r());
}

describe('seededRandom', () => {
  it('repeats the same sequence for the same seed', () => {
    expect(draw(42, 100)).toEqual(draw(42, 100));
  });

  it('gives different sequences for different seeds, including neighbouring ones', () => {
    expect(draw(1, 20)).not.toEqual(draw(2, 20));
    expect(draw(0, 20)).not.toEqual(draw(1, 20));
  });

  it('treats seeds as 32-bit integers (fractions truncated, negatives wrapped)', () => {
    expect(draw(7.9, 10)).toEqual(draw(7, 10));
    expect(draw(-1, 10)).toEqual(draw(0xffffffff, 10));
  });

  it('rejects a seed that is not a finite number', () => {
    expect(() => seededRandom(Number.NaN)).toThrow(/seed/);
    expect(() => seededRandom(Number.POSITIVE_INFINITY)).toThrow(/seed/);
  });

  it('returns floats in [0, 1) spread evenly', () => {
    const n = 20_000;
    const buckets = new Array<number>(10).fill(0);
    let sum = 0;
    let min = Infinity;
    let max = -Infinity;
    for (const x of draw(123, n)) {
      min = Math.min(min, x);
      max = Math.max(max, x);
      buckets[Math.floor(x * 10)]++;
      sum += x;
    }
    expect(min).toBeGreaterThanOrEqual(0);
    expect(max).toBeLessThan(1);
    expect(sum / n).toBeCloseTo(0.5, 1);
    // Chi-square with 9 degrees of freedom; 27.9 is the 0.1% critical value.
    const expected = n / 10;
    const chi = buckets.reduce((acc, b) => acc + (b - expected) ** 2 / expected, 0);
    expect(chi).toBeLessThan(27.9);
  });
});

describe('pickWeighted', () => {
  const one = () => 1;

  it('returns undefined when there is nothing to pick', () => {
    expect(pickWeighted([], one, seededRandom(1))).toBeUndefined();
    expect(pickWeighted(['a', 'b'], () => 0, seededRandom(1))).toBeUndefined();
  });

  it('rejects negative or non-numeric weights', () => {
    expect(() => pickWeighted(['a', 'b'], (x) => (x === 'a' ? -1 : 1), seededRandom(1))).toThrow(/weights/);
    expect(() => pickWeighted(['a'], () => Number.NaN, seededRandom(1))).toThrow(/weights/);
  });

  it('picks in proportion to the weights and never a zero-weight item', () => {
    const weights: Record<string, number> = { a: 1, b: 3, c: 0, d: 6 };
    const items = Object.keys(weights);
    const random = seededRandom(2024);
    const counts: Record<string, number> = { a: 0, b: 0, c: 0, d: 0 };
    const n = 30_000;
    for (let i = 0; i < n; i++) counts[pickWeighted(items, (k) => weights[k], random)!]++;
    expect(counts.c).toBe(0);
    expect(counts.a / n).toBeCloseTo(0.1, 1);
    expect(counts.b / n).toBeCloseTo(0.3, 1);
    expect(counts.d / n).toBeCloseTo(0.6, 1);
  });

  it('maps the ends of [0, 1) onto the first and last pickable items', () => {
    const items = ['zero', 'a', 'b', 'tail-zero'];
    const w = (k: string) => (k.includes('zero') ? 0 : 1);
    expect(pickWeighted(items, w, () => 0)).toBe('a');
    expect(pickWeighted(items, w, () => 0.999999999)).toBe('b');
    // A misbehaving source (1, above 1, NaN) still yields an item that could be picked.
    expect(pickWeighted(items, w, () => 1)).toBe('b');
    expect(pickWeighted(items, w, () => 7)).toBe('b');
    expect(pickWeighted(items, w, () => Number.NaN)).toBe('a');
  });

  it('is deterministic for a seed', () => {
    const items = ['a', 'b', 'c', 'd', 'e'];
    const run = (seed: number) => {
      const r = seededRandom(seed);
      return Array.from({ length: 50 }, () => pickWeighted(items, one, r));
    };
    expect(run(9)).toEqual(run(9));
    expect(run(9)).not.toEqual(run(10));
  });
});
