import { copyFileSync, existsSync, readFileSync, renameSync } from 'node:fs';
import { loadSettings } from '../../shared/settings/load';
import type { FieldError, Settings } from '../../shared/settings/schema';
import { DEFAULT_SETTINGS } from '../../shared/settings/schema';
import { asideName } from './asideName';

/** The part of conf / electron-store this module uses (electron-store extends conf). */
export interface SettingsBackingStore {
  store: Record<string, unknown>;
  readonly path: string;
}

export interface LoadedSettings {
  settings: Settings;
  migratedFrom: number | null;
  problems: FieldError[];
  /** One message for the user when something was not loaded as stored; null when all is well. */
  notice: string | null;
}

/**
 * Loads settings through `open()` (which constructs the store) and writes back the migrated, repaired
 * result, so the file on disk is always current and valid. Nothing the user saved is lost:
 * - a file that is not JSON at all is moved aside (settings.corrupt-<time>.json) before the store
 *   opens it (conf refuses to open invalid JSON), and defaults are used;
 * - when some fields were invalid, a copy of the file as it was is kept (settings.invalid-<time>.json)
 *   before the repaired settings overwrite it;
 * in both cases `notice` says where the copy is. A plain version upgrade is silent.
 */
export function loadPersistedSettings(
  file: string,
  open: () => SettingsBackingStore,
  now: () => number = Date.now,
): { store: SettingsBackingStore; loaded: LoadedSettings } {
  const existed = existsSync(file);
  let corruptCopy: string | null = null;
  if (existed && !isJson(file)) {
    corruptCopy = asideName(file, 'corrupt', now());
    try {
      renameSync(file, corruptCopy);
    } catch {
      return unsaved(file, 'Your settings file could not be read or moved aside');
    }
  }
  let store: SettingsBackingStore;
  try {
    store = open();
  } catch {
    return unsaved(file, 'Your settings file could not be opened');
  }
  if (!existed || corruptCopy) {
    store.store = { ...DEFAULT_SETTINGS };
    const problems: FieldError[] = corruptCopy
      ? [{ field: 'settings', message: 'the file was not valid JSON; all defaults are used' }]
      : [];
    const notice = corruptCopy
      ? `Your settings file could not be read, so Mobes started with default settings. The old file was kept as ${corruptCopy}.`
      : null;
    return { store, loaded: { settings: { ...DEFAULT_SETTINGS }, migratedFrom: null, problems, notice } };
  }

  const result = loadSettings(store.store);
  let notice: string | null = null;
  let writeBack = result.migratedFrom !== null;
  if (result.problems.length) {
    const list = result.problems
      .slice(0, 5)
      .map((p) => `${p.field} ${p.message}`)
      .join('; ');
    const more = result.problems.length > 5 ? ` (and ${result.problems.length - 5} more)` : '';
    const copy = asideName(file, 'invalid', now());
    try {
      copyFileSync(file, copy);
      writeBack = true;
      notice = `Some settings could not be used as saved: ${list}${more}. A copy of the old file was kept as ${copy}.`;
    } catch {
      // Without a copy, leave the file as it is; the repaired settings apply to this session.
      writeBack = false;
      notice = `Some settings could not be used as saved: ${list}${more}. The file was left unchanged.`;
    }
  }
  if (writeBack) store.store = { ...result.settings };
  return { store, loaded: { ...result, notice } };
}

/** Settings kept in memory only, when the file can be neither read nor replaced. */
function unsaved(file: string, what: string): { store: SettingsBackingStore; loaded: LoadedSettings } {
  const store: SettingsBackingStore = { store: { ...DEFAULT_SETTINGS }, path: file };
  return {
    store,
    loaded: {
      settings: { ...DEFAULT_SETTINGS },
      migratedFrom: null,
      problems: [{ field: 'settings', message: 'the file could not be opened; defaults are used' }],
      notice: `${what} (${file}). Mobes uses default settings, and changes will not be saved until the file is fixed or removed.`,
    },
  };
}

export function saveSettingsTo(store: SettingsBackingStore, settings: Settings): void {
  store.store = { ...settings };
}

function isJson(file: string): boolean {
  try {
    JSON.parse(readFileSync(file, 'utf8'));
    return true;
  } catch {
    return false;
  }
}
