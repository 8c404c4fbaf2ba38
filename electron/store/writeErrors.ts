import type { Notice } from '../../shared/i18n/translator';
import { notice } from '../../shared/i18n/translator';
import type { Settings } from '../../shared/settings/schema';
import { errorCode } from './durableFs';

/**
 * One notice for all write failures of a session: a full disk or a read-only folder makes the history,
 * the settings and the checkpoint fail together, and the user needs to hear it once, not three times.
 */
export function tellOnce(tell: (message: Notice) => void): (message: Notice) => void {
  let told = false;
  return (message) => {
    if (told) return;
    told = true;
    tell(message);
  };
}

/**
 * Wraps the settings store's save so a failing write (full disk, read-only folder) never throws into
 * the core: the new settings stay in force until Mobes quits, the file keeps the last settings saved
 * (conf replaces it atomically), and the user is told.
 */
export function guardSettingsSave(
  save: (settings: Settings) => void,
  onWriteError: (message: Notice) => void,
  log: (message: string, error?: unknown) => void = console.warn,
): (settings: Settings) => void {
  return (settings) => {
    try {
      save(settings);
    } catch (error) {
      log('settings: save failed', error);
      onWriteError(notice('settingsNotSaved', { code: errorCode(error) }));
    }
  };
}
