import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', async () => (await import('./electronDouble')).electronModule);

import type { RequestHandlers, Result } from '../../shared/ipc/contract';
import { EVENT_CHANNELS, REQUEST_CHANNELS, fail, ok } from '../../shared/ipc/contract';
import { eventSender } from '../../electron/ipc/events';
import { registerIpcHandlers } from '../../electron/ipc/registrar';
import { pageLocator } from '../../electron/windows/pages';
import type { FakeBrowserWindow } from './electronDouble';
import { electronModule, ipcMain, resetElectron } from './electronDouble';

const OURS = 'mobes://app/break.html';

function fakeHandlers(
  overrides: Partial<RequestHandlers> = {},
): RequestHandlers & Record<string, ReturnType<typeof vi.fn>> {
  const h: Record<string, unknown> = {};
  for (const name of Object.keys(REQUEST_CHANNELS)) h[name] = vi.fn(() => ok(`${name}-value`));
  return { ...h, ...overrides } as never;
}

const invoke = (url: string | null, name: keyof typeof REQUEST_CHANNELS, payload?: unknown) =>
  ipcMain.invokeFrom(url, REQUEST_CHANNELS[name], payload) as Promise<Result<unknown>>;

let logged: string[];
beforeEach(() => {
  resetElectron();
  logged = [];
});

const register = (handlers: RequestHandlers, devUrl: string | null = null, afterRequest?: () => void) =>
  registerIpcHandlers({
    handlers,
    isTrustedUrl: pageLocator(devUrl).isOurs,
    afterRequest,
    log: (m) => logged.push(m),
  });

describe('IPC registrar', () => {
  it('handles every request channel of the contract, and only those', () => {
    register(fakeHandlers());
    expect(ipcMain.channels().sort()).toEqual(Object.values(REQUEST_CHANNELS).sort());
  });

  it('passes a valid payload from our page to the handler and returns its result', async () => {
    const handlers = fakeHandlers();
    register(handlers);
    await expect(invoke(OURS, 'completeBreak', { promptId: 'p1', reps: 12 })).resolves.toEqual(
      ok('completeBreak-value'),
    );
    expect(handlers.completeBreak).toHaveBeenCalledWith({ promptId: 'p1', reps: 12 });
    await expect(invoke('mobes://app/app.html#settings', 'getSettings')).resolves.toEqual(
      ok('getSettings-value'),
    );
  });

  it.each([
    ['a web page', 'https://evil.example/'],
    ['a file URL', 'file:///home/u/break.html'],
    ['another custom host', 'mobes://evil/break.html'],
    ['the dev server when not developing', 'http://localhost:5173/break.html'],
    ['a destroyed frame', null],
  ])('refuses requests from %s without calling the handler', async (_what, url) => {
    const handlers = fakeHandlers();
    register(handlers);
    const result = await invoke(url, 'getHistory');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe('bad-request');
    expect(handlers.getHistory).not.toHaveBeenCalled();
    expect(logged.join('\n')).toContain('refused getHistory');
  });

  it('accepts the dev server origin only when developing', async () => {
    register(fakeHandlers(), 'http://localhost:5173');
    await expect(invoke('http://localhost:5173/break.html', 'getHistory')).resolves.toMatchObject({
      ok: true,
    });
    await expect(invoke('http://localhost:5174/break.html', 'getHistory')).resolves.toMatchObject({
      ok: false,
    });
  });

  it.each([
    ['completeBreak', { promptId: 'p1', reps: -1 }, 'completeBreak: reps'],
    ['completeBreak', { promptId: 'p1', reps: 3, extra: true }, 'completeBreak'],
    ['completeBreak', 'p1', 'completeBreak: payload'],
    ['hideMobe', { mobeId: '../../etc' }, 'hideMobe: mobeId'],
    ['exportHistory', { format: 'xml' }, 'exportHistory: format'],
    ['getHistory', { sneaky: 1 }, 'getHistory: payload'],
    ['updateSettings', ['not', 'an', 'object'], 'updateSettings'],
  ] as const)(
    'answers a bad %s payload with a bad-request error naming it',
    async (name, payload, message) => {
      const handlers = fakeHandlers();
      register(handlers);
      const result = await invoke(OURS, name, payload);
      expect(result).toMatchObject({ ok: false, error: { code: 'bad-request' } });
      expect(!result.ok && result.error.message).toContain(message);
      expect(handlers[name]).not.toHaveBeenCalled();
    },
  );

  it('wraps a throwing or rejecting handler into an internal error and logs it, never throwing', async () => {
    register(
      fakeHandlers({
        getHistory: () => {
          throw new Error('boom');
        },
        getSettings: async () => Promise.reject(new Error('async boom')),
      }),
    );
    await expect(invoke(OURS, 'getHistory')).resolves.toMatchObject({
      ok: false,
      error: { code: 'internal' },
    });
    await expect(invoke(OURS, 'getSettings')).resolves.toMatchObject({
      ok: false,
      error: { code: 'internal' },
    });
    expect(logged).toEqual(expect.arrayContaining(['ipc: getHistory failed', 'ipc: getSettings failed']));
  });

  it('passes an error value from a handler through unchanged', async () => {
    register(fakeHandlers({ skipBreak: () => fail('not-found', 'That break has already ended.') }));
    await expect(invoke(OURS, 'skipBreak', { promptId: 'old' })).resolves.toEqual(
      fail('not-found', 'That break has already ended.'),
    );
  });

  it('runs afterRequest after every handled request, even a failing one', async () => {
    const after = vi.fn();
    register(
      fakeHandlers({
        getHistory: () => {
          throw new Error('x');
        },
      }),
      null,
      after,
    );
    await invoke(OURS, 'getHistory');
    await invoke(OURS, 'getSettings');
    expect(after).toHaveBeenCalledTimes(2);
  });

  it('can be unregistered', () => {
    const off = register(fakeHandlers());
    off();
    expect(ipcMain.channels()).toEqual([]);
  });
});

describe('event sender', () => {
  it('sends only to our windows showing our pages', async () => {
    const ours = new electronModule.BrowserWindow({}) as FakeBrowserWindow;
    const foreign = new electronModule.BrowserWindow({}) as FakeBrowserWindow;
    const stranger = new electronModule.BrowserWindow({}) as FakeBrowserWindow; // not in the list
    await ours.loadURL('mobes://app/app.html#history');
    await foreign.loadURL('https://example.com/');
    await stranger.loadURL('mobes://app/break.html');
    const { broadcast } = eventSender(() => [ours, foreign, null] as never, pageLocator(null).isOurs);
    broadcast('historyChanged', null);
    expect(ours.webContents.sentOn(EVENT_CHANNELS.historyChanged)).toEqual([null]);
    expect(foreign.webContents.sent).toEqual([]);
    expect(stranger.webContents.sent).toEqual([]);
  });

  it('skips destroyed windows instead of throwing', async () => {
    const w = new electronModule.BrowserWindow({}) as FakeBrowserWindow;
    await w.loadURL('mobes://app/break.html');
    w.destroy();
    const { broadcast } = eventSender(() => [w] as never, pageLocator(null).isOurs);
    expect(() => broadcast('historyChanged', null)).not.toThrow();
  });
});
