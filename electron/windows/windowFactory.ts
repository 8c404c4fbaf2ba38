import type { BrowserWindowConstructorOptions } from 'electron';
import { BrowserWindow } from 'electron';

export type WindowOptions = Omit<BrowserWindowConstructorOptions, 'webPreferences'>;

/**
 * The one place windows are made. Every security preference is written out here, explicitly even where
 * it matches Electron's default (so a default change cannot weaken it, and static scanners can read
 * it), and after the caller's options, so no caller can turn on Node or drop isolation or the sandbox.
 * https://www.electronjs.org/docs/latest/tutorial/security#checklist-security-recommendations
 */
export function createSecureWindow(options: WindowOptions, preload: string): BrowserWindow {
  return new BrowserWindow({
    show: false,
    ...options,
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      // Middle-click must not open links in new windows (window.open is denied anyway).
      disableBlinkFeatures: 'Auxclick',
      // The break window opens by itself, without a click, and its optional soft tick uses Web Audio,
      // which Chromium otherwise keeps suspended until a user gesture. Only our own pages load here.
      // https://www.electronjs.org/docs/latest/api/structures/web-preferences (autoplayPolicy)
      autoplayPolicy: 'no-user-gesture-required',
    },
  });
}

export type WindowFactory = (options: WindowOptions) => BrowserWindow;

export const windowFactory =
  (preload: string): WindowFactory =>
  (options) =>
    createSecureWindow(options, preload);
