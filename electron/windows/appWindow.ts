import type { BrowserWindow } from 'electron';
import type { WindowFactory } from './windowFactory';

export type AppView = 'history' | 'settings';

export interface AppWindowContext {
  createWindow: WindowFactory;
  url(view: AppView): string;
  icon?: string;
}

export interface AppWindowController {
  open(view: AppView): void;
  window(): BrowserWindow | null;
}

/**
 * The normal window that hosts history and settings (app.html#history / #settings). Created on
 * demand, reused while open (switching views only changes the hash), released when the user closes it
 * so an idle app keeps no renderer around.
 */
export function createAppWindowController(ctx: AppWindowContext): AppWindowController {
  let win: BrowserWindow | null = null;

  return {
    open(view) {
      const url = ctx.url(view);
      if (win && !win.isDestroyed()) {
        if (win.webContents.getURL() !== url) void win.loadURL(url);
        if (win.isMinimized()) win.restore();
        win.show();
        win.focus();
        return;
      }
      const w = ctx.createWindow({
        width: 920,
        height: 700,
        minWidth: 560,
        minHeight: 480,
        title: 'Mobes',
        show: false,
        autoHideMenuBar: true,
        backgroundColor: '#f7f5f0',
        ...(ctx.icon ? { icon: ctx.icon } : {}),
      });
      w.once('ready-to-show', () => {
        w.show();
        w.focus();
      });
      w.on('closed', () => {
        if (win === w) win = null;
      });
      void w.loadURL(url).catch((error: unknown) => console.error('app window failed to load', error));
      win = w;
    },
    window: () => (win && !win.isDestroyed() ? win : null),
  };
}
