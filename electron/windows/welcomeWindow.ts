import type { BrowserWindow } from 'electron';
import { WELCOME_WINDOW } from '../../shared/geometry/windowSizes';
import type { WindowFactory } from './windowFactory';

export interface WelcomeWindowContext {
  createWindow: WindowFactory;
  url: string;
  icon?: string;
  /** The user closed the welcome with the window's close button: it counts as seen. */
  onDismissed(): void;
}

export interface WelcomeWindowController {
  /** Shows the welcome while it is wanted (welcomeDone false), closes it once it is not. */
  sync(wanted: boolean): void;
  window(): BrowserWindow | null;
}

/**
 * The first-start welcome (welcome.html), a small window of its own size. It opens on the first start
 * and when settings ask for it again (welcomeDone set back to false), and closes when the user
 * finishes it; closing it by hand also marks it done, so it never comes back by itself.
 */
export function createWelcomeWindowController(ctx: WelcomeWindowContext): WelcomeWindowController {
  let win: BrowserWindow | null = null;
  let closingOurselves = false;

  const open = () => {
    if (win && !win.isDestroyed()) {
      win.show();
      win.focus();
      return;
    }
    const w = ctx.createWindow({
      ...WELCOME_WINDOW,
      useContentSize: true,
      title: 'Welcome to Mobes',
      show: false,
      center: true,
      resizable: false,
      maximizable: false,
      fullscreenable: false,
      autoHideMenuBar: true,
      backgroundColor: '#f7f5f0',
      ...(ctx.icon ? { icon: ctx.icon } : {}),
    });
    // The user has just started Mobes: taking focus here is expected (unlike a break prompt).
    w.once('ready-to-show', () => {
      w.show();
      w.focus();
    });
    w.on('closed', () => {
      if (win === w) win = null;
      if (!closingOurselves) ctx.onDismissed();
      closingOurselves = false;
    });
    void w.loadURL(ctx.url).catch((error: unknown) => console.error('welcome window failed to load', error));
    win = w;
  };

  return {
    sync(wanted) {
      if (wanted) return open();
      if (win && !win.isDestroyed()) {
        closingOurselves = true;
        win.close();
      }
    },
    window: () => (win && !win.isDestroyed() ? win : null),
  };
}
