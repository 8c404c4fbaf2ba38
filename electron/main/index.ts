import { app } from 'electron';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MobesCore } from '../../shared/app/core';
import { registerAppScheme } from '../security/appProtocol';
import { openSettingsStore } from '../store/settingsStore';
import type { CreateCore } from './coreApi';
import { startMobes } from './startMobes';

// The composition root. Only what Electron requires before 'ready' happens here at load:
// the privileged scheme, the single-instance lock and (for the e2e suite) a throwaway profile.
const here = dirname(fileURLToPath(import.meta.url)); // out/main

if (process.env.MOBES_E2E === '1' && process.env.MOBES_USER_DATA) {
  app.setPath('userData', process.env.MOBES_USER_DATA);
}
registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  // Another Mobes is running; it gets 'second-instance' and shows its history window.
  app.quit();
} else {
  const createCore: CreateCore = (ports, init) => new MobesCore(ports, init);
  app
    .whenReady()
    .then(() =>
      startMobes({
        createCore,
        platform: process.platform === 'darwin' || process.platform === 'win32' ? process.platform : 'linux',
        paths: {
          userData: app.getPath('userData'),
          renderer: join(here, '../renderer'),
          preload: join(here, '../preload/index.cjs'),
          icons: app.isPackaged
            ? join(process.resourcesPath, 'icons')
            : join(app.getAppPath(), 'resources', 'icons'),
          home: homedir(),
          execPath: process.execPath,
        },
        env: process.env,
        openSettings: openSettingsStore,
        devServerUrl: app.isPackaged ? null : (process.env.ELECTRON_RENDERER_URL ?? null),
      }),
    )
    .catch((error: unknown) => {
      console.error('Mobes could not start', error);
      app.exit(1);
    });
}
