/** protocol and the default session: scheme handlers, permissions and response headers. */
import type { CustomScheme } from 'electron';
import { state } from './state';

type ProtocolHandler = (request: Request) => Response | Promise<Response>;
const protocolHandlers = new Map<string, ProtocolHandler>();

export const protocol = {
  registerSchemesAsPrivileged(schemes: CustomScheme[]): void {
    if (state.ready)
      throw new Error('protocol.registerSchemesAsPrivileged should be called before app is ready');
    state.privilegedSchemes.push(...schemes);
  },
  handle(scheme: string, handler: ProtocolHandler): void {
    if (protocolHandlers.has(scheme)) throw new Error(`Failed to register protocol: ${scheme}`);
    protocolHandlers.set(scheme, handler);
  },
  unhandle(scheme: string): void {
    protocolHandlers.delete(scheme);
  },
  isProtocolHandled(scheme: string): boolean {
    return protocolHandlers.has(scheme);
  },
  /** Test helper: what the page's fetch of `url` gets. */
  async fetch(url: string, init?: RequestInit): Promise<Response> {
    const scheme = new URL(url).protocol.slice(0, -1);
    const handler = protocolHandlers.get(scheme);
    if (!handler) throw new Error(`net::ERR_UNKNOWN_URL_SCHEME ${url}`);
    return handler(new Request(url, init));
  },
};

type HeadersListener = (
  details: { url: string; responseHeaders?: Record<string, string[]> },
  callback: (response: { responseHeaders?: Record<string, string[] | string>; cancel?: boolean }) => void,
) => void;

type RequestHandler = (
  wc: unknown,
  permission: string,
  cb: (granted: boolean) => void,
  details: unknown,
) => void;
type CheckHandler = (wc: unknown, permission: string, origin: string, details: unknown) => boolean;

const sessionState = { headersListener: null as HeadersListener | null };

export const defaultSession = {
  permissionRequestHandler: null as RequestHandler | null,
  permissionCheckHandler: null as CheckHandler | null,
  setPermissionRequestHandler(h: RequestHandler | null) {
    this.permissionRequestHandler = h;
  },
  setPermissionCheckHandler(h: CheckHandler | null) {
    this.permissionCheckHandler = h;
  },
  webRequest: {
    onHeadersReceived(listener: HeadersListener | null): void {
      sessionState.headersListener = listener;
    },
  },
  protocol,
  /** Test helper: asks for a permission the way Chromium does; unhandled means granted (Electron's default). */
  requestPermission(permission: string): Promise<boolean> {
    const h = this.permissionRequestHandler;
    if (!h) return Promise.resolve(true);
    return new Promise((resolve) => h(null, permission, resolve, { requestingUrl: 'mobes://app/' }));
  },
  checkPermission(permission: string): boolean {
    return this.permissionCheckHandler
      ? this.permissionCheckHandler(null, permission, 'mobes://app', {})
      : true;
  },
  /** Test helper: the headers a response ends up with after onHeadersReceived. */
  receiveHeaders(
    url: string,
    responseHeaders: Record<string, string[]>,
  ): Promise<Record<string, string[] | string>> {
    const l = sessionState.headersListener;
    if (!l) return Promise.resolve(responseHeaders);
    return new Promise((resolve) =>
      l({ url, responseHeaders }, (r) => resolve(r.responseHeaders ?? responseHeaders)),
    );
  },
};
export const session = { defaultSession };

export function resetSession(): void {
  protocolHandlers.clear();
  defaultSession.permissionRequestHandler = null;
  defaultSession.permissionCheckHandler = null;
  sessionState.headersListener = null;
}
