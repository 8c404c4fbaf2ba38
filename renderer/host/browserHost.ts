import { MobesCore } from '../../shared/app/core';
import { createCoreDriver, throughDriver } from '../../shared/app/coreDriver';
import type { CoreEvent, TrayState } from '../../shared/app/ports';
import type { BusyReason } from '../../shared/context/reasons';
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
import { seededRandom } from '../../shared/random';
import { createClockWatch } from '../../shared/time/clockWatch';
import { createIdleTracker, type IdleTracker } from './idleTracker';
import { localStore, memoryStore, type HostStore } from './storage';

/**
 * Runs the real MobesCore inside the page and exposes it as the same MobesApi the Electron preload
 * gives the windows: payloads are validated as the IPC registrar does, answers and events are
 * structured-cloned as IPC would, and events arrive asynchronously. Time is Date.now (so a test's
 * fake clock drives the engine), idle time comes from DOM input events, and every input, request and
 * timer wake reaches the core through the same core driver as in the shell (shared/app/coreDriver.ts),
 * which samples at core.nextWakeAt() with setTimeout, never polling.
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
  /** What busy detectors would report (the demo's "on a call" switch); a browser has no detectors. */
  context(busy: readonly BusyReason[]): void;
  records(): readonly HistoryRecord[];
  dispose(): void;
}

export interface BrowserHostOptions {
  store: HostStore;
  random?: () => number;
  target?: Window;
  /** Saves an export; defaults to a browser download. Returns where it went. */
  saveFile?: (fileName: string, content: string, mime: string) => string;
  /** The preferred languages the page reports; defaults to the browser's (navigator.languages). */
  languages?: readonly string[];
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
  const clock = createClockWatch(now, () => performance.now(), currentZone);

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
      zone: () => clock.zone,
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
  const driver = createCoreDriver({
    core,
    now,
    clock,
    timer: {
      set: (ms, wake) => {
        if (timer !== null) clearTimeout(timer);
        timer = setTimeout(() => {
          timer = null;
          wake();
        }, ms);
      },
      clear: () => {
        if (timer !== null) clearTimeout(timer);
        timer = null;
      },
    },
    idleSeconds: (at) => idle.idleSeconds(at),
  });

  const exportHistory = (format: 'csv' | 'json'): Result<Requests['exportHistory']['response']> => {
    const { fileName, content } = core.exportContent(format, all);
    const save = opts.saveFile ?? download;
    const path = save(fileName, content, format === 'csv' ? 'text/csv' : 'application/json');
    return ok({ saved: true, path });
  };

  const handlers = throughDriver(driver, {
    ...core.handlers,
    exportHistory: ({ format }) => exportHistory(format),
    getPreferredLanguages: () => ok([...(opts.languages ?? navigator.languages)]),
  });

  const request = async <K extends RequestName>(name: K, payload: unknown): Promise<Result<unknown>> => {
    await Promise.resolve();
    const valid = validateRequest(name, payload);
    if (!valid.ok) return fail('bad-request', valid.message);
    try {
      const handler = handlers[name] as (p: unknown) => Result<unknown> | Promise<Result<unknown>>;
      return clone(await handler(valid.value));
    } catch (err) {
      return fail('internal', err instanceof Error ? err.message : String(err));
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

  driver.start();

  return {
    api: Object.freeze(api) as unknown as MobesApi,
    core,
    tray: () => core.tray(),
    onTray: (l) => {
      trayListeners.add(l);
      return () => void trayListeners.delete(l);
    },
    action: (a) => driver.inputNow((at) => ({ type: 'action', at, ...a })),
    power: (event) => driver.inputNow((at) => ({ type: 'power', at, event })),
    context: (busy) => driver.inputNow((at) => ({ type: 'context', at, busy: [...busy] })),
    records: () => all,
    dispose: () => {
      driver.stop();
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
