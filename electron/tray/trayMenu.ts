import type { MenuItemConstructorOptions } from 'electron';
import type { TrayState } from '../../shared/app/ports';

export type PauseChoice = '30m' | '1h' | 'tomorrow';

export interface TrayActions {
  startBreak(): void;
  snooze(): void;
  pause(choice: PauseChoice): void;
  resume(): void;
  openHistory(): void;
  openSettings(): void;
  setStartAtLogin(enabled: boolean): void;
  quit(): void;
}

/**
 * The tray menu for a state. Everything the app offers is in this menu, because on Linux the menu is
 * all there is: AppIndicator trays deliver no click events.
 * https://www.electronjs.org/docs/latest/api/tray#platform-considerations
 */
export function trayMenuTemplate(state: TrayState, actions: TrayActions): MenuItemConstructorOptions[] {
  const prompting = state.phase === 'prompting';
  return [
    { id: 'status', label: state.statusLine, enabled: false },
    { type: 'separator' },
    { id: 'start-break', label: 'Start a break now', enabled: !prompting, click: () => actions.startBreak() },
    { id: 'snooze', label: 'Snooze', enabled: state.canSnooze, click: () => actions.snooze() },
    {
      id: 'pause',
      label: state.paused ? 'Paused' : 'Pause',
      submenu: [
        { id: 'pause-30m', label: 'For 30 minutes', click: () => actions.pause('30m') },
        { id: 'pause-1h', label: 'For 1 hour', click: () => actions.pause('1h') },
        { id: 'pause-tomorrow', label: 'Until tomorrow', click: () => actions.pause('tomorrow') },
        { type: 'separator' },
        { id: 'resume', label: 'Resume', enabled: state.paused, click: () => actions.resume() },
      ],
    },
    { type: 'separator' },
    { id: 'today', label: state.todayLine, enabled: false },
    { id: 'history', label: 'Open history', click: () => actions.openHistory() },
    { id: 'settings', label: 'Settings…', click: () => actions.openSettings() },
    { type: 'separator' },
    {
      id: 'start-at-login',
      label: 'Start at login',
      type: 'checkbox',
      checked: state.startAtLogin,
      // Electron flips `checked` before calling click, so the item carries the new value.
      click: (item) => actions.setStartAtLogin(item.checked),
    },
    { id: 'quit', label: 'Quit Mobes', click: () => actions.quit() },
  ];
}

/** What the menu depends on; equal keys mean the menu would be rebuilt identically. */
export function trayMenuKey(s: TrayState): string {
  return JSON.stringify([s.phase, s.statusLine, s.todayLine, s.paused, s.canSnooze, s.startAtLogin]);
}
