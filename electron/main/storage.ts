import { join } from 'node:path';
import type { HistoryRecord } from '../../shared/history/types';
import type { Notice } from '../../shared/i18n/translator';
import type { Settings } from '../../shared/settings/schema';
import { BOUT_CHECKPOINT_FILE, openBoutCheckpoint } from '../store/boutCheckpoint';
import { openHistoryFile } from '../store/historyFile';
import type { LoadedSettings } from '../store/settingsPersistence';
import { guardSettingsSave, tellOnce } from '../store/writeErrors';

export interface StorageContext {
  userData: string;
  /** electron-store lives behind this (it cannot load outside Electron). */
  openSettings(userData: string): { loaded: LoadedSettings; save(settings: Settings): void };
  log(message: string, error?: unknown): void;
  /** Tells the user about a problem that arises later (a history write failing). */
  tellUser(notices: Notice[]): void;
}

/**
 * Opens the settings, the history file and the bout checkpoint; `notices` lists what the user should
 * hear about them. A bout a crash left open becomes a record here, once.
 */
export function openStorage(ctx: StorageContext) {
  const settingsStore = ctx.openSettings(ctx.userData);
  // A full disk or read-only folder is told once, whichever file meets it first (store/writeErrors.ts).
  const tellWriteError = tellOnce((m) => ctx.tellUser([m]));
  const historyFile = openHistoryFile(join(ctx.userData, 'history.jsonl'), {
    log: ctx.log,
    onWriteError: tellWriteError,
  });
  const history = historyFile.load();
  const checkpoint = openBoutCheckpoint(join(ctx.userData, BOUT_CHECKPOINT_FILE), { log: ctx.log });
  const recovered = checkpoint.recover(history.records, (r) => historyFile.append(r));
  const notices: Notice[] = [
    ...(settingsStore.loaded.notice ? [settingsStore.loaded.notice] : []),
    ...history.notices,
  ];
  return {
    settings: settingsStore.loaded.settings,
    saveSettings: guardSettingsSave((s) => settingsStore.save(s), tellWriteError, ctx.log),
    historyFile,
    checkpoint,
    records: [...history.records, ...recovered] as readonly HistoryRecord[],
    notices,
  };
}
