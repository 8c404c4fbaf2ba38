import type { SettingsView } from '../../shared/ipc/contract';

/** Where the Mobes icon is on this desktop, as keys of the `welcome` namespace. */
export interface TrayHint {
  where: string;
  /** A warning for desktops that may show no tray icon at all, or null. */
  caveat: string | null;
}

/** Where the Mobes icon is on this desktop, in a line or two (the keys name the texts). */
export function trayHint(platform: SettingsView['platform'], desktop: string | undefined): TrayHint {
  switch (platform) {
    case 'darwin':
      return { where: 'tray.mac', caveat: null };
    case 'win32':
      return { where: 'tray.windows', caveat: null };
    case 'browser':
      return { where: 'tray.browser', caveat: null };
    default: {
      const gnome = /gnome|ubuntu|unity|pop/.test(desktop ?? '');
      return { where: 'tray.linux', caveat: gnome ? 'tray.gnomeCaveat' : 'tray.linuxCaveat' };
    }
  }
}
