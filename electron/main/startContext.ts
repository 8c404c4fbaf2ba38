import type { ShellPlatform } from '../../shared/geometry/breakWindow';
import type { Settings } from '../../shared/settings/schema';
import type { LoadedSettings } from '../store/settingsPersistence';
import type { BusyContextOptions } from './busyContext';
import type { CreateCore } from './coreApi';

/** What the composition root (startMobes.ts) is given by main/index.ts, or by a test. */
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
  /** Tests give the busy detectors of their choice. */
  busy?: Pick<BusyContextOptions, 'createSources'>;
}
