/**
 * The one test double of the Electron API used by every tests/main suite, via
 *   vi.mock('electron', async () => (await import('./electronDouble')).electronModule);
 *
 * It models the parts of Electron the shell uses, with Electron's documented behaviour where it
 * matters to our code (each class `implements` the matching slice of Electron's own types, so a
 * signature drift fails type-checking):
 * - new BrowserWindow emits app 'web-contents-created'; loadURL resolves and emits 'did-finish-load'
 *   then 'ready-to-show'; show() focuses, showInactive() does not; close() emits a cancellable 'close'
 *   then 'closed'; every method of a destroyed window throws "Object has been destroyed".
 * - will-navigate / will-redirect / will-attach-webview get cancellable events; setWindowOpenHandler
 *   is consulted by openWindow().
 * - ipcMain.handle refuses a second handler for a channel; ipcRenderer.invoke reaches the handler with
 *   an event whose senderFrame.url is the calling page's URL; a throwing handler rejects the invoke.
 * - protocol.registerSchemesAsPrivileged throws after 'ready'; protocol.handle refuses a scheme twice.
 * - Menu.buildFromTemplate builds MenuItems; clicking a checkbox flips `checked` before calling click.
 * - nativeImage.createFromPath gives an empty image for a missing file.
 * - powerMonitor: idle time / idle state are set by the test; getSystemIdleState reports 'idle' once the
 *   idle time reaches the threshold, 'locked' when the test locks the screen.
 * - app.dock exists only on macOS; login item settings are kept per platform.
 * - globalShortcut.register returns false for a key another app holds (state.takenShortcuts).
 *
 * Each part lives in tests/main/double/, one file per slice of the API; this file puts them together
 * as the module `electron` and resets them between tests.
 */
import { app } from './double/app';
import { dialog, Notification, shell } from './double/dialogs';
import { globalShortcut } from './double/globalShortcut';
import { contextBridge, ipcMain, ipcRenderer, resetIpc } from './double/ipc';
import { powerMonitor, screen } from './double/powerScreen';
import { protocol, resetSession, session } from './double/session';
import { freshState, type Platform, state } from './double/state';
import { FakeMenu, FakeMenuItem, FakeTray, nativeImage } from './double/trayMenu';
import { FakeBrowserWindow } from './double/windows';

export { app } from './double/app';
export { makeDisplay } from './double/display';
export { dialog, Notification, shell } from './double/dialogs';
export { globalShortcut } from './double/globalShortcut';
export { contextBridge, exposed, ipcMain, ipcRenderer, ipcRendererState } from './double/ipc';
export { powerMonitor, screen } from './double/powerScreen';
export { defaultSession, protocol, session } from './double/session';
export { state } from './double/state';
export { FakeMenu, FakeMenuItem, FakeNativeImage, FakeTray, nativeImage } from './double/trayMenu';
export { FakeBrowserWindow } from './double/windows';
export { FakeWebContents, FakeWebFrame } from './double/webContents';

export const electronModule = {
  app,
  BrowserWindow: FakeBrowserWindow,
  Tray: FakeTray,
  Menu: FakeMenu,
  MenuItem: FakeMenuItem,
  nativeImage,
  powerMonitor,
  screen,
  ipcMain,
  ipcRenderer,
  contextBridge,
  protocol,
  session,
  shell,
  dialog,
  Notification,
  globalShortcut,
};

/** Puts the double back to a fresh, not-yet-ready Electron on `platform`. */
export function resetElectron(platform: Platform = 'linux'): void {
  for (const w of state.windows) w.removeAllListeners();
  Object.assign(state, freshState(platform));
  globalShortcut.unregisterAll();
  resetIpc();
  resetSession();
  powerMonitor.removeAllListeners();
  app.removeAllListeners();
}

resetElectron();
