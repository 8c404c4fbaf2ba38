import Conf from 'conf';
import { DateTime } from 'luxon';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', async () => (await import('./electronDouble')).electronModule);

import { MobesCore } from '../../shared/app/core';
import { DEFAULT_SETTINGS } from '../../shared/settings/schema';
import type { BreakView, Result, SettingsView } from '../../shared/ipc/contract';
import { EVENT_CHANNELS, REQUEST_CHANNELS } from '../../shared/ipc/contract';
import type { MobesShell } from '../../electron/main/startMobes';
import type { StartContext } from '../../electron/main/startContext';
import { APP_ID, startMobes } from '../../electron/main/startMobes';
import { currentZone } from '../../electron/power/powerAdapter';
import type { SettingsBackingStore } from '../../electron/store/settingsPersistence';
import { loadPersistedSettings, saveSettingsTo } from '../../electron/store/settingsPersistence';
import type { FakeBrowserWindow, FakeMenu, FakeTray } from './electronDouble';
import {
  app,
  defaultSession,
  globalShortcut,
  ipcMain,
  powerMonitor,
  protocol,
  resetElectron,
  state,
} from './electronDouble';
import { BREAK_WINDOW, WELCOME_WINDOW } from '../../shared/geometry/windowSizes';

const ROOT = join(__dirname, '../..');
const ICONS = join(ROOT, 'resources/icons');
// A Wednesday at 10:00 in this machine's zone: inside the default work hours.
const WORK_TIME = DateTime.fromISO('2025-03-05T10:00:00', { zone: currentZone() }).toMillis();

let dir: string;
let shell: MobesShell | null;

function start(
  platform: 'linux' | 'darwin' | 'win32' = 'linux',
  env: Record<string, string> = {},
  opts: { firstStart?: boolean } = {},
) {
  resetElectron(platform);
  state.paths = { userData: join(dir, 'userData'), documents: join(dir, 'docs') };
  if (!opts.firstStart && !existsSync(join(dir, 'userData/settings.json'))) {
    // Not a first start (that one has its own tests below): no welcome window in the way.
    mkdirSync(join(dir, 'userData'), { recursive: true });
    writeFileSync(
      join(dir, 'userData/settings.json'),
      JSON.stringify({ ...DEFAULT_SETTINGS, welcomeDone: true }),
    );
  }
  mkdirSync(join(dir, 'renderer'), { recursive: true });
  writeFileSync(join(dir, 'renderer', 'break.html'), '<!doctype html><title>break</title>');
  app.becomeReady();
  const ctx: StartContext = {
    createCore: (ports, init) => new MobesCore(ports, init),
    busy: { createSources: async () => ({ sources: [], close() {} }) },
    platform,
    paths: {
      userData: state.paths.userData,
      renderer: join(dir, 'renderer'),
      preload: '/out/preload/index.cjs',
      icons: ICONS,
      home: join(dir, 'home'),
      execPath: '/opt/Mobes/mobes',
    },
    env,
    openSettings: (userData) => {
      const file = join(userData, 'settings.json');
      const open = () =>
        new Conf({ cwd: userData, configName: 'settings' }) as unknown as SettingsBackingStore;
      const { store, loaded } = loadPersistedSettings(file, open);
      return { loaded, save: (s) => saveSettingsTo(store, s) };
    },
    log: () => {},
  };
  shell = startMobes(ctx);
  return shell;
}

const tray = () => state.trays[0] as FakeTray;
const menu = () => tray().contextMenu as FakeMenu;
const breakWin = () => state.windows[0] as FakeBrowserWindow;
const flush = async () => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
};
const invoke = <T>(url: string, channel: string, payload?: unknown) =>
  ipcMain.invokeFrom(url, channel, payload) as Promise<Result<T>>;
const historyLines = () =>
  existsSync(join(dir, 'userData/history.jsonl'))
    ? readFileSync(join(dir, 'userData/history.jsonl'), 'utf8')
        .trim()
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l))
    : [];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'mobes-shell-'));
  shell = null;
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date', 'performance'] });
  vi.setSystemTime(WORK_TIME);
});
afterEach(() => {
  shell?.shutdown();
  vi.useRealTimers();
});

