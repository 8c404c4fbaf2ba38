import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', async () => (await import('./electronDouble')).electronModule);

import { EVENT_CHANNELS } from '../../shared/ipc/contract';
import type { BreakView } from '../../shared/ipc/contract';
import { placeBreakWindow } from '../../shared/geometry/breakWindow';
import { eventSender } from '../../electron/ipc/events';
import { createAppWindowController } from '../../electron/windows/appWindow';
import { END_HIDE_DELAY_MS, createBreakWindowController } from '../../electron/windows/breakWindow';
import { APP_WINDOW, APP_WINDOW_MIN, BREAK_WINDOW } from '../../shared/geometry/windowSizes';
import { pageLocator } from '../../electron/windows/pages';
import { windowFactory } from '../../electron/windows/windowFactory';
import type { FakeBrowserWindow } from './electronDouble';
import { makeDisplay, resetElectron, state } from './electronDouble';

const pages = pageLocator(null);
const { sendTo } = eventSender(() => [], pages.isOurs);

const view = (promptId: string): BreakView =>
  ({
    promptId,
    reason: 'due',
    mobe: { id: 'neck-circles', name: 'Neck circles' },
    targetReps: 10,
    breakSeconds: 40,
    sound: false,
    reducedMotion: 'system',
    today: { day: '2025-03-05', done: 0, goal: 8, streaks: { current: 0, best: 0 } },
  }) as unknown as BreakView;

function breakController(platform: 'linux' | 'darwin' | 'win32' = 'linux', onUserClose = vi.fn()) {
  return createBreakWindowController({
    createWindow: windowFactory('/out/preload/index.cjs'),
    url: pages.url('break'),
    platform,
    trayBounds: () => {
      const b = state.trayBounds;
      return b.width > 0 ? b : null;
    },
    send: (win, name, payload) => sendTo(win, name, payload),
    onUserClose,
  });
}

const flush = async () => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
};

beforeEach(() => resetElectron('linux'));
afterEach(() => vi.useRealTimers());

