import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', async () => (await import('./electronDouble')).electronModule);

import { createBreakShortcuts } from '../../electron/windows/breakShortcuts';
import { createBreakWindowController } from '../../electron/windows/breakWindow';
import { pageLocator } from '../../electron/windows/pages';
import { windowFactory } from '../../electron/windows/windowFactory';
import { eventSender } from '../../electron/ipc/events';
import { EVENT_CHANNELS, type BreakView } from '../../shared/ipc/contract';
import { DEFAULT_SHORTCUTS, type ShortcutSettings } from '../../shared/shortcuts/accelerator';
import { app, globalShortcut, resetElectron, state } from './electronDouble';

const pages = pageLocator(null);
const { sendTo } = eventSender(() => [], pages.isOurs);
const view = (promptId: string) =>
  ({
    promptId,
    reason: 'due',
    mobe: { id: 'neck-circles', name: 'Neck circles' },
    targetReps: 10,
  }) as unknown as BreakView;
const flush = async () => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
};

function rig(settings: ShortcutSettings = { ...DEFAULT_SHORTCUTS }) {
  const pressed: string[] = [];
  const log = vi.fn();
  const current = { settings };
  const shortcuts = createBreakShortcuts({
    registry: globalShortcut,
    settings: () => current.settings,
    onPress: (a) => pressed.push(a),
    log,
  });
  const ctl = createBreakWindowController({
    createWindow: windowFactory('/out/preload/index.cjs'),
    url: pages.url('break'),
    platform: 'linux',
    trayBounds: () => null,
    send: (win, name, payload) => sendTo(win, name, payload),
    shortcuts,
  });
  return { shortcuts, ctl, pressed, log, current };
}

beforeEach(() => resetElectron('linux'));
afterEach(() => vi.useRealTimers());

describe('global shortcuts for a break', () => {
  it('are registered when the break window shows, and only then', async () => {
    const { ctl, pressed } = rig();
    expect(globalShortcut.registered.size).toBe(0);
    expect(globalShortcut.press(DEFAULT_SHORTCUTS.skip)).toBe(false);
    ctl.show(view('p1'));
    for (const a of Object.values(DEFAULT_SHORTCUTS)) expect(globalShortcut.isRegistered(a)).toBe(true);
    globalShortcut.press(DEFAULT_SHORTCUTS.done);
    globalShortcut.press(DEFAULT_SHORTCUTS.snooze);
    expect(pressed).toEqual(['done', 'snooze']);
  });

  it('tell the page which shortcuts took, with the break', async () => {
    const { ctl } = rig();
    ctl.show(view('p1'));
    await flush();
    const [shown] = state.windows[0].webContents.sentOn(EVENT_CHANNELS.breakShown) as BreakView[];
    expect(shown.shortcuts).toEqual(DEFAULT_SHORTCUTS);
  });

  it('are unregistered when the window hides, and the keys are free again', () => {
    const { ctl, pressed } = rig();
    ctl.show(view('p1'));
    ctl.hide();
    expect(globalShortcut.registered.size).toBe(0);
    expect(globalShortcut.press(DEFAULT_SHORTCUTS.done)).toBe(false);
    expect(pressed).toEqual([]);
  });

  it('stay for the completion view, then go with the window', () => {
    vi.useFakeTimers();
    const { ctl } = rig();
    ctl.show(view('p1'));
    ctl.end('p1', 'done');
    expect(globalShortcut.registered.size).toBe(3);
    vi.runAllTimers();
    expect(globalShortcut.registered.size).toBe(0);
  });

  it('are unregistered on quit', () => {
    const { ctl } = rig();
    app.on('will-quit', () => ctl.destroy());
    ctl.show(view('p1'));
    app.quit();
    expect(globalShortcut.registered.size).toBe(0);
  });

  it('a key another app holds is left out and reported; the rest work and the break goes on', async () => {
    state.takenShortcuts = [DEFAULT_SHORTCUTS.skip];
    const { ctl, shortcuts, pressed } = rig();
    ctl.show(view('p1'));
    await flush();
    expect(state.windows[0].isVisible()).toBe(true);
    const [shown] = state.windows[0].webContents.sentOn(EVENT_CHANNELS.breakShown) as BreakView[];
    expect(shown.shortcuts).toEqual({ done: DEFAULT_SHORTCUTS.done, snooze: DEFAULT_SHORTCUTS.snooze });
    expect(shortcuts.report().skip).toEqual({ accelerator: DEFAULT_SHORTCUTS.skip, state: 'taken' });
    expect(shortcuts.report().done.state).toBe('ready');
    globalShortcut.press(DEFAULT_SHORTCUTS.done);
    expect(pressed).toEqual(['done']);
  });

  it('reports for settings between breaks by trying each key and letting go at once', () => {
    state.takenShortcuts = [DEFAULT_SHORTCUTS.snooze];
    const { shortcuts } = rig({ ...DEFAULT_SHORTCUTS, done: '' });
    expect(shortcuts.report()).toEqual({
      done: { accelerator: '', state: 'off' },
      skip: { accelerator: DEFAULT_SHORTCUTS.skip, state: 'ready' },
      snooze: { accelerator: DEFAULT_SHORTCUTS.snooze, state: 'taken' },
    });
    expect(globalShortcut.registered.size).toBe(0);
  });

  it('an accelerator Electron refuses to parse is reported, logged, and never throws into the break', () => {
    const { ctl, shortcuts, log } = rig({ ...DEFAULT_SHORTCUTS, done: 'Ctrl+Alt+Shift+ü' });
    expect(() => ctl.show(view('p1'))).not.toThrow();
    expect(shortcuts.report().done.state).toBe('unsupported');
    expect(log).toHaveBeenCalled();
    expect(state.windows[0].isVisible()).toBe(true);
  });

  it('changed settings during a break swap the keys at once', () => {
    const { ctl, shortcuts, current } = rig();
    ctl.show(view('p1'));
    current.settings = { ...DEFAULT_SHORTCUTS, skip: 'Alt+F9' };
    expect(shortcuts.refresh()).toMatchObject({ skip: 'Alt+F9' });
    expect(globalShortcut.isRegistered(DEFAULT_SHORTCUTS.skip)).toBe(false);
    expect(globalShortcut.isRegistered('Alt+F9')).toBe(true);
    ctl.hide();
    expect(shortcuts.refresh()).toBeNull();
    expect(globalShortcut.registered.size).toBe(0);
  });
});
