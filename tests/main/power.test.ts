import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', async () => (await import('./electronDouble')).electronModule);

import { MobesCore } from '../../shared/app/core';
import type { EngineInput } from '../../shared/engine/types';
import { DEFAULT_SETTINGS } from '../../shared/settings/schema';
import {
  LOCK_POLL_MS,
  MAX_REARM_MS,
  MIN_REARM_MS,
  createPowerAdapter,
} from '../../electron/power/powerAdapter';
import { CLOCK_JUMP_MS } from '../../shared/time/clockWatch';
import { powerMonitor, resetElectron, state } from './electronDouble';

const T0 = Date.parse('2025-03-05T10:00:00Z'); // a Wednesday, inside default work hours (UTC)

/**
 * A core that records inputs and wants a sample at a time the test sets, or (with `every`) a fixed
 * time after each input, like the engine's sampling period.
 */
function fakeCore(firstWake: number | null = T0 + 30_000, every?: number) {
  const inputs: EngineInput[] = [];
  let wake: number | null = firstWake;
  return {
    inputs,
    setWake(at: number | null) {
      wake = at;
    },
    input: (i: EngineInput) => {
      inputs.push(i);
      if (every) wake = i.at + every;
    },
    nextWakeAt: () => wake,
    types: () => inputs.map((i) => (i.type === 'power' ? `power:${i.event}` : i.type)),
  };
}

let zone = 'UTC';
function adapter(core: ReturnType<typeof fakeCore> | MobesCore, platform: NodeJS.Platform = 'darwin') {
  return createPowerAdapter({ core, platform, zone: () => zone });
}

beforeEach(() => {
  resetElectron('linux');
  zone = 'UTC';
  vi.useFakeTimers({
    toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date', 'performance'],
  });
  vi.setSystemTime(T0);
});
afterEach(() => vi.useRealTimers());

describe('scheduling', () => {
  it('samples idle time at start, then exactly at nextWakeAt with one timer', () => {
    const core = fakeCore(null, 30_000);
    state.idleSeconds = 7;
    const p = adapter(core);
    p.start();
    expect(core.inputs).toEqual([{ type: 'idle', at: T0, idleSeconds: 7 }]);
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(29_999);
    expect(core.inputs).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(core.inputs[1]).toEqual({ type: 'idle', at: T0 + 30_000, idleSeconds: 7 });
    expect(vi.getTimerCount()).toBe(1);
    state.idleSeconds = 12;
    vi.advanceTimersByTime(30_000);
    expect(core.inputs[2]).toEqual({ type: 'idle', at: T0 + 60_000, idleSeconds: 12 });
    expect(p.wakeups).toBe(2);
  });

  it('re-arms when asked after an input fed elsewhere (one timer, new time)', () => {
    const core = fakeCore(T0 + 60_000);
    const p = adapter(core);
    p.start();
    core.setWake(T0 + 5_000);
    p.rearm();
    p.rearm();
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(5_000);
    expect(core.inputs).toHaveLength(2);
  });

  it('clamps far-away wakes (setTimeout overflows past 2^31-1 ms) and only re-checks the clock early', () => {
    const core = fakeCore(T0 + 40 * 24 * 3600_000); // 40 days: over the 24.8-day setTimeout limit
    const p = adapter(core);
    p.start();
    vi.advanceTimersByTime(MAX_REARM_MS - 1);
    expect(p.wakeups).toBe(0);
    vi.advanceTimersByTime(1);
    expect(p.wakeups).toBe(1);
    expect(core.types()).toEqual(['idle']); // no sample the engine did not ask for
    vi.advanceTimersByTime(24 * 3600_000);
    expect(p.wakeups).toBe(1 + 24 / 3);
  });

  it('with nothing to wait for (null), wakes only every few hours', () => {
    const core = fakeCore(null);
    const p = adapter(core);
    p.start();
    vi.advanceTimersByTime(24 * 3600_000);
    expect(p.wakeups).toBe(8);
    expect(core.types()).toEqual(['idle']);
  });

  it('never spins when the engine asks for a time already past', () => {
    const core = fakeCore(T0 - 10_000);
    const p = adapter(core);
    p.start();
    vi.advanceTimersByTime(10_000);
    expect(p.wakeups).toBe(10_000 / MIN_REARM_MS);
  });

  it('stop() clears the timer and the listeners', () => {
    const p = adapter(fakeCore());
    p.start();
    p.stop();
    expect(vi.getTimerCount()).toBe(0);
    expect(powerMonitor.listenerCount('suspend')).toBe(0);
  });
});

describe('power events', () => {
  it.each([
    ['suspend', 'suspend'],
    ['resume', 'resume'],
    ['lock-screen', 'lock'],
    ['unlock-screen', 'unlock'],
    ['shutdown', 'shutdown'],
  ])('%s becomes a power input (%s) and re-arms', (name, event) => {
    const core = fakeCore();
    const p = adapter(core);
    p.start();
    vi.setSystemTime(T0 + 1234);
    core.setWake(T0 + 5_000);
    powerMonitor.emit(name);
    expect(core.inputs.at(-1)).toEqual({ type: 'power', at: T0 + 1234, event });
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(3765);
    expect(core.inputs.at(-1)?.type).toBe('power');
    vi.advanceTimersByTime(1);
    expect(core.inputs.at(-1)?.type).toBe('idle');
  });
});

