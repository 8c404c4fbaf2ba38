import { beforeAll, describe, expect, it, vi } from 'vitest';

vi.mock('electron', async () => (await import('./electronDouble')).electronModule);

import type { MobesApi } from '../../shared/ipc/contract';
import { EVENT_CHANNELS, REQUEST_CHANNELS, eventFnName, ok } from '../../shared/ipc/contract';
import { buildMobesApi } from '../../electron/preload/buildApi';
import { exposed, ipcMain, ipcRenderer, ipcRendererState, resetElectron } from './electronDouble';

let api: MobesApi;

beforeAll(async () => {
  resetElectron();
  await import('../../electron/preload/index');
  api = exposed.mobes as MobesApi;
});

describe('preload', () => {
  it('exposes exactly window.mobes, nothing else', () => {
    expect(Object.keys(exposed)).toEqual(['mobes']);
  });

  it('has one function per request and one onX per event, and nothing more', () => {
    const expected = [
      ...Object.keys(REQUEST_CHANNELS),
      ...Object.keys(EVENT_CHANNELS).map((e) => eventFnName(e as keyof typeof EVENT_CHANNELS)),
    ].sort();
    expect(Object.keys(api).sort()).toEqual(expected);
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('offers no raw ipc, no generic send, no process or env', () => {
    const keys = Object.keys(api).map((k) => k.toLowerCase());
    for (const banned of ['send', 'invoke', 'ipcrenderer', 'on', 'process', 'env', 'require']) {
      expect(keys).not.toContain(banned);
    }
  });

  it('each request goes to its own channel with its payload', async () => {
    const seen: unknown[] = [];
    ipcMain.handle(REQUEST_CHANNELS.completeBreak, (_e, payload) => {
      seen.push(payload);
      return ok({ day: '2025-01-01', done: 1, goal: 8, streaks: { current: 1, best: 1 } });
    });
    ipcMain.handle(REQUEST_CHANNELS.getHistory, (_e, payload) => {
      seen.push(payload);
      return ok('history');
    });
    await expect(api.completeBreak({ promptId: 'p', reps: 10 })).resolves.toMatchObject({ ok: true });
    await expect(api.getHistory()).resolves.toEqual(ok('history'));
    expect(seen).toEqual([{ promptId: 'p', reps: 10 }, undefined]);
  });

  it('turns a failed invoke (no handler, main error) into an error value instead of a rejection', async () => {
    await expect(api.getSettings()).resolves.toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('event listeners get the payload only, and unsubscribe works', () => {
    const got: unknown[] = [];
    const off = api.onBreakEnded((p) => got.push(p));
    ipcRenderer.emit(EVENT_CHANNELS.breakEnded, { sender: ipcRenderer }, { promptId: 'p', outcome: 'done' });
    off();
    ipcRenderer.emit(EVENT_CHANNELS.breakEnded, { sender: ipcRenderer }, { promptId: 'q', outcome: 'done' });
    expect(got).toEqual([{ promptId: 'p', outcome: 'done' }]);
    expect(ipcRenderer.listenerCount(EVENT_CHANNELS.breakEnded)).toBe(0);
  });

  it('rejects a non-function listener clearly', () => {
    expect(() => api.onHistoryChanged('x' as never)).toThrow(/onHistoryChanged needs a function/);
  });

  it('requests carry the calling page as sender (checked by main)', async () => {
    ipcRendererState.pageUrl = 'https://evil.example/';
    const urls: string[] = [];
    ipcMain.handle(REQUEST_CHANNELS.closeBreak, (e) => {
      urls.push((e as { senderFrame: { url: string } }).senderFrame.url);
      return ok(null);
    });
    await api.closeBreak();
    expect(urls).toEqual(['https://evil.example/']);
  });

  it('buildMobesApi works over any ipcRenderer-shaped object', async () => {
    const invoke = vi.fn(async () => ok(null));
    const built = buildMobesApi({ invoke, on: vi.fn(), removeListener: vi.fn() } as never);
    await built.skipBreak({ promptId: 'x' });
    expect(invoke).toHaveBeenCalledWith(REQUEST_CHANNELS.skipBreak, { promptId: 'x' });
  });
});
