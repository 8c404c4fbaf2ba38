import type { ElectronApplication, Page } from '@playwright/test';
import { _electron as electron, expect, test } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { APP_WINDOW, BREAK_WINDOW, WELCOME_WINDOW } from '../../shared/geometry/windowSizes';

/**
 * The real app in a real Electron: tray, a break started from the tray menu, the break window showing
 * the mobe, and a renderer without Node. Needs the Electron runtime binary and a display; without them
 * the suite is skipped and says why (unit suites cover the same modules against the Electron double).
 */
const ROOT = resolve(import.meta.dirname, '../..');
const MAIN = join(ROOT, 'out/main/index.js');

function findRuntime(): { executable: string } | { skip: string } {
  // Looked up by hand: require('electron') would start a download when the binary is missing.
  const dir = join(ROOT, 'node_modules/electron');
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) {
    return {
      skip: 'no Electron runtime installed (node_modules/electron/path.txt missing; run node scripts/ensure-electron.mjs)',
    };
  }
  const executable = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  if (!existsSync(executable)) return { skip: `no Electron runtime at ${executable}` };
  if (!existsSync(MAIN)) return { skip: 'the app is not built (run npx electron-vite build)' };
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return { skip: 'no display (run under xvfb-run)' };
  }
  return { executable };
}

const runtime = findRuntime();
if ('skip' in runtime) console.log(`[electron e2e] skipped: ${runtime.skip}`);

interface WindowState {
  visible: boolean;
  focused: boolean;
  url: string;
  contentSize: [number, number];
}
interface E2eHook {
  trayMenu(): { id: string; label: string; enabled: boolean }[] | null;
  clickTrayItem(id: string): boolean;
  breakWindow(): WindowState | null;
  appWindow(): WindowState | null;
  welcomeWindow(): WindowState | null;
}
/** The main process's global, installed by electron/main/e2eHook.ts when MOBES_E2E=1. */
type MainGlobal = typeof globalThis & { __mobesE2E?: E2eHook };

test.describe('Electron app', () => {
  test.skip('skip' in runtime, 'skip' in runtime ? runtime.skip : '');

  let app: ElectronApplication;
  let userData: string;

  test.beforeAll(async () => {
    if (!('executable' in runtime)) return;
    userData = mkdtempSync(join(tmpdir(), 'mobes-e2e-'));
    app = await electron.launch({
      executablePath: runtime.executable,
      // Chromium refuses to run as root with its sandbox on (CI containers).
      args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), MAIN],
      env: { ...process.env, MOBES_E2E: '1', MOBES_USER_DATA: userData },
    });
    await app.evaluate(
      () =>
        new Promise<void>((done) => {
          const wait = () => ((globalThis as MainGlobal).__mobesE2E ? done() : setTimeout(wait, 50));
          wait();
        }),
    );
  });

  test.afterAll(async () => {
    await app?.close();
    if (userData) rmSync(userData, { recursive: true, force: true });
  });

  test('a first start shows the welcome, its content exactly the shared size', async () => {
    const welcome = await app.evaluate(() => (globalThis as MainGlobal).__mobesE2E!.welcomeWindow());
    expect(welcome).toMatchObject({
      visible: true,
      contentSize: [WELCOME_WINDOW.width, WELCOME_WINDOW.height],
    });
  });

  test('creates the tray with its menu', async () => {
    const menu = await app.evaluate(() => (globalThis as MainGlobal).__mobesE2E!.trayMenu());
    const ids = (menu ?? []).map((i) => i.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'start-break',
        'snooze',
        'pause',
        'today',
        'history',
        'settings',
        'start-at-login',
        'quit',
      ]),
    );
  });

  let breakPage: Page;

  test('a break started from the tray menu shows the mobe, without taking focus', async () => {
    const opened = app.waitForEvent('window');
    expect(
      await app.evaluate(() => (globalThis as MainGlobal).__mobesE2E!.clickTrayItem('start-break')),
    ).toBe(true);
    breakPage = await opened;
    await breakPage.waitForLoadState('domcontentloaded');
    expect(breakPage.url()).toBe('mobes://app/break.html');
    const current = await breakPage.evaluate(() => window.mobes!.getCurrentBreak());
    expect(current.ok).toBe(true);
    const name = current.ok && current.value ? current.value.mobe.name : '';
    expect(name).not.toBe('');
    await expect(breakPage.getByText(name).first()).toBeVisible();
    const state = await app.evaluate(() => (globalThis as MainGlobal).__mobesE2E!.breakWindow());
    expect(state).toMatchObject({ visible: true, focused: false });
    // The real window's content is exactly the size the page was designed and tested at.
    expect(state?.contentSize).toEqual([BREAK_WINDOW.width, BREAK_WINDOW.height]);
    expect(await breakPage.evaluate(() => [innerWidth, innerHeight])).toEqual([
      BREAK_WINDOW.width,
      BREAK_WINDOW.height,
    ]);
  });

  test('the app window opens with its content at the shared size', async () => {
    expect(await app.evaluate(() => (globalThis as MainGlobal).__mobesE2E!.clickTrayItem('history'))).toBe(
      true,
    );
    await expect
      .poll(() => app.evaluate(() => (globalThis as MainGlobal).__mobesE2E!.appWindow()?.contentSize))
      .toEqual([APP_WINDOW.width, APP_WINDOW.height]);
  });

  test('the renderer has no Node access', async () => {
    const probe = await breakPage.evaluate(() => ({
      require: typeof (globalThis as Record<string, unknown>).require,
      process: typeof (globalThis as Record<string, unknown>).process,
      module: typeof (globalThis as Record<string, unknown>).module,
      mobes: typeof window.mobes,
    }));
    expect(probe).toEqual({
      require: 'undefined',
      process: 'undefined',
      module: 'undefined',
      mobes: 'object',
    });
  });
});
