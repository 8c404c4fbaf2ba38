import { app, dialog, session } from 'electron';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CoreEvent, TrayState } from '../../shared/app/ports';
import type { EngineInput } from '../../shared/engine/types';
import type { ShellPlatform } from '../../shared/geometry/breakWindow';
import type { RequestHandlers } from '../../shared/ipc/contract';
import { fail, ok } from '../../shared/ipc/contract';
import type { Settings } from '../../shared/settings/schema';
import { eventSender } from '../ipc/events';
import { registerIpcHandlers } from '../ipc/registrar';
import { createLoginItem } from '../os/loginItem';
import { startMidnightTimer } from '../power/midnight';
import { createPowerAdapter, currentZone } from '../power/powerAdapter';
import { installAppProtocol } from '../security/appProtocol';
import { CONTENT_SECURITY_POLICY, devContentSecurityPolicy } from '../security/csp';
import { denyAllPermissions, enforceCspHeader, installWebContentsGuards } from '../security/guards';
import { openHistoryFile } from '../store/historyFile';
import type { LoadedSettings } from '../store/settingsPersistence';
import { pauseUntil } from '../tray/pauseUntil';
import { createTrayController } from '../tray/trayController';
import type { TrayActions } from '../tray/trayMenu';
import { createAppWindowController } from '../windows/appWindow';
import { createBreakWindowController } from '../windows/breakWindow';
import { pageLocator } from '../windows/pages';
import { windowFactory } from '../windows/windowFactory';
import type { CreateCore } from './coreApi';
import { installE2eHook } from './e2eHook';
import { createWindowExtras } from './windowExtras';

/** Must equal `appId` in electron-builder.yml: Windows ties notifications and the taskbar to it. */
export const APP_ID = 'app.mobes.desktop';

export interface StartContext {
  createCore: CreateCore;
  platform: ShellPlatform;
  paths: {
    userData: string;
    renderer: string;
    preload: string;
    icons: string;
    home: string;
    execPath: string;
  };
  env: Record<string, string | undefined>;
  /** electron-store lives behind this (it cannot load outside Electron). */
  openSettings(userData: string): { loaded: LoadedSettings; save(settings: Settings): void };
  /** The electron-vite dev server, when developing. */
  devServerUrl?: string | null;
  log?: (message: string, error?: unknown) => void;
}

export type MobesShell = ReturnType<typeof startMobes>;

/**
 * Builds the running app once Electron is ready: security policy first, then storage, the core, the
 * windows, IPC, the tray and the power adapter. Nothing here runs at import time.
 */
