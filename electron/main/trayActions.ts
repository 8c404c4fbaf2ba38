import type { CoreDriver } from '../../shared/app/coreDriver';
import type { RequestHandlers } from '../../shared/ipc/contract';
import { pauseUntil } from '../tray/pauseUntil';
import type { TrayActions } from '../tray/trayMenu';
import type { AppWindowController } from '../windows/appWindow';

export interface TrayActionsContext {
  driver: CoreDriver;
  handlers: RequestHandlers;
  appWindow: Pick<AppWindowController, 'open'>;
  zone(): string;
  quit(): void;
  log(message: string, error?: unknown): void;
}

/** What the tray menu's items do: the break and pause items are user actions fed through the driver. */
export function createTrayActions(ctx: TrayActionsContext): TrayActions {
  const { driver } = ctx;
  return {
    startBreak: () => driver.inputNow((at) => ({ type: 'action', at, action: 'start-break' })),
    startFocus: () => driver.inputNow((at) => ({ type: 'action', at, action: 'start-focus' })),
    snooze: () => driver.inputNow((at) => ({ type: 'action', at, action: 'snooze' })),
    pause: (choice) =>
      driver.inputNow((at) => ({
        type: 'action',
        at,
        action: 'pause',
        until: pauseUntil(choice, at, ctx.zone()),
      })),
    resume: () => driver.inputNow((at) => ({ type: 'action', at, action: 'resume' })),
    meeting: (choice) =>
      driver.inputNow((at) => ({
        type: 'action',
        at,
        action: 'meeting',
        until: choice === 'open' ? null : at + (choice === '30m' ? 30 : 60) * 60_000,
      })),
    endMeeting: () => driver.inputNow((at) => ({ type: 'action', at, action: 'end-meeting' })),
    openHistory: () => ctx.appWindow.open('history'),
    openSettings: () => ctx.appWindow.open('settings'),
    setStartAtLogin: (enabled) => {
      // A settings change like the settings window's; the core saves it and the tray shows it.
      void Promise.resolve(driver.request(() => ctx.handlers.updateSettings({ startAtLogin: enabled })))
        .then((result) => {
          if (!result.ok) ctx.log(`start at login: ${result.error.message}`);
        })
        .catch((error: unknown) => ctx.log('start at login failed', error));
    },
    quit: () => ctx.quit(),
  };
}
