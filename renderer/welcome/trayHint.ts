import type { SettingsView } from '../../shared/ipc/contract';

export interface TrayHint {
  where: string;
  /** A warning for desktops that may show no tray icon at all, or null. */
  caveat: string | null;
}

/** Where the Mobes icon is on this desktop, in a line or two. */
export function trayHint(platform: SettingsView['platform'], desktop: string | undefined): TrayHint {
  switch (platform) {
    case 'darwin':
      return { where: 'Mobes lives in the menu bar, at the top right of your screen.', caveat: null };
    case 'win32':
      return {
        where:
          'Mobes lives in the notification area at the bottom right of the taskbar. If you do not see it, click the ^ arrow there.',
        caveat: null,
      };
    case 'browser':
      return { where: 'In this demo, the bar at the top of the page stands in for the tray.', caveat: null };
    default: {
      const gnome = /gnome|ubuntu|unity|pop/.test(desktop ?? '');
      return {
        where: 'Mobes lives in the status area of your panel, usually at the top right.',
        caveat: gnome
          ? 'GNOME shows status icons only with the AppIndicator extension (gnome-shell-extension-appindicator). Without it there is no Mobes icon: open Mobes from the app menu to reach its window.'
          : 'No icon? Some Linux desktops show none: open Mobes from the app menu to reach its window.',
      };
    }
  }
}
