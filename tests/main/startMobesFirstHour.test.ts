/** The main process on a first start: the welcome window, the app window, the global shortcuts. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', async () => (await import('./electronDouble')).electronModule);

import { DEFAULT_SETTINGS } from '../../shared/settings/schema';
import type { BreakView, SettingsView } from '../../shared/ipc/contract';
import { EVENT_CHANNELS, REQUEST_CHANNELS } from '../../shared/ipc/contract';
import { app, globalShortcut, state } from './electronDouble';
import { WELCOME_WINDOW } from '../../shared/geometry/windowSizes';
import { breakWin, flush, invoke, menu, run, start, useStartHarness } from './startHarness';

useStartHarness();

describe('the first hour', () => {
  const welcomeWin = () =>
    state.windows.find((w) => !w.isDestroyed() && w.webContents.getURL().endsWith('/welcome.html'));
  const settingsFile = () => JSON.parse(readFileSync(join(run.dir, 'userData/settings.json'), 'utf8'));

  it('a first start opens the welcome at its shared size, focused; the break window is not made', async () => {
    start('linux', {}, { firstStart: true });
    await flush();
    const w = welcomeWin()!;
    expect(w).toBeDefined();
    expect(w.options).toMatchObject({ ...WELCOME_WINDOW, useContentSize: true });
    expect(w.isVisible()).toBe(true);
    expect(w.isFocused()).toBe(true);
    expect(state.windows).toHaveLength(1);
  });

  it('finishing the welcome closes it, and it never shows again by itself', async () => {
    start('linux', {}, { firstStart: true });
    await flush();
    const res = await invoke('mobes://app/welcome.html', REQUEST_CHANNELS.updateSettings, {
      welcomeDone: true,
      seatedOnly: true,
    });
    expect(res.ok).toBe(true);
    expect(welcomeWin()).toBeUndefined();
    expect(settingsFile()).toMatchObject({ welcomeDone: true, seatedOnly: true });
    run.shell!.shutdown();
    start('linux');
    await flush();
    expect(welcomeWin()).toBeUndefined();
  });

  it('closing the welcome by hand counts as seen (saved), and settings can ask for it again', async () => {
    start('linux', {}, { firstStart: true });
    await flush();
    welcomeWin()!.close();
    expect(settingsFile().welcomeDone).toBe(true);
    await invoke('mobes://app/app.html#settings', REQUEST_CHANNELS.updateSettings, { welcomeDone: false });
    await flush();
    expect(welcomeWin()?.isVisible()).toBe(true);
  });

  it('starting Mobes again (the app menu) always opens the app window, even with no tray icon', async () => {
    start();
    app.emit('second-instance', {}, [], '/');
    await flush();
    const appWin = state.windows.find((w) => w.webContents.getURL().includes('/app.html'));
    expect(appWin?.isVisible()).toBe(true);
    expect(appWin?.isFocused()).toBe(true);
  });

  it('settings hear how the global shortcuts fare, and the Linux desktop for the tray hint', async () => {
    state.takenShortcuts = [];
    start('linux', { XDG_CURRENT_DESKTOP: 'ubuntu:GNOME' });
    state.takenShortcuts = [DEFAULT_SETTINGS.shortcuts.snooze];
    const res = await invoke<SettingsView>('mobes://app/app.html#settings', REQUEST_CHANNELS.getSettings);
    expect(res.ok && res.value.desktop).toBe('ubuntu:gnome');
    expect(res.ok && res.value.shortcuts).toMatchObject({
      done: { state: 'ready' },
      snooze: { state: 'taken', accelerator: DEFAULT_SETTINGS.shortcuts.snooze },
    });
  });

  it('a global shortcut during a break reaches the break window; quitting lets go of the keys', async () => {
    start();
    menu().find('start-break')!.click();
    await flush();
    const current = await invoke<BreakView>('mobes://app/break.html', REQUEST_CHANNELS.getCurrentBreak);
    expect(current.ok && current.value?.shortcuts).toEqual(DEFAULT_SETTINGS.shortcuts);
    expect(globalShortcut.press(DEFAULT_SETTINGS.shortcuts.skip)).toBe(true);
    expect(breakWin().webContents.sentOn(EVENT_CHANNELS.breakShortcut)).toEqual([{ action: 'skip' }]);
    app.quit();
    expect(globalShortcut.registered.size).toBe(0);
  });
});
