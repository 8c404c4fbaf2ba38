import type { BrowserWindow } from 'electron';
import { APP_WINDOW, APP_WINDOW_MIN } from '../../shared/geometry/windowSizes';
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
        ...APP_WINDOW,
        minWidth: APP_WINDOW_MIN.width,
        minHeight: APP_WINDOW_MIN.height,
        // The sizes are the page's (content) size, as the page tests use them; with useContentSize the
        // minimum applies to the content too.
        // https://www.electronjs.org/docs/latest/api/browser-window#new-browserwindowoptions
        useContentSize: true,
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