describe('Linux lock detection by polling', () => {
  it('synthesizes lock and unlock from getSystemIdleState at each sample', () => {
    const core = fakeCore(T0 + 30_000);
    const p = adapter(core, 'linux');
    p.start();
    state.screenLocked = true;
    vi.advanceTimersByTime(30_000);
    expect(core.types()).toEqual(['idle', 'power:lock', 'idle']);
    // Locked: the engine may wait for nothing, but the adapter keeps a slow poll to see the unlock.
    core.setWake(null);
    p.rearm();
    vi.advanceTimersByTime(LOCK_POLL_MS);
    expect(core.types()).toEqual(['idle', 'power:lock', 'idle']);
    state.screenLocked = false;
    vi.advanceTimersByTime(LOCK_POLL_MS);
    expect(core.types()).toEqual(['idle', 'power:lock', 'idle', 'power:unlock']);
    // Unlocked and nothing to wait for: back to the slow safety wake, no polling.
    const before = p.wakeups;
    vi.advanceTimersByTime(3600_000);
    expect(p.wakeups).toBe(before);
  });

  it('macOS and Windows use the events and never poll the lock state', () => {
    for (const platform of ['darwin', 'win32'] as const) {
      resetElectron(platform);
      const core = fakeCore(T0 + 30_000);
      adapter(core, platform).start();
      state.screenLocked = true;
      vi.advanceTimersByTime(60_000);
      expect(state.idleStateCalls).toEqual([]);
      expect(core.types()).not.toContain('power:lock');
    }
  });
});

describe('clock and zone changes', () => {
  it('reports a wall-clock jump (wall time moved, monotonic did not) as a clock input', () => {
    const core = fakeCore(T0 + 30_000);
    const p = adapter(core);
    p.start();
    vi.setSystemTime(T0 + 2 * 3600_000); // the user set the clock 2 h ahead
    core.setWake(T0 + 2 * 3600_000 + 30_000);
    vi.advanceTimersByTime(30_000);
    expect(core.inputs[1]).toMatchObject({ type: 'clock', zone: 'UTC' });
    expect(core.types()).toEqual(['idle', 'clock', 'idle']);
  });

  it('ignores ordinary drift below the threshold', () => {
    const core = fakeCore(T0 + 30_000);
    adapter(core).start();
    vi.setSystemTime(T0 + CLOCK_JUMP_MS - 1000);
    vi.advanceTimersByTime(30_000);
    expect(core.types()).not.toContain('clock');
  });

  it('after resume the gap is not a clock change (monotonic clocks stop in sleep)', () => {
    const core = fakeCore(T0 + 30_000);
    adapter(core).start();
    vi.setSystemTime(T0 + 8 * 3600_000); // slept overnight
    powerMonitor.emit('resume');
    core.setWake(T0 + 8 * 3600_000 + 30_000);
    vi.advanceTimersByTime(30_000);
    expect(core.types()).toEqual(['idle', 'power:resume', 'idle']);
  });

  it('reports a new time zone', () => {
    const core = fakeCore(T0 + 30_000);
    adapter(core).start();
    zone = 'America/New_York';
    vi.advanceTimersByTime(30_000);
    expect(core.inputs[1]).toEqual({ type: 'clock', at: T0 + 30_000, zone: 'America/New_York' });
  });
});

describe('wakeups per hour with the real core', () => {
  function realCore(settings = DEFAULT_SETTINGS) {
    const phases: string[] = [];
    const core = new MobesCore(
      {
        now: () => Date.now(),
        zone: () => 'UTC',
        random: () => 0.5,
        appendHistory: () => {},
        saveSettings: () => {},
        notify: () => {},
      },
      { settings, history: [], platform: 'linux' },
    );
    return { core, phases };
  }

  it('measures both states and never wakes without sampling', () => {
    state.idleSeconds = 0; // typing all the time
    const { core } = realCore();
    const p = createPowerAdapter({ core, platform: 'linux', zone: () => 'UTC' });
    p.start();

    // Far from a due break: the first 10 minutes of a 15-minute interval.
    const far0 = p.wakeups;
    vi.advanceTimersByTime(10 * 60_000);
    const farPerHour = (p.wakeups - far0) * 6;
    expect(core.snapshot().phase).toBe('sitting');

    // Run on until the break is due, then through the lull window (the user never pauses typing).
    while (core.snapshot().phase === 'sitting') vi.advanceTimersByTime(1000);
    expect(core.snapshot().phase).toBe('due');
    const lull0 = p.wakeups;
    const lullStart = Date.now();
    while (core.snapshot().phase === 'due') vi.advanceTimersByTime(100);
    const lullSeconds = (Date.now() - lullStart) / 1000;
    const lullPerHour = Math.round(((p.wakeups - lull0) / lullSeconds) * 3600);
    expect(core.snapshot().phase).toBe('prompting');

    p.stop();

    // Off hours: a fresh start in the evening, measured over the night until work starts (13 h).
    vi.setSystemTime(Date.parse('2025-03-05T20:00:00Z'));
    const evening = realCore().core;
    const q = createPowerAdapter({ core: evening, platform: 'linux', zone: () => 'UTC' });
    q.start();
    vi.advanceTimersByTime(13 * 3600_000 - 1);
    expect(evening.snapshot().phase).toBe('off-hours');
    const offPerHour = Math.round((q.wakeups / 13) * 100) / 100;
    q.stop();

    console.log(
      `wakeups/hour: far from a due break ${farPerHour}, inside the lull window ${lullPerHour} ` +
        `(window lasted ${lullSeconds}s, ${p.wakeups - lull0} wakeups), off hours ${offPerHour}`,
    );
    expect(farPerHour).toBeGreaterThan(0);
    expect(farPerHour).toBeLessThanOrEqual(240);
    expect(lullPerHour).toBeLessThanOrEqual(3600);
    expect(offPerHour).toBeLessThanOrEqual(1 / 3 + 0.01); // one safety wake per MAX_REARM_MS
    expect(vi.getTimerCount()).toBe(0);
  });
});
