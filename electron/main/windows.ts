import { join } from 'node:path';
import type { CoreDriver } from '../../shared/app/coreDriver';
import type { TrayState } from '../../shared/app/ports';
import type { ShellPlatform } from '../../shared/geometry/breakWindow';
import type { RequestHandlers } from '../../shared/ipc/contract';
import { eventSender, windowSender } from '../ipc/events';
import { createTrayController } from '../tray/trayController';
import { createAppWindowController } from '../windows/appWindow';
import { createBreakWindowController } from '../windows/breakWindow';
import type { pageLocator } from '../windows/pages';
import { windowFactory } from '../windows/windowFactory';
import { createTrayActions } from './trayActions';

export interface ShellWindowsContext {
  platform: ShellPlatform;
  paths: { preload: string; icons: string };
  pages: ReturnType<typeof pageLocator>;
  driver: CoreDriver;
  handlers: RequestHandlers;
  initialTray: TrayState;
  zone(): string;
  quit(): void;
  log(message: string, error?: unknown): void;
}

/**
 * What the user sees: the app window, the tray (its actions go through the driver), the break window
 * beside the tray, and the sender of events to the windows. Each is built from the ones before it.
 */
export function createShellWindows(ctx: ShellWindowsContext) {
  const { platform, paths, pages, driver } = ctx;
  const createWindow = windowFactory(paths.preload);
  const appWindow = createAppWindowController({
    createWindow,
    url: (view) => pages.url(view),
    icon: join(paths.icons, 'app', 'icon-512.png'),
  });
  const actions = createTrayActions({ ...ctx, appWindow });
  const tray = createTrayController({ platform, iconsDir: paths.icons, actions, initial: ctx.initialTray });
  const breakWindow = createBreakWindowController({
    createWindow,
    url: pages.url('break'),
    platform,
    trayBounds: () => tray.bounds(),
    send: windowSender(pages.isOurs),
    onUserClose: () => driver.inputNow((at) => ({ type: 'action', at, action: 'skip' })),
  });
  const events = eventSender(() => [breakWindow.window(), appWindow.window()], pages.isOurs);
  return { appWindow, actions, tray, breakWindow, events };
}
