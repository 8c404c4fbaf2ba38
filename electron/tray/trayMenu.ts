import type { MenuItemConstructorOptions } from 'electron';
import type { TrayState } from '../../shared/app/ports';
import type { Translator } from '../../shared/i18n/translator';
import { englishTranslator } from '../../shared/i18n/translator';

export type PauseChoice = '30m' | '1h' | 'tomorrow';
/** How long manual meeting mode lasts: 30 minutes, an hour, or until the user ends it. */
export type MeetingChoice = '30m' | '1h' | 'open';

export interface TrayActions {
  startBreak(): void;
  startFocus(): void;
  snooze(): void;
  pause(choice: PauseChoice): void;
  resume(): void;
  meeting(choice: MeetingChoice): void;
  endMeeting(): void;
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
export function trayMenuTemplate(
  state: TrayState,
  actions: TrayActions,
  tr: Translator = englishTranslator,
): MenuItemConstructorOptions[] {
  const t = (key: string) => tr.t(`tray:${key}`);
  const prompting = state.phase === 'prompting';
  return [
    { id: 'status', label: state.statusLine, enabled: false },
    ...(state.heldLine === null
      ? []
      : [{ id: 'held', label: state.heldLine, enabled: false } satisfies MenuItemConstructorOptions]),
    { type: 'separator' },
    { id: 'start-break', label: t('startBreak'), enabled: !prompting, click: () => actions.startBreak() },
    ...(state.canStartFocus
      ? [{ id: 'start-focus', label: t('startFocus'), click: () => actions.startFocus() }]
      : []),
    { id: 'snooze', label: t('snooze'), enabled: state.canSnooze, click: () => actions.snooze() },
    {
      id: 'pause',
      label: state.paused ? t('pausedMenu') : t('pause'),
      submenu: [
        { id: 'pause-30m', label: t('pause30m'), click: () => actions.pause('30m') },
        { id: 'pause-1h', label: t('pause1h'), click: () => actions.pause('1h') },
        { id: 'pause-tomorrow', label: t('pauseTomorrow'), click: () => actions.pause('tomorrow') },
        { type: 'separator' },
        { id: 'resume', label: t('resume'), enabled: state.paused, click: () => actions.resume() },
      ],
    },
    {
      id: 'meeting',
      label: state.meeting ? t('meetingOn') : t('meeting'),
      submenu: [
        { id: 'meeting-30m', label: t('meeting30m'), click: () => actions.meeting('30m') },
        { id: 'meeting-1h', label: t('meeting1h'), click: () => actions.meeting('1h') },
        { id: 'meeting-open', label: t('meetingOpen'), click: () => actions.meeting('open') },
        { type: 'separator' },
        {
          id: 'end-meeting',
          label: t('endMeeting'),
          enabled: state.meeting,
          click: () => actions.endMeeting(),
        },
      ],
    },
    { type: 'separator' },
    { id: 'today', label: state.todayLine, enabled: false },
    { id: 'history', label: t('openHistory'), click: () => actions.openHistory() },
    { id: 'settings', label: t('openSettings'), click: () => actions.openSettings() },
    { type: 'separator' },
    {
      id: 'start-at-login',
      label: t('startAtLogin'),
      type: 'checkbox',
      checked: state.startAtLogin,
      // Electron flips `checked` before calling click, so the item carries the new value.
      click: (item) => actions.setStartAtLogin(item.checked),
    },
    { id: 'quit', label: t('quit'), click: () => actions.quit() },
  ];
}

/**
 * What the menu depends on; equal keys mean the menu would be rebuilt identically. The language is
 * part of it: switching it must relabel every item, even where the status lines happen to read the same.
 */
export function trayMenuKey(s: TrayState, tr: Translator = englishTranslator): string {
  return JSON.stringify([
    tr.locale,
    tr.t('tray:quit'),
    s.phase,
    s.statusLine,
    s.todayLine,
    s.paused,
    s.canSnooze,
    s.startAtLogin,
    s.heldLine,
    s.meeting,
    s.canStartFocus,
  ]);
}