export function startMobes(ctx: StartContext) {
  const log = ctx.log ?? ((m: string, e?: unknown) => console.error(m, e ?? ''));
  const now = () => Date.now();
  const pages = pageLocator(ctx.devServerUrl);

  // Security before any window exists.
  installWebContentsGuards((m) => log(m));
  denyAllPermissions(session.defaultSession);
  enforceCspHeader(
    session.defaultSession,
    pages.devOrigin ? devContentSecurityPolicy(pages.devOrigin) : CONTENT_SECURITY_POLICY,
  );
  installAppProtocol(ctx.paths.renderer);

  if (ctx.platform === 'darwin') app.dock?.hide(); // a tray app: no Dock icon (LSUIElement in the bundle)
  if (ctx.platform === 'win32') app.setAppUserModelId(APP_ID);

  const notices: string[] = [];
  const tellUser = (messages: string[]) => {
    if (!messages.length) return;
    void dialog
      .showMessageBox({
        type: 'warning',
        title: 'Mobes',
        message: 'Mobes found a problem with its files',
        detail: messages.join('\n\n'),
      })
      .catch((error: unknown) => log('could not show a message', error));
  };

  const settingsStore = ctx.openSettings(ctx.paths.userData);
  if (settingsStore.loaded.notice) notices.push(settingsStore.loaded.notice);
  let settings = settingsStore.loaded.settings;

  const historyFile = openHistoryFile(join(ctx.paths.userData, 'history.jsonl'), {
    log,
    onWriteError: (m) => tellUser([m]),
  });
  const history = historyFile.load();
  notices.push(...history.notices);

  const loginItem = createLoginItem({
    platform: ctx.platform,
    home: ctx.paths.home,
    env: ctx.env,
    execPath: ctx.paths.execPath,
    appName: 'Mobes',
  });

  const createWindow = windowFactory(ctx.paths.preload);
  const windows = () => [breakWindow.window(), appWindow.window(), extras.welcome.window()];
  const events = eventSender(windows, pages.isOurs);
  let tray: ReturnType<typeof createTrayController> | null = null;
  let trayState: TrayState | null = null;
  let shutDown = false;

  const core = ctx.createCore(
    {
      now,
      zone: currentZone,
      random: Math.random,
      appendHistory: (records) => historyFile.append(records),
      saveSettings: (s) => settingsStore.save(s),
      notify: (event) => onCoreEvent(event),
    },
    { settings, history: history.records, platform: ctx.platform },
  );

  const extras = createWindowExtras(ctx, {
    ...{ createWindow, log, welcomeUrl: pages.url('welcome'), settings: () => settings },
    onShortcut: (action) => events.sendTo(breakWindow.window(), 'breakShortcut', { action }),
    updateSettings: (patch) => core.handlers.updateSettings(patch),
  });
  const breakWindow = createBreakWindowController({
    createWindow,
    url: pages.url('break'),
    platform: ctx.platform,
    trayBounds: () => tray?.bounds() ?? null,
    send: (win, name, payload) => events.sendTo(win, name, payload),
    onUserClose: () => feed({ type: 'action', at: now(), action: 'skip' }),
    ...extras.breakWindow,
  });
  const appWindow = createAppWindowController({
    createWindow,
    url: (view) => pages.url(view),
    icon: join(ctx.paths.icons, 'app', 'icon-512.png'),
  });

  /** Every input goes through here, so the wake timer is re-armed after each one. */
  function feed(input: EngineInput) {
    if (shutDown) return;
    core.input(input);
    power.rearm();
  }

  function refreshTray(state: TrayState | null = trayState) {
    trayState = state ?? core.tray();
    tray?.update({ state: trayState, startAtLogin: settings.startAtLogin });
  }

  function applyLoginItem() {
    try {
      if (loginItem.isEnabled() !== settings.startAtLogin) loginItem.setEnabled(settings.startAtLogin);
    } catch (error) {
      log('could not change the start-at-login setting', error);
    }
  }

  function onCoreEvent(event: CoreEvent) {
    switch (event.type) {
      case 'break-shown':
        breakWindow.show(event.view);
        break;
      case 'break-ended':
        breakWindow.end(event.promptId, event.outcome);
        break;
      case 'break-closed':
        breakWindow.hide();
        break;
      case 'history-changed':
        events.broadcast('historyChanged', null);
        break;
      case 'settings-changed':
        settings = event.settings;
        applyLoginItem();
        events.broadcast('settingsChanged', event.settings);
        refreshTray();
        extras.settingsChanged(event.settings);
        break;
      case 'tray-changed':
        refreshTray(event.tray);
        break;
    }
  }

  const handlers: RequestHandlers = {
    ...core.handlers,
    ...extras.handlers(core.handlers),
    exportHistory: async ({ format }) => {
      const { fileName, content } = core.exportContent(format, historyFile.readAll());
      const options = {
        title: 'Export movement history',
        defaultPath: join(app.getPath('documents'), fileName),
        filters: [
          format === 'csv' ? { name: 'CSV', extensions: ['csv'] } : { name: 'JSON', extensions: ['json'] },
        ],
      };
      const parent = appWindow.window();
      const choice = parent
        ? await dialog.showSaveDialog(parent, options)
        : await dialog.showSaveDialog(options);
      if (choice.canceled || !choice.filePath) return ok({ saved: false });
      try {
        await writeFile(choice.filePath, content, 'utf8');
      } catch (error) {
        return fail('unavailable', `Could not write ${choice.filePath}: ${(error as Error).message}`);
      }
      return ok({ saved: true, path: choice.filePath });
    },
  };
  const unregisterIpc = registerIpcHandlers({
    handlers,
    isTrustedUrl: pages.isOurs,
    afterRequest: () => power.rearm(),
    log,
  });

  const actions: TrayActions = {
    startBreak: () => feed({ type: 'action', at: now(), action: 'start-break' }),
    snooze: () => feed({ type: 'action', at: now(), action: 'snooze' }),
    pause: (choice) =>
      feed({ type: 'action', at: now(), action: 'pause', until: pauseUntil(choice, now(), currentZone()) }),
    resume: () => feed({ type: 'action', at: now(), action: 'resume' }),
    openHistory: () => appWindow.open('history'),
    openSettings: () => appWindow.open('settings'),
    setStartAtLogin: (enabled) => {
      void Promise.resolve(core.handlers.updateSettings({ startAtLogin: enabled }))
        .then((result) => {
          if (!result.ok) log(`start at login: ${result.error.message}`);
          power.rearm();
        })
        .catch((error: unknown) => log('start at login failed', error));
    },
    quit: () => app.quit(),
  };

  tray = createTrayController({
    platform: ctx.platform,
    iconsDir: ctx.paths.icons,
    actions,
    initial: { state: core.tray(), startAtLogin: settings.startAtLogin },
  });

  const midnight = startMidnightTimer(currentZone(), () => {
    // A new local day: the today line and streak change even if nothing else did.
    feed({ type: 'wake', at: now() });
    refreshTray(core.tray());
    events.broadcast('historyChanged', null);
  });

  const power = createPowerAdapter({
    core,
    platform: ctx.platform,
    afterInput: (input) => {
      if (input.type === 'clock' && input.zone) midnight.retarget(input.zone);
      // The OS is shutting down: the adapter already told the core, so only release the rest.
      if (input.type === 'power' && input.event === 'shutdown') shutdown(false);
    },
  });
  power.start();

  // A second launch (someone clicked the app again) shows the history window.
  app.on('second-instance', () => appWindow.open('history'));
  // A tray app keeps running with no window open.
  app.on('window-all-closed', () => {});
  app.on('before-quit', () => shutdown());

  /** Tells the core the session ends (it closes the sitting bout), then releases everything. Once. */
  function shutdown(tellCore = true) {
    if (shutDown) return;
    power.stop();
    midnight.stop();
    try {
      if (tellCore) core.input({ type: 'power', at: now(), event: 'shutdown' });
    } catch (error) {
      log('shutdown input failed', error);
    }
    shutDown = true;
    historyFile.close();
    unregisterIpc();
    breakWindow.destroy();
  }

  tellUser(notices);
  const shell = { core, tray, breakWindow, appWindow, extras, power, historyFile, actions, shutdown };
  if (ctx.env.MOBES_E2E === '1') installE2eHook(shell);
  return shell;
}
