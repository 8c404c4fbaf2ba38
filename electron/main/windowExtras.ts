import { app, globalShortcut } from 'electron';
import { join } from 'node:path';
import type { RequestHandlers } from '../../shared/ipc/contract';
import type { Settings } from '../../shared/settings/schema';
import type { ShortcutAction } from '../../shared/shortcuts/accelerator';
import { openWindowPositionsFile } from '../store/windowPositionsFile';
import { createBreakShortcuts } from '../windows/breakShortcuts';
import type { WindowFactory } from '../windows/windowFactory';
import { createWelcomeWindowController } from '../windows/welcomeWindow';
import { linuxDesktop, withShellInfo } from './shellHandlers';

/** The parts of startMobes' context used here. */
export interface ShellFacts {
  platform: string;
  paths: { userData: string; icons: string };
  env: Record<string, string | undefined>;
}

export interface WindowExtrasContext {
  createWindow: WindowFactory;
  welcomeUrl: string;
  settings(): Settings;
  /** A global shortcut was pressed during a break: tell the break window. */
  onShortcut(action: ShortcutAction): void;
  updateSettings: RequestHandlers['updateSettings'];
  log(message: string, error?: unknown): void;
}

/**
 * The break window's global shortcuts and position memory, and the first-start welcome, built in one
 * place so the composition root only passes them on (startMobes.ts). The welcome opens here on a
 * first start (its page asks for settings once loaded, after the IPC handlers are registered).
 */
export function createWindowExtras(shell: ShellFacts, ctx: WindowExtrasContext) {
  const shortcuts = createBreakShortcuts({
    registry: globalShortcut,
    settings: () => ctx.settings().shortcuts,
    onPress: ctx.onShortcut,
    log: ctx.log,
  });
  const welcome = createWelcomeWindowController({
    createWindow: ctx.createWindow,
    url: ctx.welcomeUrl,
    icon: join(shell.paths.icons, 'app', 'icon-512.png'),
    onDismissed: () => void ctx.updateSettings({ welcomeDone: true }),
  });
  welcome.sync(!ctx.settings().welcomeDone);
  return {
    /** For createBreakWindowController. */
    breakWindow: {
      shortcuts,
      positions: openWindowPositionsFile(join(shell.paths.userData, 'window-positions.json'), ctx.log),
    },
    welcome,
    /** The core's handlers with what the shell knows added (shortcut states, the desktop). */
    handlers: (core: RequestHandlers) =>
      withShellInfo(core, {
        shortcuts,
        desktop: linuxDesktop(shell.platform, shell.env),
        preferredLanguages: () => app.getPreferredSystemLanguages(),
      }),
    /** Settings changed: the welcome opens or closes, shortcuts of a break under way are swapped. */
    settingsChanged(settings: Settings) {
      welcome.sync(!settings.welcomeDone);
      shortcuts.refresh();
    },
  };
}
