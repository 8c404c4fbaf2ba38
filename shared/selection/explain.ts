import { CATALOG } from '../catalog/catalog';
import type { Mobe } from '../catalog/types';
import type { Relaxation, SelectionPrefs } from './types';

/**
 * Why no mobe can be suggested. `selectMobe` returns null only when every mobe is hidden (or the
 * catalog is empty); the other preferences are relaxed instead, see `describeRelaxation`.
 */
export function explainNoMobe(
  prefs: Pick<SelectionPrefs, 'hiddenMobes'>,
  catalog: readonly Mobe[] = CATALOG,
): string {
  if (catalog.length === 0) return 'There are no mobes to choose from.';
  const hidden = new Set(prefs.hiddenMobes);
  const visible = catalog.filter((m) => !hidden.has(m.id)).length;
  if (visible === 0) {
    return `All ${catalog.length} mobes are hidden, so there is nothing left to suggest. Unhide one or more in Settings to get breaks again.`;
  }
  return `${visible} of ${catalog.length} mobes are available, so a mobe can be suggested.`;
}

/** A short note for the user when a preference had to be set aside to find a mobe, or null. */
export function describeRelaxation(relaxed: readonly Relaxation[]): string | null {
  const areas = relaxed.includes('areas');
  const seated = relaxed.includes('seated-only');
  if (areas && seated) {
    return 'Every seated mobe and every mobe in your chosen areas is hidden, so this one comes from elsewhere.';
  }
  if (areas) return 'Nothing in your chosen areas fits your settings, so this one comes from another area.';
  if (seated) return 'Every seated mobe is hidden, so this one is done standing.';
  if (relaxed.includes('last-mobe')) return 'This is the only mobe your settings allow, so it repeats.';
  return null;
}
