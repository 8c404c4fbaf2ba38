import type { IpcMainInvokeEvent } from 'electron';
import { ipcMain } from 'electron';
import type { RequestHandlers, RequestName, Result } from '../../shared/ipc/contract';
import { REQUEST_CHANNELS, fail } from '../../shared/ipc/contract';
import { validateRequest } from '../../shared/ipc/validators';

export interface RegistrarContext {
  handlers: RequestHandlers;
  /** Whether a frame URL is one of our pages (our protocol, or the dev server in development). */
  isTrustedUrl(url: string): boolean;
  /** Runs after every handled request (the host re-arms its wake timer: requests change state). */
  afterRequest?(name: RequestName): void;
  log?(message: string, error?: unknown): void;
}

type AnyHandler = (payload: unknown) => Result<unknown> | Promise<Result<unknown>>;

/**
 * Registers one ipcMain.handle per request channel. Each call: sender check, payload validation,
 * then the handler. Every outcome is a Result value: a handler that throws becomes an 'internal'
 * error (and is logged); nothing propagates to the renderer as an exception.
 * Returns a function that removes the handlers.
 */
export function registerIpcHandlers(ctx: RegistrarContext): () => void {
  const log = ctx.log ?? ((m: string, e?: unknown) => console.error(m, e ?? ''));
  const names = Object.keys(REQUEST_CHANNELS) as RequestName[];
  for (const name of names) {
    const handler = ctx.handlers[name] as AnyHandler;
    ipcMain.handle(REQUEST_CHANNELS[name], (event, payload) => handle(name, handler, event, payload));
  }

  async function handle(
    name: RequestName,
    handler: AnyHandler,
    event: IpcMainInvokeEvent,
    payload: unknown,
  ): Promise<Result<unknown>> {
    // senderFrame is null when the frame navigated away or was destroyed before the message arrived.
    const url = event.senderFrame?.url ?? '';
    if (!ctx.isTrustedUrl(url)) {
      log(`ipc: refused ${name} from an unknown page: ${url || '(no frame)'}`);
      return fail('bad-request', `${name}: refused, the request did not come from a Mobes window`);
    }
    const valid = validateRequest(name, payload);
    if (!valid.ok) return fail('bad-request', valid.message);
    try {
      return await handler(valid.value);
    } catch (error) {
      log(`ipc: ${name} failed`, error);
      return fail('internal', `${name} failed inside the app; the problem was logged`);
    } finally {
      try {
        ctx.afterRequest?.(name);
      } catch (error) {
        log(`ipc: after ${name}`, error);
      }
    }
  }

  return () => names.forEach((name) => ipcMain.removeHandler(REQUEST_CHANNELS[name]));
}
