import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATALOG, catalogById } from '../../shared/catalog/catalog';
import { AREAS, type Area, type Mobe } from '../../shared/catalog/types';
import { seededRandom } from '../../shared/random';
import {
  AREA_WEIGHTS,
  describeRelaxation,
  explainNoMobe,
  selectMobe,
  selectWithReason,
  type SelectionContext,
  type SelectionPrefs,
} from '../../shared/selection/select';
import { DEFAULT_SETTINGS } from '../../shared/settings/schema';
import type { Random } from '../../shared/time/types';

const IDS = CATALOG.map((m) => m.id);
const CORE: Area[] = ['neck', 'hip', 'wrist'];
const EXTRAS: Area[] = ['shoulder', 'spine', 'ankle'];

function prefs(over: Partial<SelectionPrefs> = {}): SelectionPrefs {
  return {
    areas: { ...DEFAULT_SETTINGS.areas },
    seatedOnly: false,
    hiddenMobes: [],
    likedMobes: [],
    ...over,
  };
}

function onlyAreas(...on: Area[]): SelectionPrefs['areas'] {
  return Object.fromEntries(AREAS.map((a) => [a, on.includes(a)])) as SelectionPrefs['areas'];
}

function ctx(over: Partial<SelectionContext> = {}): SelectionContext {
  return {
    catalog: CATALOG,
    prefs: prefs(),
    todayAreaCounts: {},
    lastMobeId: null,
    random: seededRandom(1),
    ...over,
  };
}

/** Runs `picks` prompts the way the app does: counts per area grow, the last mobe is remembered. */
function simulate(
  random: Random,
  picks: number,
  p: SelectionPrefs = prefs(),
  opts: { dayLength?: number; catalog?: readonly Mobe[]; mobeCounts?: boolean } = {},
): Mobe[] {
  const dayLength = opts.dayLength ?? Number.POSITIVE_INFINITY;
  let counts: Partial<Record<Area, number>> = {};
  let mobeCounts: Record<string, number> = {};
  let last: string | null = null;
  const out: Mobe[] = [];
  for (let i = 0; i < picks; i++) {
    if (i > 0 && i % dayLength === 0) {
      counts = {};
      mobeCounts = {};
    }
    const m = selectMobe({
      catalog: opts.catalog ?? CATALOG,
      prefs: p,
      todayAreaCounts: { ...counts },
      todayMobeCounts: opts.mobeCounts ? { ...mobeCounts } : undefined,
      lastMobeId: last,
      random,
    });
    if (!m) throw new Error(`no mobe at pick ${i}`);
    counts[m.area] = (counts[m.area] ?? 0) + 1;
    mobeCounts[m.id] = (mobeCounts[m.id] ?? 0) + 1;
    last = m.id;
    out.push(m);
  }
  return out;
}

function idsOf(area: Area, pred: (m: Mobe) => boolean = () => true): string[] {
  return CATALOG.filter((m) => m.area === area && pred(m)).map((m) => m.id);
}

const isSeated = (m: Mobe) => m.postures.includes('seated');

function areaCounts(seq: readonly Mobe[]): Record<Area, number> {
  const c = Object.fromEntries(AREAS.map((a) => [a, 0])) as Record<Area, number>;
  for (const m of seq) c[m.area]++;
  return c;
}

function expectNoBackToBack(seq: readonly Mobe[]): void {
  for (let i = 1; i < seq.length; i++) expect(seq[i].id, `pick ${i}`).not.toBe(seq[i - 1].id);
}

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

describe('selectMobe: determinism', () => {
  it('gives the same sequence for the same seed and a different one for another seed', () => {
    const ids = (seed: number) => simulate(seededRandom(seed), 60).map((m) => m.id);
    expect(ids(5)).toEqual(ids(5));
    expect(ids(5)).not.toEqual(ids(6));
  });
});

