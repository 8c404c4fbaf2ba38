import { join } from 'node:path';
import type { HistoryRecord } from '../../shared/history/types';
import type { Settings } from '../../shared/settings/schema';
import { openHistoryFile } from '../store/historyFile';
import type { LoadedSettings } from '../store/settingsPersistence';

export interface StorageContext {
  userData: string;
  /** electron-store lives behind this (it cannot load outside Electron). */
  openSettings(userData: string): { loaded: LoadedSettings; save(settings: Settings): void };
  log(message: string, error?: unknown): void;
  /** Tells the user about a problem that arises later (a history write failing). */
  tellUser(messages: string[]): void;
}

/** Opens the settings and the history file; `notices` lists what the user should hear about both. */
export function openStorage(ctx: StorageContext) {
  const settingsStore = ctx.openSettings(ctx.userData);
  const historyFile = openHistoryFile(join(ctx.userData, 'history.jsonl'), {
    log: ctx.log,
    onWriteError: (m) => ctx.tellUser([m]),
  });
  const history = historyFile.load();
  const notices = [...(settingsStore.loaded.notice ? [settingsStore.loaded.notice] : []), ...history.notices];
  return {
    settings: settingsStore.loaded.settings,
    saveSettings: (s: Settings) => settingsStore.save(s),
    historyFile,
    records: history.records as readonly HistoryRecord[],
    notices,
  };
}
