import { powerMonitor } from 'electron';
import { createCoreDriver } from '../../shared/app/coreDriver';
import type { CoreDriver, DrivenCore, WakeTimer } from '../../shared/app/coreDriver';
import type { PowerEvent } from '../../shared/engine/types';
import { createClockWatch } from '../../shared/time/clockWatch';

/** setTimeout stores its delay in a signed 32-bit int; anything longer fires at once. */
export const MAX_TIMER_MS = 2 ** 31 - 1;
/** Even with nothing to sample, wake this often to notice clock and zone changes. */
export const MAX_REARM_MS = 3 * 60 * 60 * 1000;
/** Never re-arm sooner than this, so an engine answering "now" cannot spin. */
export const MIN_REARM_MS = 1000;
/** While a Linux lock was detected by polling, poll this often to notice the unlock. */
export const LOCK_POLL_MS = 15_000;

export interface PowerAdapterContext {
  core: DrivenCore;
  platform: NodeJS.Platform;
  now?: () => number;
  monotonic?: () => number;
  zone?: () => string;
}

export interface PowerAdapter {
  /** The one way into the core, on Electron's timer, clocks and idle time. */
  readonly driver: CoreDriver;
  start(): void;
  stop(): void;
  /** Re-reads core.nextWakeAt() and re-arms the one timer. */
  rearm(): void;
  /** Timer callbacks so far (for the wakeups-per-hour measurement). */
  readonly wakeups: number;
}

const EVENTS: Record<string, PowerEvent> = {
  suspend: 'suspend',
  resume: 'resume',
  'lock-screen': 'lock',
  'unlock-screen': 'unlock',
  shutdown: 'shutdown',
};

export const currentZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;

function nodeTimer(): WakeTimer {
  let timer: ReturnType<typeof setTimeout> | null = null;
  return {
    set(delayMs, wake) {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = null;
        wake();
      }, delayMs);
    },
    clear() {
      if (timer) clearTimeout(timer);
      timer = null;
    },
  };
}

/**
 * The Electron side of the core driver (shared/app/coreDriver.ts): Electron's clocks and idle time, one
 * setTimeout clamped to what Node can hold, and the OS's power signals as `power` inputs.
 * - Linux reports no lock-screen/unlock-screen events (they are macOS/Windows only:
 *   https://www.electronjs.org/docs/latest/api/power-monitor#event-lock-screen-macos-windows), so there
 *   each wake asks getSystemIdleState() for 'locked' and synthesizes lock/unlock.
 * - After resume the clock baseline is reset, since monotonic clocks stop during sleep on some systems.
 */
export function createPowerAdapter(ctx: PowerAdapterContext): PowerAdapter {
  const now = ctx.now ?? Date.now;
  const monotonic = ctx.monotonic ?? (() => performance.now());
  const pollsLock = ctx.platform === 'linux';
  let locked = false;
  let lockSynthesized = false;

  const checkLinuxLock = () => {
    if (!pollsLock) return;
    const isLocked = powerMonitor.getSystemIdleState(60) === 'locked';
    if (isLocked && !locked) {
      locked = true;
      lockSynthesized = true;
      driver.input({ type: 'power', at: now(), event: 'lock' });
    } else if (!isLocked && locked && lockSynthesized) {
      locked = false;
      lockSynthesized = false;
      driver.input({ type: 'power', at: now(), event: 'unlock' });
    }
  };

  const driver = createCoreDriver({
    core: ctx.core,
    now,
    clock: createClockWatch(now, monotonic, ctx.zone ?? currentZone),
    timer: nodeTimer(),
    idleSeconds: () => powerMonitor.getSystemIdleTime(),
    delay: (due, at) => {
      let delay = due === null ? MAX_REARM_MS : due - at;
      if (lockSynthesized) delay = Math.min(delay, LOCK_POLL_MS);
      return Math.min(MAX_REARM_MS, MAX_TIMER_MS, Math.max(MIN_REARM_MS, delay));
    },
    poll: checkLinuxLock,
  });

  const listeners = Object.entries(EVENTS).map(([name, event]) => {
    const listener = () => {
      if (event === 'resume') driver.clock.rebase();
      if (event === 'lock') [locked, lockSynthesized] = [true, false];
      if (event === 'unlock') [locked, lockSynthesized] = [false, false];
      driver.inputNow((at) => ({ type: 'power', at, event }));
    };
    return [name, listener] as const;
  });

  let running = false;
  return {
    driver,
    start() {
      if (running) return;
      running = true;
      // The event names are a fixed list of powerMonitor's events; the cast picks the untyped overload.
      for (const [name, listener] of listeners) powerMonitor.on(name as 'suspend', listener);
      driver.start();
    },
    stop() {
      running = false;
      driver.stop();
      for (const [name, listener] of listeners) powerMonitor.removeListener(name as 'suspend', listener);
    },
    rearm: () => driver.rearm(),
    get wakeups() {
      return driver.wakeups;
    },
  };
}