describe('selectMobe: requested mobe', () => {
  it('honours a requested id even if hidden, in a disabled area, or the previous one', () => {
    const p = prefs({ areas: onlyAreas('wrist'), seatedOnly: true, hiddenMobes: ['hip-flexor-mobe'] });
    const got = selectWithReason(
      ctx({ prefs: p, requestedId: 'hip-flexor-mobe', lastMobeId: 'hip-flexor-mobe' }),
    );
    expect(got?.mobe.id).toBe('hip-flexor-mobe');
    expect(got?.via).toBe('requested');
  });

  it('picks normally when the requested id does not exist', () => {
    const p = prefs({ hiddenMobes: ['neck-circles'] });
    const got = selectWithReason(ctx({ prefs: p, requestedId: 'retired-mobe' }));
    expect(got?.via).toBe('picked');
    expect(got?.mobe.id).not.toBe('neck-circles');
  });

  it('honours a request even when everything is hidden', () => {
    const got = selectMobe(ctx({ prefs: prefs({ hiddenMobes: IDS }), requestedId: 'foot-circles' }));
    expect(got?.id).toBe('foot-circles');
  });
});

describe('selectMobe: fallbacks', () => {
  it('repeats the last mobe when it is the only eligible one', () => {
    const others = idsOf('hip', isSeated).filter((id) => id !== 'seated-glute-mobe');
    const p = prefs({ areas: onlyAreas('hip'), seatedOnly: true, hiddenMobes: others });
    const got = selectWithReason(ctx({ prefs: p, lastMobeId: 'seated-glute-mobe' }));
    expect(got?.mobe.id).toBe('seated-glute-mobe');
    expect(got?.relaxed).toEqual(['last-mobe']);
  });

  it('goes to another area (keeping seated-only) when every mobe in the enabled areas is filtered out', () => {
    const seatedHips = idsOf('hip', isSeated);
    const p = prefs({ areas: onlyAreas('hip'), seatedOnly: true, hiddenMobes: seatedHips });
    for (let seed = 0; seed < 30; seed++) {
      const got = selectWithReason(ctx({ prefs: p, random: seededRandom(seed) }));
      expect(got?.relaxed).toEqual(['areas']);
      expect(got?.mobe.postures).toContain('seated');
      expect(seatedHips).not.toContain(got?.mobe.id);
    }
  });

  it('offers a standing mobe in the enabled areas when every seated one everywhere is hidden', () => {
    const seatedIds = CATALOG.filter((m) => m.postures.includes('seated')).map((m) => m.id);
    const p = prefs({ areas: onlyAreas('hip', 'neck'), seatedOnly: true, hiddenMobes: seatedIds });
    for (let seed = 0; seed < 30; seed++) {
      const got = selectWithReason(ctx({ prefs: p, random: seededRandom(seed) }));
      expect(got?.relaxed).toEqual(['seated-only']);
      expect(got?.mobe.area).toBe('hip'); // no standing-only neck mobe exists
      expect(seatedIds).not.toContain(got?.mobe.id);
    }
  });

  it('relaxes both when nothing seated and nothing in the enabled areas is left', () => {
    const seatedIds = CATALOG.filter((m) => m.postures.includes('seated')).map((m) => m.id);
    const p = prefs({ areas: onlyAreas('neck'), seatedOnly: true, hiddenMobes: seatedIds });
    const got = selectWithReason(ctx({ prefs: p }));
    expect(got?.relaxed).toEqual(['areas', 'seated-only']);
    expect(got?.mobe.postures).toEqual(['standing']);
  });

  it('explains each fallback in a sentence', () => {
    expect(describeRelaxation([])).toBeNull();
    for (const r of [['last-mobe'], ['areas'], ['seated-only'], ['areas', 'seated-only']] as const) {
      expect(describeRelaxation(r)).toMatch(/^[A-Z].+\.$/);
    }
  });

  it('returns null only when everything is hidden, and explains why', () => {
    const p = prefs({ hiddenMobes: IDS });
    expect(selectMobe(ctx({ prefs: p }))).toBeNull();
    const why = explainNoMobe(p);
    expect(why).toMatch(/hidden/);
    expect(why).toMatch(/unhide/i);
    expect(why).toContain(String(CATALOG.length));

    // One visible mobe is enough, whatever the other preferences say.
    const allButOne = prefs({
      hiddenMobes: IDS.filter((id) => id !== 'spinal-twist'),
      areas: onlyAreas('ankle'),
    });
    expect(selectMobe(ctx({ prefs: allButOne, lastMobeId: 'spinal-twist' }))?.id).toBe('spinal-twist');
  });

  it('returns null for an empty catalog', () => {
    expect(selectMobe(ctx({ catalog: [] }))).toBeNull();
    expect(explainNoMobe(prefs(), [])).toMatch(/no mobes/);
  });

  it('works with a custom catalog and ignores hidden ids it does not know', () => {
    const catalog = [catalogById('neck-circles')!, catalogById('wrist-circles')!];
    const seq = simulate(seededRandom(3), 10, prefs({ hiddenMobes: ['gone'] }), { catalog });
    expect(seq.map((m) => m.id)).toEqual(Array.from({ length: 10 }, (_, i) => seq[i % 2].id));
  });
});

