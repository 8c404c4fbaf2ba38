import type { BrowserWindow } from 'electron';
import { screen } from 'electron';
import type { CloseOutcome } from '../../shared/history/types';
import type { BreakView } from '../../shared/ipc/contract';
import type { DisplayArea, Rect, ShellPlatform } from '../../shared/geometry/breakWindow';
import { placeBreakWindow } from '../../shared/geometry/breakWindow';
import type { PositionMemory } from '../../shared/geometry/positionMemory';
import { rememberBounds, rememberedBounds } from '../../shared/geometry/positionMemory';
import { BREAK_WINDOW } from '../../shared/geometry/windowSizes';
import type { SendEvent } from '../ipc/events';
import type { BreakShortcuts } from './breakShortcuts';
import type { WindowFactory } from './windowFactory';

/** How long the window stays after a break ended, if its page does not ask to close sooner. */
export const END_HIDE_DELAY_MS = 4000;

export interface BreakWindowContext {
  createWindow: WindowFactory;
  url: string;
  platform: ShellPlatform;
  /** Tray icon bounds when known; the window is placed near them. */
  trayBounds(): Rect | null;
  /** Sends an event to the break window (only while it shows our page). */
  send(win: BrowserWindow, ...event: Parameters<SendEvent>): void;
  /** The user closed the window with the window manager while a break was showing. */
  onUserClose?(): void;
  /** Global shortcuts, registered while the window is up (breakShortcuts.ts). */
  shortcuts?: Pick<BreakShortcuts, 'activate' | 'deactivate'>;
  /** Where the user put the window, per display arrangement (store/windowPositionsFile.ts). */
  positions?: { load(): PositionMemory; save(memory: PositionMemory): void };
  now?: () => number;
}

export interface BreakWindowController {
  show(view: BreakView): void;
  end(promptId: string, outcome: CloseOutcome): void;
  hide(): void;
  /** The window, once created (null before the first break). */
  window(): BrowserWindow | null;
  /** Allows the window to close for real (on quit). */
  destroy(): void;
}

/**
 * The always-on-top level: 'floating' keeps it above normal windows without covering full-screen
 * apps on macOS; on Windows 'screen-saver' keeps it above the taskbar, which would otherwise cover a
 * window placed at the taskbar's corner once the taskbar has focus. On Linux the level is ignored
 * (X11 gets "above"; Wayland does not support always-on-top at all).
 * https://www.electronjs.org/docs/latest/api/browser-window#winsetalwaysontopflag-level-relativelevel
 */
export function alwaysOnTopLevel(platform: ShellPlatform): 'floating' | 'screen-saver' {
  return platform === 'win32' ? 'screen-saver' : 'floating';
}

/**
 * One BrowserWindow for every break: created for the first break, hidden between breaks, never
 * destroyed per break (showing a mobe is then instant and costs no new renderer).
 * It appears without taking keyboard focus (showInactive) so a prompt never swallows keystrokes; it
 * stays focusable so a click or the keyboard shortcut of the OS focuses it.
 */
export function createBreakWindowController(ctx: BreakWindowContext): BreakWindowController {
  let win: BrowserWindow | null = null;
  let loaded = false;
  let pending: BreakView | null = null;
  let hideTimer: ReturnType<typeof setTimeout> | null = null;
  let quitting = false;
  let showing = false;
  let memory: PositionMemory | null = null;
  /** Where we last put the window: a window found elsewhere at hide time was moved by the user. */
  let placed: Rect | null = null;

  const cancelHide = () => {
    if (hideTimer) clearTimeout(hideTimer);
    hideTimer = null;
  };

  const ensureWindow = (): BrowserWindow => {
    if (win && !win.isDestroyed()) return win;
    loaded = false;
    const w = ctx.createWindow({
      ...BREAK_WINDOW,
      // Frameless, so the content size is the window size; said anyway (the page is laid out for it).
      useContentSize: true,
      title: 'Mobes',
      show: false,
      frame: false,
      resizable: false,
      minimizable: false,
      maximizable: false,
      fullscreenable: false,
      skipTaskbar: true,
      alwaysOnTop: true,
      focusable: true,
      backgroundColor: '#f7f5f0',
    });
    w.setAlwaysOnTop(true, alwaysOnTopLevel(ctx.platform));
    w.on('close', (event) => {
      if (quitting) return;
      // Closing from the window manager hides it: the same window serves the next break.
      event.preventDefault();
      const wasShowing = showing;
      hide();
      if (wasShowing) ctx.onUserClose?.();
    });
    w.on('closed', () => {
      if (win === w) win = null;
    });
    w.webContents.on('did-finish-load', () => {
      loaded = true;
      if (pending) ctx.send(w, 'breakShown', pending);
      pending = null;
    });
    void w.loadURL(ctx.url).catch((error: unknown) => console.error('break window failed to load', error));
    win = w;
    return w;
  };

  const displays = (): DisplayArea[] =>
    screen.getAllDisplays().map((d) => ({
      id: d.id,
      bounds: d.bounds,
      workArea: d.workArea,
      scaleFactor: d.scaleFactor,
    }));

  const place = (w: BrowserWindow) => {
    const all = displays();
    if (ctx.positions) memory ??= ctx.positions.load();
    const bounds =
      (memory && rememberedBounds(memory, all, BREAK_WINDOW)) ??
      placeBreakWindow({
        displays: all,
        primaryId: screen.getPrimaryDisplay().id,
        trayBounds: ctx.trayBounds(),
        cursor: screen.getCursorScreenPoint(),
        platform: ctx.platform,
        size: BREAK_WINDOW,
      });
    w.setBounds(bounds);
    placed = bounds;
  };

  /** The user dragged the window somewhere else: remember it for this display arrangement. */
  const rememberIfMoved = (w: BrowserWindow) => {
    if (!ctx.positions || !placed || !w.isVisible()) return;
    const b = w.getBounds();
    if (Math.abs(b.x - placed.x) <= 2 && Math.abs(b.y - placed.y) <= 2) return;
    memory = rememberBounds(memory ?? ctx.positions.load(), displays(), b, (ctx.now ?? Date.now)());
    ctx.positions.save(memory);
    placed = b;
  };

  function hide() {
    cancelHide();
    showing = false;
    ctx.shortcuts?.deactivate();
    if (win && !win.isDestroyed() && win.isVisible()) {
      rememberIfMoved(win);
      win.hide();
    }
  }

  return {
    show(view) {
      cancelHide();
      const w = ensureWindow();
      if (w.isVisible()) rememberIfMoved(w);
      place(w);
      const shortcuts = ctx.shortcuts?.activate();
      const shown = shortcuts ? { ...view, shortcuts } : view;
      if (loaded) ctx.send(w, 'breakShown', shown);
      else pending = shown;
      showing = true;
      w.showInactive();
      w.setAlwaysOnTop(true, alwaysOnTopLevel(ctx.platform));
    },
    end(promptId, outcome) {
      showing = false;
      if (!win || win.isDestroyed()) return;
      if (pending?.promptId === promptId) pending = null;
      ctx.send(win, 'breakEnded', { promptId, outcome });
      cancelHide();
      hideTimer = setTimeout(hide, END_HIDE_DELAY_MS);
    },
    hide,
    window: () => (win && !win.isDestroyed() ? win : null),
    destroy() {
      quitting = true;
      cancelHide();
      ctx.shortcuts?.deactivate();
      if (win && !win.isDestroyed()) {
        rememberIfMoved(win);
        win.destroy();
      }
      win = null;
    },
  };
}
