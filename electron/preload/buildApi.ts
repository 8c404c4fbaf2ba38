import type { IpcRenderer, IpcRendererEvent } from 'electron';
import type { EventName, Events, MobesApi, RequestName, Result } from '../../shared/ipc/contract';
import { EVENT_CHANNELS, REQUEST_CHANNELS, eventFnName } from '../../shared/ipc/contract';

type Ipc = Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'>;

/**
 * Builds window.mobes from the contract tables: one function per request channel, one onX per event
 * channel. Each function is bound to its own channel, so the page can never pick a channel, and event
 * listeners receive only the payload (never the IpcRendererEvent, whose `sender` would leak ipcRenderer).
 */
export function buildMobesApi(ipc: Ipc): MobesApi {
  const api: Record<string, unknown> = {};
  for (const name of Object.keys(REQUEST_CHANNELS) as RequestName[]) {
    const channel = REQUEST_CHANNELS[name];
    api[name] = (payload?: unknown): Promise<Result<unknown>> =>
      ipc.invoke(channel, payload).catch((error: unknown): Result<never> => ({
        ok: false,
        error: {
          code: 'internal',
          message: `${name}: ${error instanceof Error ? error.message : 'no answer'}`,
        },
      }));
  }
  for (const name of Object.keys(EVENT_CHANNELS) as EventName[]) {
    api[eventFnName(name)] = subscribe(ipc, name);
  }
  return Object.freeze(api) as MobesApi;
}

function subscribe<K extends EventName>(ipc: Ipc, name: K) {
  const channel = EVENT_CHANNELS[name];
  return (listener: (payload: Events[K]) => void): (() => void) => {
    if (typeof listener !== 'function') throw new TypeError(`${eventFnName(name)} needs a function`);
    const wrapped = (_event: IpcRendererEvent, payload: Events[K]) => listener(payload);
    ipc.on(channel, wrapped);
    return () => {
      ipc.removeListener(channel, wrapped);
    };
  };
}
