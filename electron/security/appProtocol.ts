import { protocol } from 'electron';
import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from './csp';

/**
 * The app's pages are served from `mobes://app/...` instead of file://, so they get a real origin,
 * fetch and CSP work as on the web, and file:// never needs extra privileges.
 * https://www.electronjs.org/docs/latest/tutorial/security#18-avoid-usage-of-the-file-protocol-and-prefer-usage-of-custom-protocols
 */
export const APP_SCHEME = 'mobes';
export const APP_HOST = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/**
 * Must run before the app is ready (Electron's rule for privileged schemes). codeCache lets V8 keep
 * the compiled scripts of our pages between starts; compiling them is a large part of a window's
 * start (scripts/bench-renderer.mjs measures a start that compiles all of them). It needs a
 * standard scheme.
 * https://www.electronjs.org/docs/latest/api/structures/custom-scheme (electron/electron#40544)
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

/** True for URLs served by our protocol (a custom standard scheme's URL.origin is 'null' in Node). */
export function isAppUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST;
  } catch {
    return false;
  }
}

/**
 * Maps a request URL to a file under `root`, or null when it is not ours or would leave `root`.
 * The URL parser already resolves `..` segments; encoded separators (`..%2f`), backslashes and NUL
 * are decoded here and rejected or re-checked, and the final path must stay inside `root`.
 */
export function resolveAppFile(root: string, requestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (path.includes('\0') || path.includes('\\')) return null;
  if (path === '' || path === '/') return null;
  const base = resolve(root);
  const file = resolve(base, `.${path}`);
  return file.startsWith(base + sep) ? file : null;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
  '.wav': 'audio/wav',
};

/** Headers every response carries: the CSP, and no MIME sniffing. */
export function securityHeaders(contentType?: string): Record<string, string> {
  const h: Record<string, string> = {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
  };
  if (contentType) h['Content-Type'] = contentType;
  return h;
}

type ReadFile = (path: string) => Promise<Uint8Array>;

/** The request handler: serves files from `root`, 403 for anything outside it, 404 when missing. */
export function createAppProtocolHandler(root: string, read: ReadFile = readFile) {
  return async (request: Request): Promise<Response> => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response('method not allowed', { status: 405, headers: securityHeaders() });
    }
    const file = resolveAppFile(root, request.url);
    if (!file) return new Response('forbidden', { status: 403, headers: securityHeaders() });
    try {
      const body = await read(file);
      const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
      return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
        status: 200,
        headers: securityHeaders(type),
      });
    } catch {
      return new Response('not found', { status: 404, headers: securityHeaders() });
    }
  };
}

/** Serves `root` (the built renderer, out/renderer) on mobes://app/. Call after the app is ready. */
export function installAppProtocol(root: string): void {
  protocol.handle(APP_SCHEME, createAppProtocolHandler(root));
}
