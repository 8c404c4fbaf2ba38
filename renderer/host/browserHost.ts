import { MobesCore } from '../../shared/app/core';
import type { CoreEvent, TrayState } from '../../shared/app/ports';
import type { UserAction } from '../../shared/engine/types';
import type { HistoryRecord } from '../../shared/history/types';
import {
  eventFnName,
  fail,
  ok,
  type EventName,
  type Events,
  type MobesApi,
  type RequestName,
  type Requests,
  type Result,
} from '../../shared/ipc/contract';
import { validateRequest } from '../../shared/ipc/validators';
import { createIdleTracker, type IdleTracker } from './idleTracker';
import { localStore, memoryStore, type HostStore } from './storage';

/**
 * Runs the real MobesCore inside the page and exposes it as the same MobesApi the Electron preload
 * gives the windows: payloads are validated as the IPC registrar does, answers and events are
 * structured-cloned as IPC would, and events arrive asynchronously. Time is Date.now (so a test's
 * fake clock drives the engine), idle time comes from DOM input events, and the engine is sampled at
 * core.nextWakeAt() with setTimeout, never polled.
 */
export interface BrowserHost {
  api: MobesApi;
  core: MobesCore;
  tray(): TrayState;
  onTray(listener: (t: TrayState) => void): () => void;
  /** Tray menu actions (start break now, snooze, pause, resume). */
  action(a: UserAction): void;
  /** A power event, as the OS would report it (the demo's "lock screen" switch). */
  power(event: 'lock' | 'unlock' | 'suspend' | 'resume'): void;
  records(): readonly HistoryRecord[];
  dispose(): void;
}

export interface BrowserHostOptions {
  store: HostStore;
  random?: () => number;
  target?: Window;
  /** Saves an export; defaults to a browser download. Returns where it went. */
  saveFile?: (fileName: string, content: string, mime: string) => string;
}

