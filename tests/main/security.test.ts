import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', async () => (await import('./electronDouble')).electronModule);

import {
  APP_ORIGIN,
  createAppProtocolHandler,
  installAppProtocol,
  registerAppScheme,
  resolveAppFile,
} from '../../electron/security/appProtocol';
import {
  CONTENT_SECURITY_POLICY,
  META_CONTENT_SECURITY_POLICY,
  devContentSecurityPolicy,
} from '../../electron/security/csp';
import { cspMetaTag } from '../../electron/security/cspMetaTag';
import {
  denyAllPermissions,
  enforceCspHeader,
  installWebContentsGuards,
} from '../../electron/security/guards';
import { createSecureWindow } from '../../electron/windows/windowFactory';
import type { FakeBrowserWindow } from './electronDouble';
import { app, defaultSession, protocol, resetElectron, state } from './electronDouble';

const session = defaultSession as unknown as Electron.Session;

beforeEach(() => resetElectron('linux'));

describe('window factory', () => {
  it('sets every security preference explicitly', () => {
    const win = createSecureWindow({ width: 300 }, '/p/preload.cjs') as unknown as FakeBrowserWindow;
    expect(win.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      preload: '/p/preload.cjs',
    });
  });

  it('a caller cannot weaken them', () => {
    const sneaky = {
      width: 300,
      webPreferences: {
        nodeIntegration: true,
        contextIsolation: false,
        sandbox: false,
        webviewTag: true,
        preload: '/evil.js',
      },
    };
    const win = createSecureWindow(sneaky as never, '/p/preload.cjs') as unknown as FakeBrowserWindow;
    expect(win.options.webPreferences).toMatchObject({
      nodeIntegration: false,
      contextIsolation: true,
      sandbox: true,
      webviewTag: false,
      preload: '/p/preload.cjs',
    });
  });
});

describe('web contents guards', () => {
  beforeEach(() => installWebContentsGuards(() => {}));

  it('blocks navigation, redirects and <webview> in every new web contents', () => {
    const win = createSecureWindow({}, '/p.cjs') as unknown as FakeBrowserWindow;
    expect(win.webContents.navigate('https://example.com/')).toBe(false);
    expect(win.webContents.navigate('mobes://app/other.html')).toBe(false);
    expect(win.webContents.redirect('https://example.com/')).toBe(false);
    expect(win.webContents.attachWebview()).toBe(false);
  });

  it('denies window.open and hands nothing to the browser or another app (the app links nowhere)', async () => {
    const win = createSecureWindow({}, '/p.cjs') as unknown as FakeBrowserWindow;
    expect(win.webContents.openWindow('https://example.com/')).toEqual({ action: 'deny' });
    expect(win.webContents.openWindow('file:///etc/passwd')).toEqual({ action: 'deny' });
    expect(win.webContents.openWindow('smb://share/x')).toEqual({ action: 'deny' });
    expect(win.webContents.navigate('https://example.com/')).toBe(false);
    await Promise.resolve();
    expect(state.opened).toEqual([]);
  });

  it('the guard is installed through app web-contents-created (covers windows made elsewhere)', () => {
    expect(app.listenerCount('web-contents-created')).toBe(1);
  });
});

describe('permissions', () => {
  it('denies every permission request and check', async () => {
    denyAllPermissions(session);
    for (const p of [
      'media',
      'notifications',
      'geolocation',
      'openExternal',
      'clipboard-read',
      'fullscreen',
    ]) {
      expect(await defaultSession.requestPermission(p)).toBe(false);
      expect(defaultSession.checkPermission(p)).toBe(false);
    }
  });
});

describe('CSP', () => {
  it('is strict: self only, no eval, no inline script, no inline style in production', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');
  });

  it('the dev policy allows the dev server websocket but never eval', () => {
    const dev = devContentSecurityPolicy('http://localhost:5173');
    expect(dev).toContain('ws://localhost:5173');
    expect(dev).not.toContain('unsafe-eval');
  });

  it('goes into every built page as a meta tag too: the header policy without frame-ancestors', () => {
    expect(META_CONTENT_SECURITY_POLICY).toBe(
      CONTENT_SECURITY_POLICY.replace("; frame-ancestors 'none'", ''),
    );
    const plugin = cspMetaTag();
    expect(plugin.apply).toBe('build'); // the dev server keeps its own (header) policy
    const transform = plugin.transformIndexHtml as () => unknown;
    expect(transform()).toEqual([
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: META_CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ]);
  });

  it('is added to every HTTP response, replacing any policy the server sent', async () => {
    enforceCspHeader(session, CONTENT_SECURITY_POLICY);
    const headers = await defaultSession.receiveHeaders('http://localhost:5173/break.html', {
      'content-security-policy': ['default-src *'],
      'Content-Type': ['text/html'],
    });
    expect(headers['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY]);
    expect(headers['content-security-policy']).toBeUndefined();
    expect(headers['Content-Type']).toEqual(['text/html']);
  });
});

describe('app protocol', () => {
  const root = join(mkdtempSync(join(tmpdir(), 'mobes-protocol-')), 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'break.html'), '<!doctype html><title>break</title>');
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(root, '..', 'secret.txt'), 'secret');

  it('is registered as a privileged standard, secure scheme with V8 code cache before ready', () => {
    registerAppScheme();
    expect(state.privilegedSchemes).toEqual([
      {
        scheme: 'mobes',
        privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
      },
    ]);
    app.becomeReady();
    expect(() => registerAppScheme()).toThrow(/before app is ready/);
  });

  it('serves files from the renderer root with type and CSP headers', async () => {
    installAppProtocol(root);
    const res = await protocol.fetch(`${APP_ORIGIN}/break.html`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<title>break</title>');
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const js = await protocol.fetch(`${APP_ORIGIN}/assets/app.js`);
    expect(js.headers.get('content-type')).toContain('text/javascript');
  });

  it('answers 404 (with CSP) for a missing file', async () => {
    const res = await createAppProtocolHandler(root)(new Request(`${APP_ORIGIN}/nope.html`));
    expect(res.status).toBe(404);
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it.each([
    `${APP_ORIGIN}/..%2fsecret.txt`,
    `${APP_ORIGIN}/%2e%2e%2fsecret.txt`,
    `${APP_ORIGIN}/assets/..%2f..%2fsecret.txt`,
    `${APP_ORIGIN}/..%5csecret.txt`,
    `${APP_ORIGIN}/break.html%00.png`,
    `${APP_ORIGIN}/%E0%A4%A`,
    'mobes://other-host/break.html',
    `${APP_ORIGIN}/`,
  ])('rejects path traversal and foreign hosts: %s', async (url) => {
    const read = vi.fn(async () => new Uint8Array([1]));
    const res = await createAppProtocolHandler(root, read)(new Request(url));
    expect(res.status).toBe(403);
    expect(read).not.toHaveBeenCalled();
  });

  it('dot segments are resolved by the URL parser and stay inside the root', () => {
    expect(resolveAppFile(root, `${APP_ORIGIN}/assets/../break.html`)).toBe(join(root, 'break.html'));
    expect(resolveAppFile(root, `${APP_ORIGIN}/../../secret.txt`)).toBe(join(root, 'secret.txt'));
  });

  it('refuses methods other than GET and HEAD', async () => {
    const res = await createAppProtocolHandler(root)(
      new Request(`${APP_ORIGIN}/break.html`, { method: 'POST', body: 'x' }),
    );
    expect(res.status).toBe(405);
  });
});
