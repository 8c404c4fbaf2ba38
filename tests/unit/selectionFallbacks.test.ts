/** selectMobe when it is asked for one mobe, given the same seed twice, or left with little to choose from. */
import { describe, expect, it } from 'vitest';
import { CATALOG, catalogById } from '../../shared/catalog/catalog';
import { seededRandom } from '../../shared/random';
import {
  describeRelaxation,
  explainNoMobe,
  selectMobe,
  selectWithReason,
} from '../../shared/selection/select';
import {
  CORE,
  ctx,
  expectNoBackToBack,
  IDS,
  idsOf,
  isSeated,
  onlyAreas,
  prefs,
  simulate,
} from './selectionHelpers';

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
