import type { Session } from 'electron';
import { app } from 'electron';
import { openExternalSafely } from './externalLinks';

type Log = (message: string) => void;

/**
 * Every web contents the app ever creates: no navigation away from the loaded page, no redirects,
 * no new windows (allowlisted https links go to the browser instead), no <webview>.
 * Main-process loadURL calls are not renderer navigations, so they are unaffected.
 * https://www.electronjs.org/docs/latest/tutorial/security#13-disable-or-limit-navigation
 * https://www.electronjs.org/docs/latest/tutorial/security#14-disable-or-limit-creation-of-new-windows
 */
export function installWebContentsGuards(log: Log = console.warn): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      event.preventDefault();
      log(`blocked navigation to ${url}`);
      void openExternalSafely(url);
    });
    contents.on('will-redirect', (event, url) => {
      event.preventDefault();
      log(`blocked redirect to ${url}`);
    });
    contents.on('will-attach-webview', (event) => {
      event.preventDefault();
      log('blocked a <webview>');
    });
    contents.setWindowOpenHandler(({ url }) => {
      void openExternalSafely(url);
      return { action: 'deny' };
    });
  });
}

/**
 * Denies every permission request and check (camera, notifications, geolocation...): the pages need
 * none. https://www.electronjs.org/docs/latest/tutorial/security#5-handle-session-permission-requests-from-remote-content
 */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

/**
 * Adds the CSP header to every HTTP(S) response the session receives (the dev server in development).
 * Pages on our own protocol get the header from the protocol handler itself.
 */
export function enforceCspHeader(session: Session, policy: string): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    const headers = { ...details.responseHeaders };
    for (const name of Object.keys(headers)) {
      if (name.toLowerCase() === 'content-security-policy') delete headers[name];
    }
    callback({ responseHeaders: { ...headers, 'Content-Security-Policy': [policy] } });
  });
}