/** Seeded generator for reproducible runs (?seed=): mulberry32, small and well distributed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function download(fileName: string, content: string, mime: string): string {
  const url = URL.createObjectURL(new Blob([content], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
  return `Downloads/${fileName}`;
}

const clone = <T>(v: T): T => (v === undefined ? v : structuredClone(v));
const currentZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

export function createBrowserHost(opts: BrowserHostOptions): BrowserHost {
  const target = opts.target ?? window;
  const now = () => Date.now();
  const listeners: { [K in EventName]: Set<(p: Events[K]) => void> } = {
    breakShown: new Set(),
    breakEnded: new Set(),
    historyChanged: new Set(),
    settingsChanged: new Set(),
    breakShortcut: new Set(), // desktop only: a page cannot register global shortcuts
  };
  const trayListeners = new Set<(t: TrayState) => void>();
  const emit = <K extends EventName>(name: K, payload: Events[K]) => {
    const copy = clone(payload);
    // Like IPC, an event reaches the page after the current task, never inside the caller's stack.
    void Promise.resolve().then(() => {
      for (const l of [...listeners[name]]) l(copy);
    });
  };

  const { settings } = opts.store.loadSettings();
  const { records } = opts.store.loadHistory();
  const all: HistoryRecord[] = [...records];
  let zone = currentZone();

  const onCore = (e: CoreEvent) => {
    switch (e.type) {
      case 'break-shown':
        return emit('breakShown', e.view);
      case 'break-ended':
        return emit('breakEnded', { promptId: e.promptId, outcome: e.outcome });
      case 'history-changed':
        return emit('historyChanged', null);
      case 'settings-changed':
        return emit('settingsChanged', e.settings);
      case 'tray-changed': {
        const t = clone(e.tray);
        void Promise.resolve().then(() => trayListeners.forEach((l) => l(t)));
        return;
      }
      default:
        // 'break-closed': a desktop host hides the window; here the break view clears itself.
        return;
    }
  };

  const core = new MobesCore(
    {
      now,
      zone: () => zone,
      random: opts.random ?? Math.random,
      appendHistory: (recs) => {
        all.push(...recs);
        opts.store.appendHistory(recs);
      },
      saveSettings: (s) => opts.store.saveSettings(s),
      notify: onCore,
    },
    { settings, history: records, platform: 'browser' },
  );

  const idle: IdleTracker = createIdleTracker(target, now);
  let timer: ReturnType<typeof setTimeout> | null = null;
  let disposed = false;
  // Wall clock vs monotonic clock: a jump between them is reported to the engine as a clock change.
  let lastWall = now();
  let lastMono = performance.now();

  const checkClock = () => {
    const wall = now();
    const mono = performance.now();
    const z = currentZone();
    const jumped = Math.abs(wall - lastWall - (mono - lastMono)) > 60_000;
    lastWall = wall;
    lastMono = mono;
    if (jumped || z !== zone) {
      zone = z;
      core.input({ type: 'clock', at: wall, zone: z });
    }
  };

  const schedule = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (disposed) return;
    const at = core.nextWakeAt();
    if (at === null) return;
    timer = setTimeout(sample, Math.max(0, at - now()));
  };

  function sample() {
    timer = null;
    checkClock();
    const at = now();
    core.input({ type: 'idle', at, idleSeconds: idle.idleSeconds(at) });
    schedule();
  }

  const exportHistory = (format: 'csv' | 'json'): Result<Requests['exportHistory']['response']> => {
    const { fileName, content } = core.exportContent(format, all);
    const save = opts.saveFile ?? download;
    const path = save(fileName, content, format === 'csv' ? 'text/csv' : 'application/json');
    return ok({ saved: true, path });
  };

  const request = async <K extends RequestName>(name: K, payload: unknown): Promise<Result<unknown>> => {
    await Promise.resolve();
    const valid = validateRequest(name, payload);
    if (!valid.ok) return fail('bad-request', valid.message);
    try {
      checkClock();
      const handler = core.handlers[name] as (p: unknown) => Result<unknown> | Promise<Result<unknown>>;
      const res =
        name === 'exportHistory'
          ? exportHistory((valid.value as { format: 'csv' | 'json' }).format)
          : await handler(valid.value);
      return clone(res);
    } catch (err) {
      return fail('internal', err instanceof Error ? err.message : String(err));
    } finally {
      schedule();
    }
  };

  const api = {} as Record<string, unknown>;
  for (const name of Object.keys(core.handlers) as RequestName[]) {
    api[name] = (payload?: unknown) => request(name, payload);
  }
  for (const name of Object.keys(listeners) as EventName[]) {
    api[eventFnName(name)] = (listener: (p: never) => void) => {
      const set = listeners[name] as Set<(p: never) => void>;
      set.add(listener);
      return () => void set.delete(listener);
    };
  }

  const input = (make: (at: number) => Parameters<MobesCore['input']>[0]) => {
    checkClock();
    core.input(make(now()));
    schedule();
  };

  schedule();

  return {
    api: Object.freeze(api) as unknown as MobesApi,
    core,
    tray: () => core.tray(),
    onTray: (l) => {
      trayListeners.add(l);
      return () => void trayListeners.delete(l);
    },
    action: (a) => input((at) => ({ type: 'action', at, ...a })),
    power: (event) => input((at) => ({ type: 'power', at, event })),
    records: () => all,
    dispose: () => {
      disposed = true;
      if (timer !== null) clearTimeout(timer);
      idle.dispose();
    },
  };
}

/**
 * Builds the host from the page URL and installs it as window.mobes.
 * ?fresh=1 keeps everything in memory (a clean start each load); ?seed=N makes mobe choice repeatable.
 */
export function installBrowserHost(search = window.location.search): BrowserHost {
  const params = new URLSearchParams(search);
  const seed = params.get('seed');
  const store = params.get('fresh') === '1' ? memoryStore() : localStore(window.localStorage);
  const host = createBrowserHost({
    store,
    random: seed !== null && Number.isFinite(Number(seed)) ? seededRandom(Number(seed)) : Math.random,
  });
  window.mobes = host.api;
  return host;
}
