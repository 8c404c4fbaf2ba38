import { powerMonitor } from 'electron';
import type { EngineInput, PowerEvent } from '../../shared/engine/types';
import type { EpochMs } from '../../shared/time/types';

/** setTimeout stores its delay in a signed 32-bit int; anything longer fires at once. */
export const MAX_TIMER_MS = 2 ** 31 - 1;
/** Even with nothing to sample, wake this often to notice clock and zone changes. */
export const MAX_REARM_MS = 3 * 60 * 60 * 1000;
/** Never re-arm sooner than this, so an engine answering "now" cannot spin. */
export const MIN_REARM_MS = 1000;
/** While a Linux lock was detected by polling, poll this often to notice the unlock. */
export const LOCK_POLL_MS = 15_000;
/** A difference between wall-clock and monotonic time beyond this is a clock change. */
export const CLOCK_JUMP_MS = 60_000;

export interface PowerCore {
  input(input: EngineInput): void;
  nextWakeAt(): EpochMs | null;
}

export interface PowerAdapterContext {
  core: PowerCore;
  platform: NodeJS.Platform;
  now?: () => number;
  monotonic?: () => number;
  zone?: () => string;
  /** Called after every input the adapter feeds (the host refreshes what the core changed). */
  afterInput?(input: EngineInput): void;
}

export interface PowerAdapter {
  start(): void;
  stop(): void;
  /** Re-reads core.nextWakeAt() and re-arms the one timer; call after any input fed elsewhere. */
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

/**
 * Turns the OS's power and idle signals into engine inputs.
 * - One setTimeout, armed for core.nextWakeAt() (clamped), re-armed after every input: no interval,
 *   no polling while the engine needs nothing.
 * - powerMonitor events become `power` inputs. Linux reports no lock-screen/unlock-screen events
 *   (they are macOS/Windows only: https://www.electronjs.org/docs/latest/api/power-monitor#event-lock-screen-macos-windows),
 *   so there each sample asks getSystemIdleState() for 'locked' and synthesizes lock/unlock.
 * - Each wake compares wall-clock progress with a monotonic clock; a mismatch (the user or NTP moved
 *   the clock) or a new IANA zone becomes a `clock` input. After resume the baseline is reset instead,
 *   since monotonic clocks stop during sleep on some systems.
 */
export function createPowerAdapter(ctx: PowerAdapterContext): PowerAdapter {
  const now = ctx.now ?? Date.now;
  const monotonic = ctx.monotonic ?? (() => performance.now());
  const zoneOf = ctx.zone ?? currentZone;
  const pollsLock = ctx.platform === 'linux';

  let timer: ReturnType<typeof setTimeout> | null = null;
  let running = false;
  let wakeups = 0;
  let locked = false;
  let lockSynthesized = false;
  let baseWall = 0;
  let baseMono = 0;
  let zone = '';

  const feed = (input: EngineInput) => {
    ctx.core.input(input);
    ctx.afterInput?.(input);
  };

  const rebase = () => {
    baseWall = now();
    baseMono = monotonic();
  };

  /** Reports a clock jump or zone change since the last wake; returns whether it did. */
  const checkClock = (): boolean => {
    const wall = now();
    const mono = monotonic();
    const jumped = Math.abs(wall - baseWall - (mono - baseMono)) > CLOCK_JUMP_MS;
    baseWall = wall;
    baseMono = mono;
    const z = zoneOf();
    const zoneChanged = z !== zone;
    zone = z;
    if (!jumped && !zoneChanged) return false;
    feed({ type: 'clock', at: wall, zone: z });
    return true;
  };

  const checkLinuxLock = () => {
    if (!pollsLock) return;
    const isLocked = powerMonitor.getSystemIdleState(60) === 'locked';
    if (isLocked && !locked) {
      locked = true;
      lockSynthesized = true;
      feed({ type: 'power', at: now(), event: 'lock' });
    } else if (!isLocked && locked && lockSynthesized) {
      locked = false;
      lockSynthesized = false;
      feed({ type: 'power', at: now(), event: 'unlock' });
    }
  };

  const onWake = () => {
    timer = null;
    wakeups++;
    checkClock();
    checkLinuxLock();
    const due = ctx.core.nextWakeAt();
    if (due !== null && due <= now()) {
      feed({ type: 'idle', at: now(), idleSeconds: powerMonitor.getSystemIdleTime() });
    }
    rearm();
  };

  function rearm() {
    if (!running) return;
    if (timer) clearTimeout(timer);
    const due = ctx.core.nextWakeAt();
    let delay = due === null ? MAX_REARM_MS : due - now();
    if (lockSynthesized) delay = Math.min(delay, LOCK_POLL_MS);
    delay = Math.min(MAX_REARM_MS, MAX_TIMER_MS, Math.max(MIN_REARM_MS, delay));
    timer = setTimeout(onWake, delay);
  }

  const listeners = Object.entries(EVENTS).map(([name, event]) => {
    const listener = () => {
      if (event === 'resume') rebase();
      if (event === 'lock') [locked, lockSynthesized] = [true, false];
      if (event === 'unlock') [locked, lockSynthesized] = [false, false];
      feed({ type: 'power', at: now(), event });
      rearm();
    };
    return [name, listener] as const;
  });

  return {
    start() {
      if (running) return;
      running = true;
      rebase();
      zone = zoneOf();
      // The event names are a fixed list of powerMonitor's events; the cast picks the untyped overload.
      for (const [name, listener] of listeners) powerMonitor.on(name as 'suspend', listener);
      feed({ type: 'idle', at: now(), idleSeconds: powerMonitor.getSystemIdleTime() });
      checkLinuxLock();
      rearm();
    },
    stop() {
      running = false;
      if (timer) clearTimeout(timer);
      timer = null;
      for (const [name, listener] of listeners) powerMonitor.removeListener(name as 'suspend', listener);
    },
    rearm,
    get wakeups() {
      return wakeups;
    },
  };
}
