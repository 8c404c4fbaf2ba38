import { copyFileSync, existsSync, readFileSync, renameSync } from 'node:fs';
import type { Notice } from '../../shared/i18n/translator';
import { notice } from '../../shared/i18n/translator';
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
  /** One notice for the user when something was not loaded as stored; null when all is well. */
  notice: Notice | null;
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
      return unsaved(file, 'settingsCannotMove');
    }
  }
  let store: SettingsBackingStore;
  try {
    store = open();
  } catch {
    return unsaved(file, 'settingsCannotOpen');
  }
  if (!existed || corruptCopy) {
    store.store = { ...DEFAULT_SETTINGS };
    const problems: FieldError[] = corruptCopy
      ? [{ field: 'settings', message: 'the file was not valid JSON; all defaults are used' }]
      : [];
    const told = corruptCopy ? notice('settingsUnreadable', { copy: corruptCopy }) : null;
    return {
      store,
      loaded: { settings: { ...DEFAULT_SETTINGS }, migratedFrom: null, problems, notice: told },
    };
  }

  const result = loadSettings(store.store);
  let told: Notice | null = null;
  let writeBack = result.migratedFrom !== null;
  if (result.problems.length) {
    const list = result.problems
      .slice(0, 5)
      .map((p) => `${p.field} ${p.message}`)
      .join('; ');
    const more =
      result.problems.length > 5 ? notice('moreProblems', { count: result.problems.length - 5 }) : '';
    const copy = asideName(file, 'invalid', now());
    try {
      copyFileSync(file, copy);
      writeBack = true;
      told = notice('settingsInvalidCopied', { list, more, copy });
    } catch {
      // Without a copy, leave the file as it is; the repaired settings apply to this session.
      writeBack = false;
      told = notice('settingsInvalidUnchanged', { list, more });
    }
  }
  if (writeBack) store.store = { ...result.settings };
  return { store, loaded: { ...result, notice: told } };
}

/** Settings kept in memory only, when the file can be neither read nor replaced. */
function unsaved(
  file: string,
  key: 'settingsCannotMove' | 'settingsCannotOpen',
): { store: SettingsBackingStore; loaded: LoadedSettings } {
  const store: SettingsBackingStore = { store: { ...DEFAULT_SETTINGS }, path: file };
  return {
    store,
    loaded: {
      settings: { ...DEFAULT_SETTINGS },
      migratedFrom: null,
      problems: [{ field: 'settings', message: 'the file could not be opened; defaults are used' }],
      notice: notice(key, { file }),
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
