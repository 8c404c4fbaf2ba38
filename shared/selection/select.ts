import type { Area, Mobe } from '../catalog/types';
import { pickWeighted } from '../random';
import { mostBehindAreas } from './balance';
import { pickInArea } from './withinArea';
import type { Relaxation, Selection, SelectionContext } from './types';

export { AREA_WEIGHTS } from './balance';
export { describeRelaxation, explainNoMobe } from './explain';
export type { Relaxation, Selection, SelectionContext, SelectionPrefs } from './types';

/** A liked mobe is this many times as likely as an ordinary one within its area. */
export const LIKED_WEIGHT = 3;

interface Tier {
  keepAreas: boolean;
  keepSeated: boolean;
  relaxed: Relaxation[];
}

/**
 * Filters, strictest first. Hidden mobes are never offered ("not this one again" is a promise), but
 * when hiding leaves nothing that matches, a mobe from another area beats no break at all, and only
 * after that is a standing mobe offered to a seated-only user (standing up in an open office is the
 * bigger imposition, so that preference is kept longest).
 */
const TIERS: readonly Tier[] = [
  { keepAreas: true, keepSeated: true, relaxed: [] },
  { keepAreas: false, keepSeated: true, relaxed: ['areas'] },
  { keepAreas: true, keepSeated: false, relaxed: ['seated-only'] },
  { keepAreas: false, keepSeated: false, relaxed: ['areas', 'seated-only'] },
];

/** The mobe for the next break, or null when nothing can be offered (see `explainNoMobe`). */
export function selectMobe(ctx: SelectionContext): Mobe | null {
  return selectWithReason(ctx)?.mobe ?? null;
}

/**
 * Chooses the next mobe and says which preferences, if any, had to give way.
 *
 * 1. `requestedId` naming a catalog mobe wins outright, even if hidden, in a disabled area, or the
 *    previous one (the user asked for it). An unknown id is ignored and a mobe is picked as usual.
 * 2. Eligible: not hidden, in an enabled area, and seated if `seatedOnly`. If none, the tiers above
 *    are tried in order.
 * 3. The previous mobe is left out unless it is the only eligible one.
 * 4. Area balance: among the areas still in play, the one furthest behind its share of today's
 *    prompts (core areas weigh double, see AREA_WEIGHTS). Ties go to an area other than the previous
 *    mobe's, then to chance. Balance only ranks areas that have candidates, so it never empties the
 *    choice: it is a preference, never a filter.
 * 5. Within the area, a weighted random pick: liked mobes count LIKED_WEIGHT times. Given
 *    `todayMobeCounts`, the area rotates: every mobe in it comes up once before any comes again
 *    (see `pickInArea`).
 *
 * Returns null only when every mobe is hidden or the catalog is empty. Deterministic for a given
 * `random`; linear in the catalog size (plus the hidden/liked list lengths).
 */
export function selectWithReason(ctx: SelectionContext): Selection | null {
  const { catalog, prefs, lastMobeId, random } = ctx;

  if (ctx.requestedId !== undefined) {
    const requested = catalog.find((m) => m.id === ctx.requestedId);
    if (requested) return { mobe: requested, via: 'requested', relaxed: [] };
  }

  const hidden = new Set(prefs.hiddenMobes);
  const visible = catalog.filter((m) => !hidden.has(m.id));
  if (visible.length === 0) return null;

  for (const tier of TIERS) {
    const pool = visible.filter(
      (m) =>
        (!tier.keepAreas || prefs.areas[m.area] === true) &&
        (!tier.keepSeated || !prefs.seatedOnly || m.postures.includes('seated')),
    );
    if (pool.length === 0) continue;

    const fresh = pool.filter((m) => m.id !== lastMobeId);
    const candidates = fresh.length > 0 ? fresh : pool;
    const relaxed: Relaxation[] = fresh.length > 0 ? [...tier.relaxed] : [...tier.relaxed, 'last-mobe'];
    const lastArea = lastMobeId === null ? undefined : catalog.find((m) => m.id === lastMobeId)?.area;

    const area = chooseArea(candidates, ctx.todayAreaCounts, lastArea, random);
    const liked = new Set(prefs.likedMobes);
    const inArea = candidates.filter((m) => m.area === area);
    const mobe = pickInArea(inArea, liked, LIKED_WEIGHT, ctx.todayMobeCounts, random) ?? inArea[0];
    return { mobe, via: 'picked', relaxed };
  }
  // Unreachable: the last tier keeps every visible mobe and `visible` is not empty.
  return null;
}

function chooseArea(
  candidates: readonly Mobe[],
  counts: SelectionContext['todayAreaCounts'],
  lastArea: Area | undefined,
  random: SelectionContext['random'],
): Area {
  const areas = [...new Set(candidates.map((m) => m.area))];
  const behind = mostBehindAreas(areas, counts);
  // On a tie, move on from the area just worked so consecutive breaks feel different.
  const others = behind.filter((a) => a !== lastArea);
  const pool = others.length > 0 ? others : behind;
  return pickWeighted(pool, () => 1, random) ?? pool[0];
}
