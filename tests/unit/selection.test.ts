import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../shared/catalog/catalog';
import { AREAS, type Area, type Mobe } from '../../shared/catalog/types';
import { seededRandom } from '../../shared/random';
import { AREA_WEIGHTS, selectMobe, type SelectionPrefs } from '../../shared/selection/select';
import {
  areaCounts,
  CORE,
  ctx,
  expectNoBackToBack,
  EXTRAS,
  IDS,
  idsOf,
  onlyAreas,
  prefs,
  simulate,
} from './selectionHelpers';

describe('selectMobe: variety', () => {
  it.each([1, 2, 3, 17, 99])('never repeats back to back over 1000 picks (seed %i)', (seed) => {
    const seq = simulate(seededRandom(seed), 1000, prefs(), { dayLength: 32 });
    expectNoBackToBack(seq);
    // Variety is real, not just alternating between two mobes.
    expect(new Set(seq.map((m) => m.id)).size).toBe(CATALOG.length);
  });

  it('never repeats back to back with narrow preferences while two or more are eligible', () => {
    const hiddenMobes = ['pelvic-circles', 'hip-flexor-mobe'];
    const p = prefs({ areas: onlyAreas('hip'), seatedOnly: false, hiddenMobes });
    const seq = simulate(seededRandom(5), 1000, p, { dayLength: 32 });
    expectNoBackToBack(seq);
    expect(new Set(seq.map((m) => m.id))).toEqual(new Set(idsOf('hip', (m) => !hiddenMobes.includes(m.id))));
  });

  it('property: never the previous mobe (unless it is the only eligible one), always eligible', () => {
    const areasArb = fc
      .record(Object.fromEntries(AREAS.map((a) => [a, fc.boolean()])) as Record<Area, fc.Arbitrary<boolean>>)
      .filter((a) => Object.values(a).some(Boolean));
    const countsArb = fc.record(
      Object.fromEntries(AREAS.map((a) => [a, fc.nat(40)])) as Record<Area, fc.Arbitrary<number>>,
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(
        areasArb,
        fc.boolean(),
        fc.subarray(IDS),
        fc.subarray(IDS),
        countsArb,
        fc.option(fc.constantFrom(...IDS), { nil: null }),
        fc.integer(),
        (areas, seatedOnly, hiddenMobes, likedMobes, counts, lastMobeId, seed) => {
          const p: SelectionPrefs = { areas, seatedOnly, hiddenMobes, likedMobes };
          const got = selectMobe({
            catalog: CATALOG,
            prefs: p,
            todayAreaCounts: counts,
            lastMobeId,
            random: seededRandom(seed),
          });

          // Oracle written from the rules, not from the implementation.
          const visible = CATALOG.filter((m) => !hiddenMobes.includes(m.id));
          if (visible.length === 0) return got === null;
          const inAreas = (m: Mobe) => areas[m.area];
          const seatedOk = (m: Mobe) => !seatedOnly || m.postures.includes('seated');
          const tiers = [
            visible.filter((m) => inAreas(m) && seatedOk(m)),
            visible.filter(seatedOk),
            visible.filter(inAreas),
            visible,
          ];
          const eligible = tiers.find((t) => t.length > 0)!;
          if (got === null || !eligible.includes(got)) return false;
          const onlyLast = eligible.every((m) => m.id === lastMobeId);
          return onlyLast || got.id !== lastMobeId;
        },
      ),
      { numRuns: 2000, seed: 20240601 },
    );
  });
});

describe('selectMobe: preferences', () => {
  it('honours seatedOnly', () => {
    const seq = simulate(seededRandom(7), 500, prefs({ seatedOnly: true }), { dayLength: 32 });
    for (const m of seq) expect(m.postures, m.id).toContain('seated');
    expectNoBackToBack(seq);
    // Every area still has a seated option, so all areas still come up.
    expect(new Set(seq.map((m) => m.area))).toEqual(new Set(AREAS));
  });

  it('never offers hidden mobes', () => {
    const hiddenMobes = ['neck-circles', 'wrist-circles', 'pelvic-circles', ...idsOf('ankle')];
    const seq = simulate(seededRandom(8), 500, prefs({ hiddenMobes }), { dayLength: 32 });
    for (const m of seq) expect(hiddenMobes).not.toContain(m.id);
    // Every ankle mobe is hidden: the ankle area is left out.
    expect(seq.some((m) => m.area === 'ankle')).toBe(false);
  });

  it('offers only enabled areas', () => {
    const seq = simulate(seededRandom(9), 300, prefs({ areas: onlyAreas('neck', 'wrist') }), {
      dayLength: 32,
    });
    expect(new Set(seq.map((m) => m.area))).toEqual(new Set(['neck', 'wrist']));
  });

  it('chooses liked mobes more often (fixed seed)', () => {
    const p = prefs({ areas: onlyAreas('neck'), likedMobes: ['neck-circles'] });
    // Independent picks: the liked mobe weighs 3 against 1 for each of the other neck mobes.
    const share = 3 / (3 + idsOf('neck').length - 1);
    const random = seededRandom(11);
    const n = 4000;
    let liked = 0;
    for (let i = 0; i < n; i++) if (selectMobe(ctx({ prefs: p, random }))?.id === 'neck-circles') liked++;
    expect(Math.abs(liked / n - share)).toBeLessThan(0.04);

    // In a realistic run (no back-to-back repeats) it still comes up clearly more than the others.
    const seq = simulate(seededRandom(12), 4000, p, { dayLength: 32 });
    const c = new Map<string, number>();
    for (const m of seq) c.set(m.id, (c.get(m.id) ?? 0) + 1);
    const likedCount = c.get('neck-circles')!;
    for (const [id, count] of c)
      if (id !== 'neck-circles') expect(likedCount, id).toBeGreaterThan(1.5 * count);
  });

  it('without likes, spreads picks evenly within an area', () => {
    const p = prefs({ areas: onlyAreas('wrist') });
    const random = seededRandom(13);
    const c = new Map<string, number>();
    const n = 4000;
    for (let i = 0; i < n; i++) {
      const id = selectMobe(ctx({ prefs: p, random }))!.id;
      c.set(id, (c.get(id) ?? 0) + 1);
    }
    const wrists = idsOf('wrist').length;
    expect(c.size).toBe(wrists);
    for (const count of c.values()) expect(Math.abs(count / n - 1 / wrists)).toBeLessThan(0.03);
  });
});