describe('selectMobe: a seated-only day rotates within each area', () => {
  /** A work day of prompts: eight hours at the default four an hour. */
  const DAY = 32;
  const seatedOnly = prefs({ seatedOnly: true });

  it.each([1, 2, 3, 4, 5])(
    'offers at least three seated mobes for neck, hip and wrist, never back to back (seed %i)',
    (seed) => {
      const day = simulate(seededRandom(seed), DAY, seatedOnly, { mobeCounts: true });
      expectNoBackToBack(day);
      for (const m of day) expect(m.postures, m.id).toContain('seated');
      for (const area of CORE) {
        const distinct = new Set(day.filter((m) => m.area === area).map((m) => m.id));
        expect(distinct.size, `${area}: ${[...distinct].join(', ')}`).toBeGreaterThanOrEqual(3);
      }
    },
  );

  it('holds on every one of 300 seeded days, not just a lucky few', () => {
    for (let seed = 100; seed < 400; seed++) {
      const day = simulate(seededRandom(seed), DAY, seatedOnly, { mobeCounts: true });
      for (let i = 1; i < day.length; i++)
        expect(day[i].id, `seed ${seed}, pick ${i}`).not.toBe(day[i - 1].id);
      for (const area of CORE) {
        const inArea = day.filter((m) => m.area === area).map((m) => m.id);
        // Every seated mobe of the area comes up once before any comes up twice.
        const pool = idsOf(area, isSeated).length;
        const firstRound = inArea.slice(0, pool);
        expect(new Set(firstRound).size, `seed ${seed}, ${area}: ${inArea.join(', ')}`).toBe(
          firstRound.length,
        );
        expect(new Set(inArea).size, `seed ${seed}, ${area}`).toBeGreaterThanOrEqual(3);
      }
    }
  });

  it('still favours a liked mobe once the round is done', () => {
    const p = prefs({ seatedOnly: true, areas: onlyAreas('hip'), likedMobes: ['seated-hip-switch'] });
    const days = simulate(seededRandom(61), 20 * DAY, p, { dayLength: DAY, mobeCounts: true });
    const c = new Map<string, number>();
    for (const m of days) c.set(m.id, (c.get(m.id) ?? 0) + 1);
    expect(new Set(c.keys())).toEqual(new Set(idsOf('hip', isSeated)));
    const liked = c.get('seated-hip-switch')!;
    for (const [id, count] of c) if (id !== 'seated-hip-switch') expect(liked, id).toBeGreaterThan(2 * count);
  });

  it("ignores per-mobe counts that are not sensible and prefers the area's unused mobes", () => {
    const hips = idsOf('hip', isSeated);
    const [unused, ...used] = hips;
    const todayMobeCounts: Record<string, number> = Object.fromEntries(used.map((id) => [id, 1]));
    for (let seed = 0; seed < 20; seed++) {
      const got = selectMobe(
        ctx({
          prefs: prefs({ seatedOnly: true, areas: onlyAreas('hip') }),
          todayMobeCounts,
          random: seededRandom(seed),
        }),
      );
      expect(got?.id).toBe(unused);
    }
    const nonsense = { [hips[0]]: Number.NaN, [hips[1]]: -3, [hips[2]]: Number.POSITIVE_INFINITY };
    const seen = new Set<string>();
    for (let seed = 0; seed < 60; seed++) {
      const got = selectMobe(
        ctx({
          prefs: prefs({ seatedOnly: true, areas: onlyAreas('hip') }),
          todayMobeCounts: nonsense,
          random: seededRandom(seed),
        }),
      );
      seen.add(got!.id);
    }
    expect(seen).toEqual(new Set(hips));
  });
});
