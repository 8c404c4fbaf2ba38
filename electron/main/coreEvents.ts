import type { CoreEvent, TrayState } from '../../shared/app/ports';
import type { Settings } from '../../shared/settings/schema';
import type { SendEvent } from '../ipc/events';
import type { BreakWindowController } from '../windows/breakWindow';

export interface CoreEventTargets {
  breakWindow: Pick<BreakWindowController, 'show' | 'end' | 'hide'>;
  broadcast: SendEvent;
  tray: { update(state: TrayState): void };
  /** The settings changed (the login item follows them). */
  settingsChanged(settings: Settings): void;
}

/**
 * Where the core's events go in the shell. The core is built before the windows and the tray it talks
 * to, so it notifies this router, which is connected to them once they exist (before the first input).
 */
export function coreEventRouter() {
  let targets: CoreEventTargets | null = null;
  return {
    notify(event: CoreEvent): void {
      if (targets) route(event, targets);
    },
    connect(to: CoreEventTargets): void {
      targets = to;
    },
  };
}

function route(event: CoreEvent, to: CoreEventTargets): void {
  switch (event.type) {
    case 'break-shown':
      return to.breakWindow.show(event.view);
    case 'break-ended':
      return to.breakWindow.end(event.promptId, event.outcome);
    case 'break-closed':
      return to.breakWindow.hide();
    case 'history-changed':
      return to.broadcast('historyChanged', null);
    case 'settings-changed':
      to.settingsChanged(event.settings);
      return to.broadcast('settingsChanged', event.settings);
    case 'tray-changed':
      return to.tray.update(event.tray);
  }
}