describe('selectMobe: area balance', () => {
  it('weighs core areas double and documents it', () => {
    for (const a of CORE) expect(AREA_WEIGHTS[a]).toBe(2);
    for (const a of EXTRAS) expect(AREA_WEIGHTS[a]).toBe(1);
  });

  it.each([1, 2, 3, 4, 5, 6, 7, 8])(
    'gives each area close to its share over a 32-prompt day (seed %i)',
    (seed) => {
      const c = areaCounts(simulate(seededRandom(seed), 32));
      // Shares: core 2/9 of 32 = 7.1, extras 1/9 of 32 = 3.6.
      for (const a of CORE) expect(c[a], a).toBeGreaterThanOrEqual(7);
      for (const a of CORE) expect(c[a], a).toBeLessThanOrEqual(8);
      for (const a of EXTRAS) expect(c[a], a).toBeGreaterThanOrEqual(3);
      for (const a of EXTRAS) expect(c[a], a).toBeLessThanOrEqual(4);
    },
  );

  it('stays balanced at every point of the day, not only at the end', () => {
    const seq = simulate(seededRandom(21), 32);
    for (let n = 1; n <= seq.length; n++) {
      const c = areaCounts(seq.slice(0, n));
      for (const a of AREAS) {
        const share = (n * AREA_WEIGHTS[a]) / 9;
        expect(Math.abs(c[a] - share), `${a} after ${n}`).toBeLessThanOrEqual(1);
      }
    }
  });

  it('starts the day with the core areas', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const first3 = simulate(seededRandom(seed), 3).map((m) => m.area);
      expect(new Set(first3), `seed ${seed}`).toEqual(new Set(CORE));
    }
  });

  it('balances a seated-only day too', () => {
    const c = areaCounts(simulate(seededRandom(31), 32, prefs({ seatedOnly: true })));
    for (const a of CORE) expect(c[a], a).toBeGreaterThanOrEqual(7);
    for (const a of EXTRAS) expect(c[a], a).toBeGreaterThanOrEqual(3);
  });

  it('splits evenly between two enabled core areas', () => {
    const c = areaCounts(simulate(seededRandom(41), 32, prefs({ areas: onlyAreas('hip', 'wrist') })));
    expect(c.hip).toBe(16);
    expect(c.wrist).toBe(16);
  });

  it("catches up on the areas today's counts say are behind", () => {
    const todayAreaCounts = { neck: 10, hip: 10, wrist: 10 };
    for (let seed = 0; seed < 30; seed++) {
      const m = selectMobe(ctx({ todayAreaCounts, random: seededRandom(seed) }))!;
      expect(EXTRAS, `seed ${seed}`).toContain(m.area);
    }
    const m = selectMobe(
      ctx({ todayAreaCounts: { neck: 3, hip: 3, wrist: 0, shoulder: 3, spine: 3, ankle: 3 } }),
    )!;
    expect(m.area).toBe('wrist');
  });

  it('on a tie moves on from the area just worked', () => {
    const p = prefs({ areas: onlyAreas('neck', 'wrist') });
    for (let seed = 0; seed < 30; seed++) {
      const m = selectMobe(
        ctx({
          prefs: p,
          todayAreaCounts: { neck: 2, wrist: 2 },
          lastMobeId: 'neck-circles',
          random: seededRandom(seed),
        }),
      )!;
      expect(m.area, `seed ${seed}`).toBe('wrist');
    }
  });

  it('ignores counts that are not sensible instead of failing', () => {
    const m = selectMobe(
      ctx({ todayAreaCounts: { neck: Number.NaN, hip: -5, wrist: Number.POSITIVE_INFINITY } }),
    );
    expect(m).not.toBeNull();
  });
});
