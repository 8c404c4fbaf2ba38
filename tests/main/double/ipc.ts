/** ipcMain, ipcRenderer and contextBridge, joined as the real ones are: invoke reaches the handler. */
import { EventEmitter } from 'node:events';
import { FakeWebContents, FakeWebFrame } from './webContents';

type InvokeHandler = (event: unknown, ...args: unknown[]) => unknown;
const handlers = new Map<string, InvokeHandler>();

export const ipcMain = {
  handle(channel: string, handler: InvokeHandler): void {
    if (handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    handlers.set(channel, handler);
  },
  removeHandler(channel: string): void {
    handlers.delete(channel);
  },
  /** Test helper: what ipcRenderer.invoke from a page at `url` does. Rejects if the handler throws. */
  async invokeFrom(url: string | null, channel: string, ...args: unknown[]): Promise<unknown> {
    const handler = handlers.get(channel);
    if (!handler)
      throw new Error(
        `Error invoking remote method '${channel}': Error: No handler registered for '${channel}'`,
      );
    const event = {
      senderFrame: url === null ? null : new FakeWebFrame(url),
      sender: new FakeWebContents(),
      processId: 1,
      frameId: 1,
    };
    return await handler(event, ...args);
  },
  channels: () => [...handlers.keys()],
};

export const ipcRendererState = { pageUrl: 'mobes://app/break.html' };

class FakeIpcRenderer extends EventEmitter {
  invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    // Structured clone, as IPC does: functions and class instances do not cross.
    return ipcMain.invokeFrom(ipcRendererState.pageUrl, channel, ...args.map((a) => structuredClone(a)));
  }
}
export const ipcRenderer = new FakeIpcRenderer();

export const exposed: Record<string, unknown> = {};
export const contextBridge = {
  exposeInMainWorld(apiKey: string, api: unknown): void {
    if (apiKey in exposed)
      throw new Error(`Cannot bind an API on top of an existing property on the window object`);
    exposed[apiKey] = api;
  },
};

export function resetIpc(): void {
  handlers.clear();
  for (const key of Object.keys(exposed)) delete exposed[key];
  ipcRenderer.removeAllListeners();
  ipcRendererState.pageUrl = 'mobes://app/break.html';
}
