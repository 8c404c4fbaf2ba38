import type { Mobe } from '../catalog/types';
import type { SelectionPrefs } from '../selection/types';
import type { FocusSettings, FocusTarget } from '../settings/focusSettings';
import type { EpochMs } from '../time/types';

/** True while the focus period is on at `at`: a target is set, the period began and has not ended. */
export function isFocusOn(focus: FocusSettings, at: EpochMs): boolean {
  if (focus.target === null) return false;
  if (focus.since !== null && at < focus.since) return false;
  return focus.until === null || at < focus.until;
}

/**
 * The mobes a focus on an area can use, best first: not hidden, and seated when the user asked for
 * seated-only (standing ones only if the area has no seated one left).
 */
export function focusCandidates(area: Mobe['area'], catalog: readonly Mobe[], prefs: SelectionPrefs): Mobe[] {
  const shown = catalog.filter((m) => m.area === area && !prefs.hiddenMobes.includes(m.id));
  if (!prefs.seatedOnly) return shown;
  const seated = shown.filter((m) => m.postures.includes('seated'));
  return seated.length ? seated : shown;
}

/**
 * The mobe of the next focus set. A focus on one mobe is that mobe (the user chose it, so even a
 * hidden one). A focus on an area keeps to one mobe, so its feel trend means something: the one the
 * period used last (`lastId`), else the area's first candidate. Null when nothing fits.
 */
export function focusMobeFor(
  target: FocusTarget,
  catalog: readonly Mobe[],
  prefs: SelectionPrefs,
  lastId: string | null,
): Mobe | null {
  if ('mobeId' in target) return catalog.find((m) => m.id === target.mobeId) ?? null;
  const candidates = focusCandidates(target.area, catalog, prefs);
  return candidates.find((m) => m.id === lastId) ?? candidates[0] ?? null;
}

/** Another mobe for the same area, to suggest after two sets that hurt; null when there is none. */
export function alternativeTo(mobe: Mobe, catalog: readonly Mobe[], prefs: SelectionPrefs): Mobe | null {
  return focusCandidates(mobe.area, catalog, prefs).find((m) => m.id !== mobe.id) ?? null;
}
