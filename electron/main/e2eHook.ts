import type { BrowserWindow, Menu, MenuItem } from 'electron';
import type { BreakWindowController } from '../windows/breakWindow';

interface HookTarget {
  tray: { menu(): Menu } | null;
  breakWindow: BreakWindowController;
  appWindow?: { window(): BrowserWindow | null };
  extras?: { welcome: { window(): BrowserWindow | null } };
}

const describeWindow = (w: BrowserWindow | null | undefined) =>
  w
    ? {
        visible: w.isVisible(),
        focused: w.isFocused(),
        bounds: w.getBounds(),
        contentSize: w.getContentSize(),
        url: w.webContents.getURL(),
      }
    : null;

export interface MenuEntry {
  id: string;
  label: string;
  enabled: boolean;
  checked: boolean;
  submenu?: MenuEntry[];
}

/**
 * Only when MOBES_E2E=1: a global the end-to-end suite reads with electronApp.evaluate() (which runs
 * in the main process). No IPC channel and nothing reachable from a page: it exists so tests can walk
 * the tray menu, which Playwright cannot click.
 */
export function installE2eHook(target: HookTarget): void {
  const describe = (items: MenuItem[]): MenuEntry[] =>
    items.map((i) => ({
      id: i.id,
      label: i.label,
      enabled: i.enabled,
      checked: i.checked,
      ...(i.submenu ? { submenu: describe(i.submenu.items) } : {}),
    }));
  const find = (items: MenuItem[], id: string): MenuItem | undefined => {
    for (const item of items) {
      if (item.id === id) return item;
      const inner = item.submenu && find(item.submenu.items, id);
      if (inner) return inner;
    }
    return undefined;
  };
  (globalThis as Record<string, unknown>).__mobesE2E = {
    trayMenu: () => (target.tray ? describe(target.tray.menu().items) : null),
    clickTrayItem(id: string) {
      const item = target.tray && find(target.tray.menu().items, id);
      if (!item || !item.enabled) return false;
      item.click();
      return true;
    },
    breakWindow: () => describeWindow(target.breakWindow.window()),
    appWindow: () => describeWindow(target.appWindow?.window()),
    welcomeWindow: () => describeWindow(target.extras?.welcome.window()),
  };
}
