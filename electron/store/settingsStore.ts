import Store from 'electron-store';
import { join } from 'node:path';
import type { Settings } from '../../shared/settings/schema';
import type { LoadedSettings, SettingsBackingStore } from './settingsPersistence';
import { loadPersistedSettings, saveSettingsTo } from './settingsPersistence';

export interface SettingsStore {
  loaded: LoadedSettings;
  save(settings: Settings): void;
}

/**
 * electron-store is ESM-only and imports electron when loaded, so it lives only here; the logic is in
 * settingsPersistence.ts (tested against conf, electron-store's base class). conf writes atomically
 * (temp file + rename), so a crash mid-save never leaves a half-written settings file.
 */
export function openSettingsStore(userData: string): SettingsStore {
  const file = join(userData, 'settings.json');
  const { store, loaded } = loadPersistedSettings(
    file,
    () =>
      new Store({
        name: 'settings',
        cwd: userData,
        clearInvalidConfig: false,
      }) as unknown as SettingsBackingStore,
  );
  return { loaded, save: (settings) => saveSettingsTo(store, settings) };
}
