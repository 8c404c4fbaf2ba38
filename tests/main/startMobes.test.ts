import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', async () => (await import('./electronDouble')).electronModule);

import type { BreakView } from '../../shared/ipc/contract';
import { EVENT_CHANNELS, REQUEST_CHANNELS } from '../../shared/ipc/contract';
import { APP_ID } from '../../electron/main/startMobes';
import { app, defaultSession, ipcMain, powerMonitor, protocol, state } from './electronDouble';
import {
  breakWin,
  flush,
  historyLines,
  invoke,
  menu,
  ROOT,
  run,
  start,
  tray,
  useStartHarness,
} from './startHarness';

useStartHarness();

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
    const before = run.shell!.power.wakeups;
    vi.advanceTimersByTime(60_000);
    expect(run.shell!.power.wakeups).toBeGreaterThan(before);
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
    expect(existsSync(join(run.dir, 'home/.config/autostart/mobes.desktop'))).toBe(true);
    expect(menu().find('start-at-login')!.checked).toBe(true);
    expect(JSON.parse(readFileSync(join(run.dir, 'userData/settings.json'), 'utf8')).startAtLogin).toBe(true);
    menu().find('start-at-login')!.click();
    await flush();
    expect(existsSync(join(run.dir, 'home/.config/autostart/mobes.desktop'))).toBe(false);
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
});
