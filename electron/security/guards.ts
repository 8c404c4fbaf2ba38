import type { Session } from 'electron';
import { app } from 'electron';

type Log = (message: string) => void;

/**
 * Every web contents the app ever creates: no navigation away from the loaded page, no redirects,
 * no new windows, no <webview>. The app links nowhere, so nothing is handed to the browser either
 * (no shell.openExternal at all: nothing a compromised page could use to launch a URL handler).
 * Main-process loadURL calls are not renderer navigations, so they are unaffected.
 * https://www.electronjs.org/docs/latest/tutorial/security#13-disable-or-limit-navigation
 * https://www.electronjs.org/docs/latest/tutorial/security#14-disable-or-limit-creation-of-new-windows
 */
export function installWebContentsGuards(log: Log = console.warn): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      event.preventDefault();
      log(`blocked navigation to ${url}`);
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
      log(`blocked a new window for ${url}`);
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
    callback({ responseHeaders: withCspHeader(details.responseHeaders, policy) });
  });
}

const CSP_HEADER = 'Content-Security-Policy';

/**
 * The response headers with `policy` as the only Content-Security-Policy (a server's own is dropped,
 * whatever its case). Scanners cannot read a policy held in a variable; they read the same policy
 * from the built pages' meta tags (electron/security/csp.ts).
 */
export function withCspHeader(
  headers: Record<string, string[]> | undefined,
  policy: string,
): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() !== CSP_HEADER.toLowerCase()) out[name] = value;
  }
  out[CSP_HEADER] = [policy];
  return out;
}