describe('break window', () => {
  it('100 breaks create exactly one window', async () => {
    const ctl = breakController();
    for (let i = 0; i < 100; i++) {
      ctl.show(view(`p${i}`));
      await flush();
      ctl.end(`p${i}`, 'done');
      ctl.hide();
    }
    expect(state.windows).toHaveLength(1);
    const win = state.windows[0];
    expect(win.isDestroyed()).toBe(false);
    expect(win.webContents.loads).toEqual(['mobes://app/break.html']); // loaded once, reused
    expect(win.webContents.sentOn(EVENT_CHANNELS.breakShown)).toHaveLength(100);
  });

  it('shows without stealing focus, on top, off the taskbar, not full screen, focusable', async () => {
    const ctl = breakController('win32');
    ctl.show(view('p1'));
    const win = state.windows[0];
    expect(win.visibility).toEqual(['showInactive']);
    expect(win.isVisible()).toBe(true);
    expect(win.isFocused()).toBe(false);
    expect(win.options).toMatchObject({
      skipTaskbar: true,
      alwaysOnTop: true,
      focusable: true,
      fullscreenable: false,
    });
    expect(win.options.fullscreen).toBeFalsy();
    expect(win.alwaysOnTop).toEqual({ flag: true, level: 'screen-saver' });
    win.focus(); // a click focuses it
    expect(win.isFocused()).toBe(true);
  });

  it.each([
    ['darwin', 'floating'],
    ['linux', 'floating'],
    ['win32', 'screen-saver'],
  ] as const)('uses the %s always-on-top level', (platform, level) => {
    breakController(platform).show(view('p'));
    expect(state.windows[0].alwaysOnTop.level).toBe(level);
  });

  it('gets the secure web preferences from the factory', () => {
    breakController().show(view('p'));
    expect(state.windows[0].options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
    });
  });

  it('sends breakShown once the page has loaded, and straight away afterwards', async () => {
    const ctl = breakController();
    ctl.show(view('p1'));
    const win = state.windows[0];
    expect(win.webContents.sentOn(EVENT_CHANNELS.breakShown)).toEqual([]); // page not loaded yet
    await flush();
    expect(win.webContents.sentOn(EVENT_CHANNELS.breakShown)).toEqual([view('p1')]);
    ctl.show(view('p2'));
    expect(win.webContents.sentOn(EVENT_CHANNELS.breakShown)).toEqual([view('p1'), view('p2')]);
  });

  it('is placed by the geometry function near the tray, inside the work area', () => {
    state.displays = [
      makeDisplay(1, { x: 0, y: 0, width: 1920, height: 1080 }, { x: 0, y: 0, width: 1920, height: 1040 }),
      makeDisplay(
        2,
        { x: 1920, y: 0, width: 2560, height: 1440 },
        { x: 1920, y: 0, width: 2560, height: 1400 },
        1.5,
      ),
    ];
    state.trayBounds = { x: 4300, y: 1410, width: 24, height: 24 };
    breakController('win32').show(view('p'));
    const expected = placeBreakWindow({
      displays: state.displays,
      primaryId: 1,
      trayBounds: state.trayBounds,
      cursor: state.cursor,
      platform: 'win32',
      size: BREAK_WINDOW,
    });
    const bounds = state.windows[0].getBounds();
    expect(bounds).toEqual(expected);
    expect(bounds.x).toBeGreaterThanOrEqual(1920);
    expect(bounds.y + bounds.height).toBeLessThanOrEqual(1400);
  });

  it('Linux (no tray bounds) falls back to the cursor display', () => {
    state.displays = [
      makeDisplay(1, { x: 0, y: 0, width: 1920, height: 1080 }, { x: 0, y: 32, width: 1920, height: 1048 }),
      makeDisplay(
        2,
        { x: 1920, y: 0, width: 1920, height: 1080 },
        { x: 1920, y: 32, width: 1920, height: 1048 },
      ),
    ];
    state.cursor = { x: 2500, y: 500 };
    breakController('linux').show(view('p'));
    const b = state.windows[0].getBounds();
    expect(b.x).toBeGreaterThan(1920);
    expect(b.y).toBeGreaterThanOrEqual(32);
  });

  it('on break end: sends breakEnded, then hides after a short delay (not destroyed)', async () => {
    vi.useFakeTimers();
    const ctl = breakController();
    ctl.show(view('p1'));
    await flush();
    ctl.end('p1', 'snoozed');
    const win = state.windows[0];
    expect(win.webContents.sentOn(EVENT_CHANNELS.breakEnded)).toEqual([
      { promptId: 'p1', outcome: 'snoozed' },
    ]);
    expect(win.isVisible()).toBe(true);
    vi.advanceTimersByTime(END_HIDE_DELAY_MS);
    expect(win.isVisible()).toBe(false);
    expect(win.isDestroyed()).toBe(false);
  });

  it('a new break before the hide delay cancels the pending hide', async () => {
    vi.useFakeTimers();
    const ctl = breakController();
    ctl.show(view('p1'));
    await flush();
    ctl.end('p1', 'done');
    ctl.show(view('p2'));
    vi.advanceTimersByTime(END_HIDE_DELAY_MS * 2);
    expect(state.windows[0].isVisible()).toBe(true);
  });

  it('closing it from the window manager hides it, keeps it, and reports the close once', async () => {
    const onUserClose = vi.fn();
    const ctl = breakController('linux', onUserClose);
    ctl.show(view('p1'));
    const win = state.windows[0];
    win.close();
    expect(win.isDestroyed()).toBe(false);
    expect(win.isVisible()).toBe(false);
    expect(onUserClose).toHaveBeenCalledTimes(1);
    ctl.show(view('p2'));
    expect(state.windows).toHaveLength(1);
  });

  it('destroy() (on quit) really closes it', () => {
    const ctl = breakController();
    ctl.show(view('p1'));
    ctl.destroy();
    expect(state.windows[0].isDestroyed()).toBe(true);
    expect(ctl.window()).toBeNull();
  });
});

describe('app window (history and settings)', () => {
  const controller = () =>
    createAppWindowController({
      createWindow: windowFactory('/out/preload/index.cjs'),
      url: (v) => pages.url(v),
    });

  it('is created on demand, shown when ready, and reused across views', async () => {
    const ctl = controller();
    expect(state.windows).toHaveLength(0);
    ctl.open('history');
    await flush();
    const win = state.windows[0];
    expect(win.webContents.getURL()).toBe('mobes://app/app.html#history');
    expect(win.isVisible()).toBe(true);
    ctl.open('settings');
    await flush();
    expect(state.windows).toHaveLength(1);
    expect(win.webContents.getURL()).toBe('mobes://app/app.html#settings');
    expect(win.options).not.toMatchObject({ alwaysOnTop: true });
    expect(win.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true });
  });

  it('opens at the shared size, as its content size, and no smaller than the shared minimum', () => {
    controller().open('history');
    expect(state.windows[0].options).toMatchObject({
      width: APP_WINDOW.width,
      height: APP_WINDOW.height,
      minWidth: APP_WINDOW_MIN.width,
      minHeight: APP_WINDOW_MIN.height,
      useContentSize: true,
    });
  });

  it('is made again after the user closed it', async () => {
    const ctl = controller();
    ctl.open('history');
    await flush();
    state.windows[0].close();
    expect(ctl.window()).toBeNull();
    ctl.open('history');
    expect(state.windows).toHaveLength(2);
    expect(ctl.window()).toBe(state.windows[1] as unknown as FakeBrowserWindow);
  });
});
