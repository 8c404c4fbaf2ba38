import type { Area, Mobe } from '../catalog/types';
import type { Settings } from '../settings/schema';
import type { Random } from '../time/types';

/** The preferences selection looks at. */
export type SelectionPrefs = Pick<Settings, 'areas' | 'seatedOnly' | 'hiddenMobes' | 'likedMobes'>;

export interface SelectionContext {
  catalog: readonly Mobe[];
  prefs: SelectionPrefs;
  /** How many prompts each area got today (all outcomes), for balance. */
  todayAreaCounts: Partial<Record<Area, number>>;
  /**
   * How many prompts each mobe (by id) got today, previews excluded. Optional: with it, selection
   * rotates through an area's mobes before repeating one (HistoryIndex.todayMobePromptCounts).
   */
  todayMobeCounts?: Readonly<Partial<Record<string, number>>>;
  lastMobeId: string | null;
  random: Random;
  /** Optional explicit request (preview / "start this one"); honoured if it exists, even if hidden. */
  requestedId?: string;
}

/**
 * A preference selection had to set aside to find a mobe, in the order it tries them:
 * - 'last-mobe': the only eligible mobe was the previous one, so it repeats
 * - 'areas': nothing eligible in the enabled areas, so other areas were allowed
 * - 'seated-only': nothing seated was left, so standing mobes were allowed
 */
export type Relaxation = 'last-mobe' | 'areas' | 'seated-only';

export interface Selection {
  mobe: Mobe;
  /** 'requested' when requestedId named it, otherwise 'picked'. */
  via: 'requested' | 'picked';
  /** Preferences set aside to find it; empty in the normal case. */
  relaxed: Relaxation[];
}