describe('composition root', () => {
  it('applies the security policy before any window: protocol, permissions, CSP, navigation guards', async () => {
    start();
    expect(protocol.isProtocolHandled('mobes')).toBe(true);
    expect(await defaultSession.requestPermission('media')).toBe(false);
    expect(defaultSession.checkPermission('notifications')).toBe(false);
    const headers = await defaultSession.receiveHeaders('http://x/', {});
    expect(String(headers['Content-Security-Policy'])).toContain("default-src 'self'");
    expect(app.listenerCount('web-contents-created')).toBe(1);
    const page = await protocol.fetch('mobes://app/break.html');
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
  });

  it('creates the tray with an icon for the state and the full menu; no window yet', () => {
    start();
    expect(state.trays).toHaveLength(1);
    expect(tray().image.isEmpty()).toBe(false);
    expect(tray().tooltip).toMatch(/^Mobes · /);
    expect(menu().find('today')!.label).toMatch(/^Today 0 of 8 mobes/);
    expect(state.windows).toHaveLength(0);
  });

  it('registers every IPC request channel', () => {
    start();
    expect(ipcMain.channels().sort()).toEqual(Object.values(REQUEST_CHANNELS).sort());
  });

  it('a break started from the tray shows the mobe in the reused break window, without focus', async () => {
    start();
    menu().find('start-break')!.click();
    expect(state.windows).toHaveLength(1);
    const win = breakWin();
    expect(win.visibility).toEqual(['showInactive']);
    expect(win.isFocused()).toBe(false);
    await flush();
    const [shown] = win.webContents.sentOn(EVENT_CHANNELS.breakShown) as BreakView[];
    expect(shown.reason).toBe('manual');
    expect(shown.mobe.name).toBeTruthy();
    const current = await invoke<BreakView>('mobes://app/break.html', REQUEST_CHANNELS.getCurrentBreak);
    expect(current).toMatchObject({ ok: true, value: { promptId: shown.promptId } });
    expect(tray().image.path).toMatch(/due\.png$/);
    expect(menu().find('start-break')!.enabled).toBe(false);
  });

  it('completing a break: history appended to the file, breakEnded sent, window hidden on closeBreak', async () => {
    start();
    menu().find('start-break')!.click();
    await flush();
    const [shown] = breakWin().webContents.sentOn(EVENT_CHANNELS.breakShown) as BreakView[];
    const done = await invoke('mobes://app/break.html', REQUEST_CHANNELS.completeBreak, {
      promptId: shown.promptId,
      reps: shown.targetReps,
    });
    expect(done.ok).toBe(true);
    expect(historyLines()).toEqual([
      expect.objectContaining({ kind: 'prompt', outcome: 'done', mobeId: shown.mobe.id }),
    ]);
    expect(breakWin().webContents.sentOn(EVENT_CHANNELS.breakEnded)).toEqual([
      { promptId: shown.promptId, outcome: 'done' },
    ]);
    await invoke('mobes://app/break.html', REQUEST_CHANNELS.closeBreak);
    expect(breakWin().isVisible()).toBe(false);
    expect(breakWin().isDestroyed()).toBe(false);
    expect(menu().find('today')!.label).toMatch(/^Today 1 of 8 mobes/);
  });

  it('refuses IPC from a foreign page', async () => {
    start();
    const r = await invoke('https://evil.example/', REQUEST_CHANNELS.getHistory);
    expect(r).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });

  it('samples idle time on the engine schedule with one timer, and re-arms after tray actions', () => {
    start();
    const before = shell!.power.wakeups;
    vi.advanceTimersByTime(60_000);
    expect(shell!.power.wakeups).toBeGreaterThan(before);
    menu().find('pause-30m')!.click();
    expect(tray().image.path).toMatch(/paused\.png$/);
    expect(menu().find('resume')!.enabled).toBe(true);
    menu().find('resume')!.click();
    expect(menu().find('resume')!.enabled).toBe(false);
  });

  it('a second launch opens the history window', async () => {
    start();
    app.emit('second-instance', {}, [], '/');
    await flush();
    const win = state.windows[0];
    expect(win.webContents.getURL()).toBe('mobes://app/app.html#history');
    expect(win.isVisible()).toBe(true);
    menu().find('settings')!.click();
    await flush();
    expect(state.windows).toHaveLength(1);
    expect(win.webContents.getURL()).toBe('mobes://app/app.html#settings');
  });

  it('keeps running when every window is closed (tray app)', () => {
    start();
    expect(app.listenerCount('window-all-closed')).toBe(1);
  });

  it('quitting feeds a shutdown input (closing the sitting bout) once, then stops the timers', () => {
    start();
    vi.advanceTimersByTime(5 * 60_000); // sit for a while
    menu().find('quit')!.click();
    expect(state.quitCalls).toBe(1);
    const ends = historyLines().filter((r) => r.kind === 'sitting' && r.endedBy === 'shutdown');
    expect(ends).toHaveLength(1);
    app.quit(); // a second quit changes nothing
    expect(historyLines().filter((r) => r.endedBy === 'shutdown')).toHaveLength(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('an OS shutdown event is fed once, not again on quit', () => {
    start();
    vi.advanceTimersByTime(5 * 60_000);
    powerMonitor.emit('shutdown');
    expect(historyLines().filter((r) => r.endedBy === 'shutdown')).toHaveLength(1);
    expect(vi.getTimerCount()).toBe(0);
    app.quit();
    expect(historyLines().filter((r) => r.endedBy === 'shutdown')).toHaveLength(1);
  });

  it('start at login from the tray updates the setting and the Linux autostart entry', async () => {
    start('linux');
    menu().find('start-at-login')!.click();
    await flush();
    expect(existsSync(join(dir, 'home/.config/autostart/mobes.desktop'))).toBe(true);
    expect(menu().find('start-at-login')!.checked).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, 'userData/settings.json'), 'utf8')).startAtLogin).toBe(true);
    menu().find('start-at-login')!.click();
    await flush();
    expect(existsSync(join(dir, 'home/.config/autostart/mobes.desktop'))).toBe(false);
  });

  it('macOS: hides the Dock icon and uses template tray images', () => {
    start('darwin');
    expect(state.dockHidden).toBe(true);
    expect(tray().image.path).toMatch(/Template\.png$/);
  });

  it('Windows: AppUserModelId equals the appId of electron-builder.yml; a left click opens the menu', () => {
    start('win32');
    const yml = readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8');
    expect(yml).toMatch(new RegExp(`^appId: ${APP_ID.replace(/\./g, '\\.')}$`, 'm'));
    expect(state.appUserModelId).toBe(APP_ID);
    tray().clickIcon();
    expect(tray().calls.popUpContextMenu).toBe(1);
  });

  it('tells the user once about a history file it had to move aside', () => {
    mkdirSync(join(dir, 'userData'), { recursive: true });
    writeFileSync(join(dir, 'userData/history.jsonl'), 'broken\n{"kind":"sitting"}\n');
    start();
    expect(state.messageBoxes).toHaveLength(1);
    expect(state.messageBoxes[0].detail).toMatch(/history\.corrupt-.*\.jsonl/);
  });

  it('checkpoints the bout under way; after a crash the next start records it, ended by crash, once', () => {
    start();
    state.idleSeconds = 2; // typing
    vi.advanceTimersByTime(9 * 60_000);
    const checkpointFile = join(dir, 'userData/bout-checkpoint.json');
    const saved = JSON.parse(readFileSync(checkpointFile, 'utf8'));
    expect(saved).toMatchObject({ format: 'mobes-bout-checkpoint', start: WORK_TIME });
    expect(saved.activeSeconds).toBeGreaterThanOrEqual(7 * 60); // the checkpoint at 8 minutes
    // The process dies here: no shutdown, nothing closed. The next start:
    shell = null;
    start();
    const crashed = historyLines().filter((r) => r.endedBy === 'crash');
    expect(crashed).toEqual([
      {
        kind: 'sitting',
        start: WORK_TIME,
        end: saved.at,
        day: saved.day,
        activeSeconds: saved.activeSeconds,
        endedBy: 'crash',
      },
    ]);
    expect(existsSync(checkpointFile)).toBe(false);
    expect(state.messageBoxes).toEqual([]);
    shell!.shutdown();
    shell = null;
    start();
    expect(historyLines().filter((r) => r.endedBy === 'crash')).toHaveLength(1);
  });

  it('a clean quit leaves no checkpoint behind', () => {
    start();
    state.idleSeconds = 2;
    vi.advanceTimersByTime(9 * 60_000);
    expect(existsSync(join(dir, 'userData/bout-checkpoint.json'))).toBe(true);
    shell!.shutdown();
    expect(existsSync(join(dir, 'userData/bout-checkpoint.json'))).toBe(false);
    expect(historyLines().filter((r) => r.endedBy === 'shutdown')).toHaveLength(1);
  });

  it('a data folder that becomes unwritable while running: one notice, nothing crashes, the saved files kept', async () => {
    start();
    const userData = join(dir, 'userData');
    const before = readFileSync(join(userData, 'settings.json'), 'utf8');
    // The folder goes away and a file takes its name: every write fails, as on a full disk.
    renameSync(userData, `${userData}.moved`);
    writeFileSync(userData, 'not a folder');
    const changed = await invoke<{ sound: boolean }>(
      'mobes://app/app.html#settings',
      REQUEST_CHANNELS.updateSettings,
      { sound: true },
    );
    expect(changed).toMatchObject({ ok: true, value: { sound: true } }); // applies for this session
    menu().find('start-break')!.click();
    await flush();
    const [shown] = breakWin().webContents.sentOn(EVENT_CHANNELS.breakShown) as BreakView[];
    const done = await invoke('mobes://app/break.html', REQUEST_CHANNELS.completeBreak, {
      promptId: shown.promptId,
      reps: 3,
    });
    expect(done.ok).toBe(true);
    vi.advanceTimersByTime(10 * 60_000); // checkpoints fail too
    await flush();
    expect(state.messageBoxes).toHaveLength(1);
    expect(state.messageBoxes[0].detail).toMatch(/could not save your settings/);
    expect(menu().find('today')!.label).toMatch(/^Today 1 of 8 mobes/); // counted in memory
    expect(readFileSync(join(`${userData}.moved`, 'settings.json'), 'utf8')).toBe(before);
  });

  it('says nothing on a clean start', () => {
    start();
    expect(state.messageBoxes).toEqual([]);
  });

  it('exports history through the save dialog', async () => {
    start();
    menu().find('start-break')!.click();
    await flush();
    const [shown] = breakWin().webContents.sentOn(EVENT_CHANNELS.breakShown) as BreakView[];
    await invoke('mobes://app/break.html', REQUEST_CHANNELS.skipBreak, { promptId: shown.promptId });
    const target = join(dir, 'export.csv');
    state.saveDialogResult = { canceled: false, filePath: target };
    const r = await invoke('mobes://app/app.html#history', REQUEST_CHANNELS.exportHistory, { format: 'csv' });
    expect(r).toEqual({ ok: true, value: { saved: true, path: target } });
    expect(readFileSync(target, 'utf8')).toContain('skipped');
    expect(state.saveDialogCalls[0].defaultPath).toMatch(/docs\/mobes-history-.*\.csv$/);
    state.saveDialogResult = { canceled: true, filePath: '' };
    await expect(
      invoke('mobes://app/app.html#history', REQUEST_CHANNELS.exportHistory, { format: 'json' }),
    ).resolves.toEqual({
      ok: true,
      value: { saved: false },
    });
  });

  it('installs the e2e hook only when MOBES_E2E=1', async () => {
    start('linux');
    expect((globalThis as Record<string, unknown>).__mobesE2E).toBeUndefined();
    shell!.shutdown();
    start('linux', { MOBES_E2E: '1' });
    const hook = (globalThis as Record<string, unknown>).__mobesE2E as {
      trayMenu(): { id: string; label: string }[];
      clickTrayItem(id: string): boolean;
      breakWindow(): { visible: boolean; focused: boolean; contentSize: number[] } | null;
    };
    expect(hook.trayMenu().map((i) => i.id)).toContain('start-break');
    expect(hook.breakWindow()).toBeNull();
    expect(hook.clickTrayItem('start-break')).toBe(true);
    expect(hook.breakWindow()).toMatchObject({
      visible: true,
      focused: false,
      contentSize: [BREAK_WINDOW.width, BREAK_WINDOW.height],
    });
    delete (globalThis as Record<string, unknown>).__mobesE2E;
  });
});

describe('the first hour', () => {
  const welcomeWin = () =>
    state.windows.find((w) => !w.isDestroyed() && w.webContents.getURL().endsWith('/welcome.html'));
  const settingsFile = () => JSON.parse(readFileSync(join(dir, 'userData/settings.json'), 'utf8'));

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
    shell!.shutdown();
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
