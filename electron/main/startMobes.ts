import { app } from 'electron';
import { throughDriver } from '../../shared/app/coreDriver';
import { mainLanguage } from '../i18n/mainLanguage';
import { registerIpcHandlers } from '../ipc/registrar';
import { createLoginItem } from '../os/loginItem';
import { createPowerAdapter, currentZone } from '../power/powerAdapter';
import { keepBoutCheckpoint } from '../store/boutCheckpoint';
import { pageLocator } from '../windows/pages';
import { startBusyContext } from './busyContext';
import { coreEventRouter } from './coreEvents';
import { installE2eHook } from './e2eHook';
import { exportHistoryHandler } from './exportFile';
import { manageLifecycle } from './lifecycle';
import { startNewDayTimer } from './newDay';
import { loginItemFollower } from './loginItemSync';
import { userNotices } from './notices';
import { installSecurity } from './security';
import type { StartContext } from './startContext';
import { openStorage } from './storage';
import { createShellWindows } from './windows';

/** Must equal `appId` in electron-builder.yml: Windows ties notifications and the taskbar to it. */
export const APP_ID = 'app.mobes.desktop';

export type MobesShell = ReturnType<typeof startMobes>;

/**
 * Builds the running app once Electron is ready, each part from the parts before it: security policy
 * first, then storage, the core and the one driver into it, the windows and the tray, IPC, and the
 * app's lifecycle. Nothing here runs at import time.
 */
export function startMobes(ctx: StartContext) {
  const log = ctx.log ?? ((m: string, e?: unknown) => console.error(m, e ?? ''));
  const now = () => Date.now();
  const { platform, paths } = ctx;
  const pages = pageLocator(ctx.devServerUrl);

  installSecurity({ pages, rendererDir: paths.renderer, log });
  if (platform === 'darwin') app.dock?.hide(); // a tray app: no Dock icon (LSUIElement in the bundle)
  if (platform === 'win32') app.setAppUserModelId(APP_ID);

  // The OS's language until the settings are read (a notice can arise while they are); then the setting.
  const language = mainLanguage(app, 'system');
  const tellUser = userNotices(log, language.translator);
  const storage = openStorage({ userData: paths.userData, openSettings: ctx.openSettings, log, tellUser });
  language.setSetting(storage.settings.language);
  const loginItem = createLoginItem({
    platform,
    home: paths.home,
    env: ctx.env,
    execPath: paths.execPath,
    appName: 'Mobes',
  });

  // The core's events reach the windows and the tray through the router, connected once they exist.
  const router = coreEventRouter();
  const core = ctx.createCore(
    {
      now,
      zone: currentZone,
      random: Math.random,
      appendHistory: (records) => storage.historyFile.append(records),
      saveSettings: storage.saveSettings,
      notify: (event) => router.notify(event),
      translator: language.translator,
    },
    { settings: storage.settings, history: storage.records, platform },
  );
  // Every input, request and timer wake reaches the core through this driver.
  const power = createPowerAdapter({ core, platform });
  // Crash safety: the bout under way is saved every few minutes, off the per-sample path.
  const checkpoints = keepBoutCheckpoint(storage.checkpoint, () => core.openBout());
  const { driver } = power;
  const busy = startBusyContext({
    driver,
    platform,
    env: ctx.env,
    settings: storage.settings,
    log,
    ...ctx.busy,
  });

  const { appWindow, actions, tray, breakWindow, extras, events } = createShellWindows({
    platform,
    paths,
    env: ctx.env,
    pages,
    driver,
    handlers: core.handlers,
    initialTray: core.tray(),
    translator: language.translator,
    settings: () => core.currentSettings(),
    zone: currentZone,
    quit: () => app.quit(),
    log,
  });
  const followLoginItem = loginItemFollower(loginItem, log);
  router.connect({
    breakWindow,
    broadcast: events.broadcast,
    tray: { update: (state) => (tray.update(state), busy.follow(state.phase)) },
    settingsChanged: (settings) => {
      busy.settingsChanged(settings);
      language.setSetting(settings.language); // the tray and tooltip relabel at once, no restart
      tray.update(core.tray());
      followLoginItem(settings);
      extras.settingsChanged(settings);
    },
  });

  const exportHistory = exportHistoryHandler({
    content: (format, records) => core.exportContent(format, records),
    records: () => storage.historyFile.readAll(),
    appWindow,
    translator: language.translator,
  });
  const unregisterIpc = registerIpcHandlers({
    handlers: throughDriver(driver, {
      ...core.handlers,
      ...busy.handlers(extras.handlers(core.handlers)),
      exportHistory,
    }),
    isTrustedUrl: pages.isOurs,
    log,
  });

  const refreshTray = () => tray.update(core.tray());
  const historyChanged = () => events.broadcast('historyChanged', null);
  const midnight = startNewDayTimer({ driver, refreshTray, historyChanged });
  const { shutdown } = manageLifecycle({
    driver,
    power,
    midnight,
    appWindow,
    release: [
      () => checkpoints.stop(),
      () => busy.stop(),
      () => storage.historyFile.close(),
      unregisterIpc,
      () => breakWindow.destroy(),
    ],
    now,
    log,
  });
  power.start();

  tellUser(storage.notices);
  const shell = {
    core,
    tray,
    breakWindow,
    appWindow,
    extras,
    power,
    historyFile: storage.historyFile,
    actions,
    busy,
    shutdown,
  };
  if (ctx.env.MOBES_E2E === '1') installE2eHook(shell);
  return shell;
}
