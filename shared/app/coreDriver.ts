import type { EngineInput } from '../engine/types';
import type { RequestHandlers } from '../ipc/contract';
import type { ClockWatch } from '../time/clockWatch';
import type { EpochMs } from '../time/types';

/** What the driver drives: MobesCore (or a test's stand-in for it). */
export interface DrivenCore {
  input(input: EngineInput): void;
  nextWakeAt(): EpochMs | null;
}

/** The host's one timer. */
export interface WakeTimer {
  /** Calls `wake` once after `delayMs`, replacing any call still pending. */
  set(delayMs: number, wake: () => void): void;
  clear(): void;
}

export interface CoreDriverOptions {
  core: DrivenCore;
  now(): EpochMs;
  clock: ClockWatch;
  timer: WakeTimer;
  /** The OS idle time at `at`, in whole seconds. */
  idleSeconds(at: EpochMs): number;
  /**
   * How long to sleep for the core's next wish (`due`, null when it needs nothing); null arms no
   * timer. The host's limits go here. Default: exactly until `due`, and no timer without one.
   */
  delay?(due: EpochMs | null, now: EpochMs): number | null;
  /** On every wake, before the sample: what the host must poll for (the Linux lock state). */
  poll?(): void;
}

/**
 * The one way into the core. Every input (OS events, tray clicks, the timer's samples), every request
 * from a window and every wake of the timer reaches the core here, and the one wake timer is re-armed
 * here after each, for core.nextWakeAt(). A clock or zone change is noticed before each input and
 * request and fed first. The Electron shell (electron/power/powerAdapter.ts) and the browser host
 * (renderer/host/browserHost.ts) give it their timer, clocks and idle time.
 */
export interface CoreDriver {
  /** Feeds an input made for now (a tray click, an OS event). */
  inputNow(make: (at: EpochMs) => EngineInput): void;
  /** Feeds an input with its own time. */
  input(input: EngineInput): void;
  /** Runs a request handler; the timer is re-armed once it has finished, even if it failed. */
  request<T>(run: () => T): T;
  /** Takes the first sample and arms the timer. */
  start(): void;
  /** Stops the timer; later inputs are ignored. */
  stop(): void;
  /** Re-arms the timer now (the host's own limits on it changed). */
  rearm(): void;
  /** Calls `listener` after every input the core handled; returns the unsubscribe. */
  onInput(listener: (input: EngineInput) => void): () => void;
  readonly clock: ClockWatch;
  /** Timer wakes so far (for the wakeups-per-hour measurement). */
  readonly wakeups: number;
}

const exactly = (due: EpochMs | null, now: EpochMs) => (due === null ? null : Math.max(0, due - now));

export function createCoreDriver(o: CoreDriverOptions): CoreDriver {
  const delay = o.delay ?? exactly;
  let running = false;
  let wakeups = 0;
  const listeners = new Set<(input: EngineInput) => void>();

  const feed = (input: EngineInput) => {
    if (!running) return;
    o.core.input(input);
    for (const listener of listeners) listener(input);
  };
  const noticeClock = () => {
    const change = o.clock.check();
    if (change) feed(change);
  };
  const sample = (at: EpochMs) => feed({ type: 'idle', at, idleSeconds: o.idleSeconds(at) });

  function rearm() {
    o.timer.clear();
    if (!running) return;
    const ms = delay(o.core.nextWakeAt(), o.now());
    if (ms !== null) o.timer.set(ms, wake);
  }

  function wake() {
    wakeups++;
    noticeClock();
    o.poll?.();
    const due = o.core.nextWakeAt();
    const at = o.now();
    if (due !== null && due <= at) sample(at);
    rearm();
  }

  return {
    inputNow(make) {
      noticeClock();
      feed(make(o.now()));
      rearm();
    },
    input(input) {
      feed(input);
      rearm();
    },
    request<T>(run: () => T): T {
      noticeClock();
      let result: T;
      try {
        result = run();
      } catch (error) {
        rearm();
        throw error;
      }
      if (result instanceof Promise) return result.finally(rearm) as T;
      rearm();
      return result;
    },
    start() {
      if (running) return;
      running = true;
      o.clock.rebase();
      sample(o.now());
      o.poll?.();
      rearm();
    },
    stop() {
      running = false;
      o.timer.clear();
    },
    rearm,
    onInput(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    clock: o.clock,
    get wakeups() {
      return wakeups;
    },
  };
}

/** The request handlers, each run through the driver (so the timer is re-armed after every request). */
export function throughDriver(driver: CoreDriver, handlers: RequestHandlers): RequestHandlers {
  const driven: Record<string, unknown> = {};
  for (const [name, handler] of Object.entries(handlers) as [string, (p: unknown) => unknown][]) {
    driven[name] = (payload: unknown) => driver.request(() => handler(payload));
  }
  return driven as unknown as RequestHandlers;
}
