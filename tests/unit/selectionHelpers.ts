/** What the selection tests share: preferences, a context, and a run of prompts as the app makes them. */
import { expect } from 'vitest';
import { CATALOG } from '../../shared/catalog/catalog';
import { AREAS, type Area, type Mobe } from '../../shared/catalog/types';
import { seededRandom } from '../../shared/random';
import { selectMobe, type SelectionContext, type SelectionPrefs } from '../../shared/selection/select';
import { DEFAULT_SETTINGS } from '../../shared/settings/schema';
import type { Random } from '../../shared/time/types';

export const IDS = CATALOG.map((m) => m.id);
export const CORE: Area[] = ['neck', 'hip', 'wrist'];
export const EXTRAS: Area[] = ['shoulder', 'spine', 'ankle'];

export function prefs(over: Partial<SelectionPrefs> = {}): SelectionPrefs {
  return {
    areas: { ...DEFAULT_SETTINGS.areas },
    seatedOnly: false,
    hiddenMobes: [],
    likedMobes: [],
    ...over,
  };
}

export function onlyAreas(...on: Area[]): SelectionPrefs['areas'] {
  return Object.fromEntries(AREAS.map((a) => [a, on.includes(a)])) as SelectionPrefs['areas'];
}

export function ctx(over: Partial<SelectionContext> = {}): SelectionContext {
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
export function simulate(
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

export function idsOf(area: Area, pred: (m: Mobe) => boolean = () => true): string[] {
  return CATALOG.filter((m) => m.area === area && pred(m)).map((m) => m.id);
}

export const isSeated = (m: Mobe) => m.postures.includes('seated');

export function areaCounts(seq: readonly Mobe[]): Record<Area, number> {
  const c = Object.fromEntries(AREAS.map((a) => [a, 0])) as Record<Area, number>;
  for (const m of seq) c[m.area]++;
  return c;
}

export function expectNoBackToBack(seq: readonly Mobe[]): void {
  for (let i = 1; i < seq.length; i++) expect(seq[i].id, `pick ${i}`).not.toBe(seq[i - 1].id);
}
