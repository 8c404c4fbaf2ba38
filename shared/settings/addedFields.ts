import { DEFAULT_SHORTCUTS } from '../shortcuts/accelerator';
import { DEFAULT_HOLD_BREAKS_DURING } from './contextSettings';
import { DEFAULT_FOCUS } from './focusSettings';
import type { Settings } from './schema';

/**
 * Settings added to version 2 after files of that version were already written. A stored file
 * without one of them is not a problem with the file (nothing the user saved is missing), so the
 * loader fills in the value here silently instead of reporting it and keeping a copy of the file.
 * The value can differ from the default for a fresh install: someone whose settings file predates the
 * welcome window has been using Mobes already, so they do not get the first-start welcome.
 */
const ADDED_TO_VERSION_2: Partial<Settings> = {
  shortcuts: DEFAULT_SHORTCUTS,
  welcomeDone: true,
  holdBreaksDuring: DEFAULT_HOLD_BREAKS_DURING,
  language: 'system',
  focus: DEFAULT_FOCUS,
};

/** The value for a field a stored file lacks because the field is newer than the file, or null. */
export function valueForAddedField(key: keyof Settings): { value: unknown } | null {
  return Object.hasOwn(ADDED_TO_VERSION_2, key) ? { value: structuredClone(ADDED_TO_VERSION_2[key]) } : null;
}
