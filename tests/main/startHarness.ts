/**
 * Starts the whole main process (startMobes) against the Electron double, on real files in a fresh
 * temporary folder, as the startMobes*.test.ts suites need it. Each suite mocks 'electron' itself.
 */
import Conf from 'conf';
import { DateTime } from 'luxon';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, vi } from 'vitest';

import { MobesCore } from '../../shared/app/core';
import { DEFAULT_SETTINGS } from '../../shared/settings/schema';
import type { Result } from '../../shared/ipc/contract';
import type { MobesShell } from '../../electron/main/startMobes';
import type { StartContext } from '../../electron/main/startContext';
import { startMobes } from '../../electron/main/startMobes';
import { currentZone } from '../../electron/power/powerAdapter';
import type { SettingsBackingStore } from '../../electron/store/settingsPersistence';
import { loadPersistedSettings, saveSettingsTo } from '../../electron/store/settingsPersistence';
import type { FakeBrowserWindow, FakeMenu, FakeTray } from './electronDouble';
import { app, ipcMain, resetElectron, state } from './electronDouble';

export const ROOT = join(__dirname, '../..');
export const ICONS = join(ROOT, 'resources/icons');
// A Wednesday at 10:00 in this machine's zone: inside the default work hours.
export const WORK_TIME = DateTime.fromISO('2025-03-05T10:00:00', { zone: currentZone() }).toMillis();

/** The data folder of the test under way, and the shell it started (shut down after each test). */
export const run = { dir: '', shell: null as MobesShell | null };

export function start(
  platform: 'linux' | 'darwin' | 'win32' = 'linux',
  env: Record<string, string> = {},
  opts: { firstStart?: boolean } = {},
) {
  resetElectron(platform);
  state.paths = { userData: join(run.dir, 'userData'), documents: join(run.dir, 'docs') };
  if (!opts.firstStart && !existsSync(join(run.dir, 'userData/settings.json'))) {
    // Not a first start (startMobesFirstHour.test.ts has those): no welcome window in the way.
    mkdirSync(join(run.dir, 'userData'), { recursive: true });
    writeFileSync(
      join(run.dir, 'userData/settings.json'),
      JSON.stringify({ ...DEFAULT_SETTINGS, welcomeDone: true }),
    );
  }
  mkdirSync(join(run.dir, 'renderer'), { recursive: true });
  writeFileSync(join(run.dir, 'renderer', 'break.html'), '<!doctype html><title>break</title>');
  app.becomeReady();
  const ctx: StartContext = {
    createCore: (ports, init) => new MobesCore(ports, init),
    busy: { createSources: async () => ({ sources: [], close() {} }) },
    platform,
    paths: {
      userData: state.paths.userData,
      renderer: join(run.dir, 'renderer'),
      preload: '/out/preload/index.cjs',
      icons: ICONS,
      home: join(run.dir, 'home'),
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
  run.shell = startMobes(ctx);
  return run.shell;
}

export const tray = () => state.trays[0] as FakeTray;
export const menu = () => tray().contextMenu as FakeMenu;
export const breakWin = () => state.windows[0] as FakeBrowserWindow;
export const flush = async () => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
};
export const invoke = <T>(url: string, channel: string, payload?: unknown) =>
  ipcMain.invokeFrom(url, channel, payload) as Promise<Result<T>>;
export const historyLines = () =>
  existsSync(join(run.dir, 'userData/history.jsonl'))
    ? readFileSync(join(run.dir, 'userData/history.jsonl'), 'utf8')
        .trim()
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l))
    : [];

/** Each test gets a fresh data folder, the double reset by start(), and fake time at WORK_TIME. */
export function useStartHarness(): void {
  beforeEach(() => {
    run.dir = mkdtempSync(join(tmpdir(), 'mobes-shell-'));
    run.shell = null;
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date', 'performance'] });
    vi.setSystemTime(WORK_TIME);
  });
  afterEach(() => {
    run.shell?.shutdown();
    vi.useRealTimers();
  });
}
