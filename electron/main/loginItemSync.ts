import type { Settings } from '../../shared/settings/schema';
import type { LoginItem } from '../os/loginItem';

/** Keeps the OS login item in step with the start-at-login setting; a failure is logged, not thrown. */
export function loginItemFollower(loginItem: LoginItem, log: (message: string, error?: unknown) => void) {
  return (settings: Settings): void => {
    try {
      if (loginItem.isEnabled() !== settings.startAtLogin) loginItem.setEnabled(settings.startAtLogin);
    } catch (error) {
      log('could not change the start-at-login setting', error);
    }
  };
}
