import { join } from 'node:path';
import type { CoreDriver } from '../../shared/app/coreDriver';
import type { TrayState } from '../../shared/app/ports';
import type { ShellPlatform } from '../../shared/geometry/breakWindow';
import type { Translator } from '../../shared/i18n/translator';
import type { RequestHandlers } from '../../shared/ipc/contract';
import type { Settings } from '../../shared/settings/schema';
import { eventSender, windowSender } from '../ipc/events';
import { createTrayController } from '../tray/trayController';
import { createAppWindowController } from '../windows/appWindow';
import { createBreakWindowController } from '../windows/breakWindow';
import type { pageLocator } from '../windows/pages';
import { windowFactory } from '../windows/windowFactory';
import { createTrayActions } from './trayActions';
import { createWindowExtras } from './windowExtras';

export interface ShellWindowsContext {
  platform: ShellPlatform;
  paths: { preload: string; icons: string; userData: string };
  env: Record<string, string | undefined>;
  pages: ReturnType<typeof pageLocator>;
  driver: CoreDriver;
  handlers: RequestHandlers;
  initialTray: TrayState;
  /** The language the tray menu speaks (read at each rebuild: it can change). */
  translator(): Translator;
  settings(): Settings;
  zone(): string;
  quit(): void;
  log(message: string, error?: unknown): void;
}

/**
 * What the user sees: the app window, the tray (its actions go through the driver), the break window
 * beside the tray with its shortcuts and position memory, the first-start welcome, and the sender of
 * events to the windows. Each is built from the ones before it.
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
  const tray = createTrayController({
    platform,
    iconsDir: paths.icons,
    actions,
    initial: ctx.initialTray,
    translator: ctx.translator,
  });
  const send = windowSender(pages.isOurs);
  const extras = createWindowExtras(ctx, {
    createWindow,
    log: ctx.log,
    welcomeUrl: pages.url('welcome'),
    settings: ctx.settings,
    onShortcut: (action) => send(breakWindow.window(), 'breakShortcut', { action }),
    updateSettings: (patch) => driver.request(() => ctx.handlers.updateSettings(patch)),
  });
  const breakWindow = createBreakWindowController({
    createWindow,
    url: pages.url('break'),
    platform,
    trayBounds: () => tray.bounds(),
    send,
    onUserClose: () => driver.inputNow((at) => ({ type: 'action', at, action: 'skip' })),
    ...extras.breakWindow,
  });
  const windows = () => [breakWindow.window(), appWindow.window(), extras.welcome.window()];
  const events = eventSender(windows, pages.isOurs);
  return { appWindow, actions, tray, breakWindow, extras, events };
}
