/**
 * The double's shared state (what the test sets and reads back) and the small helpers every part of
 * it uses: Electron's "destroyed" error and its cancellable events.
 */
import type { CustomScheme, Point, Rectangle, SaveDialogOptions, SaveDialogReturnValue } from 'electron';
import { makeDisplay } from './display';
import type { FakeTray } from './trayMenu';
import type { FakeBrowserWindow } from './windows';

export type Platform = 'linux' | 'darwin' | 'win32';

export const destroyedError = () => new TypeError('Object has been destroyed');

export interface Cancellable {
  defaultPrevented: boolean;
  preventDefault(): void;
}
export function cancellable<T extends object>(extra?: T): Cancellable & T {
  const e = {
    defaultPrevented: false,
    preventDefault() {
      e.defaultPrevented = true;
    },
    ...(extra ?? ({} as T)),
  };
  return e as Cancellable & T;
}

/** A fresh, not-yet-ready Electron on `platform`, with one 1920×1080 display. */
export function freshState(platform: Platform = 'linux') {
  return {
    platform,
    ready: false,
    trayBounds: { x: 0, y: 0, width: 0, height: 0 } as Rectangle,
    displays: [
      makeDisplay(1, { x: 0, y: 0, width: 1920, height: 1080 }, { x: 0, y: 0, width: 1920, height: 1040 }),
    ],
    primaryDisplayId: 1,
    cursor: { x: 100, y: 100 } as Point,
    paths: {} as Record<string, string>,
    appPath: '/app',
    isPackaged: false,
    singleInstance: true,
    loginItem: { openAtLogin: false } as { openAtLogin: boolean },
    appUserModelId: null as string | null,
    quitCalls: 0,
    dockHidden: false,
    idleSeconds: 0,
    screenLocked: false,
    idleStateCalls: [] as number[],
    opened: [] as string[],
    saveDialogResult: { canceled: true } as SaveDialogReturnValue,
    saveDialogCalls: [] as SaveDialogOptions[],
    messageBoxes: [] as { message: string; detail?: string }[],
    notifications: [] as { title?: string; body?: string }[],
    privilegedSchemes: [] as CustomScheme[],
    windows: [] as FakeBrowserWindow[],
    trays: [] as FakeTray[],
    /** Accelerators another app holds: registering them fails, as Electron reports it (false). */
    takenShortcuts: [] as string[],
    /** What app.getPreferredSystemLanguages() and app.getSystemLocale() report (the OS's settings). */
    preferredSystemLanguages: ['en-GB'] as string[],
    systemLocale: 'en-GB',
  };
}

export const state = freshState();
