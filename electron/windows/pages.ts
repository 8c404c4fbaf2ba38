import { APP_ORIGIN, isAppUrl } from '../security/appProtocol';

export type Page = 'break' | 'history' | 'settings' | 'welcome';

/**
 * Where each page lives: our protocol when built, the electron-vite dev server while developing
 * (it exports ELECTRON_RENDERER_URL). Also answers "is this URL one of our pages?" for the IPC
 * sender check and event delivery.
 */
export interface PageLocator {
  url(page: Page): string;
  isOurs(url: string): boolean;
  /** The dev server origin when developing, else null. */
  readonly devOrigin: string | null;
}

const FILES: Record<Page, string> = {
  break: '/break.html',
  history: '/app.html#history',
  settings: '/app.html#settings',
  welcome: '/welcome.html',
};

export function pageLocator(devServerUrl?: string | null): PageLocator {
  const devOrigin = devServerUrl ? new URL(devServerUrl).origin : null;
  const base = devOrigin ?? APP_ORIGIN;
  return {
    devOrigin,
    url: (page) => base + FILES[page],
    isOurs(url) {
      if (isAppUrl(url)) return true;
      if (!devOrigin) return false;
      try {
        return new URL(url).origin === devOrigin;
      } catch {
        return false;
      }
    },
  };
}
