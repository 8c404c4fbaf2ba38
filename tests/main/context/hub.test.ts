import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createContextHub, POLL_INTERVAL_MS, POLL_TIMEOUT_MS } from '../../../electron/context/hub';
import { createPolledSource, type PollResult } from '../../../electron/context/polledSource';
import { readingEmitter, type ContextSource, type SourceReading } from '../../../electron/context/source';
import type { ContextSignal } from '../../../shared/context/reasons';
import { DEFAULT_HOLD_BREAKS_DURING } from '../../../shared/settings/contextSettings';

/** A signal detector the test drives by hand. */
function signalSource(id: string, signals: ContextSignal[]) {
  const { emit, onChange } = readingEmitter();
  const source: ContextSource = { id, label: id, signals, onChange, start: vi.fn(), stop: vi.fn() };
  return { source, emit: (r: SourceReading) => emit(r) };
}

/** A polled detector answering from a script; counts its polls. */
function polledSource(id: string, signals: ContextSignal[], answer: () => Promise<PollResult>) {
  const read = vi.fn(answer);
  return { source: createPolledSource({ id, label: id, signals, read }), read };
}

const ALL_ON = { calls: true, screenSharing: true, fullScreen: true, doNotDisturb: true };

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('the context hub', () => {
  it('combines signal detectors and tells listeners only when the busy set changes', () => {
    const dnd = signalSource('dnd', ['dnd']);
    const hub = createContextHub({
      sources: [dnd.source],
      settings: DEFAULT_HOLD_BREAKS_DURING,
      log: vi.fn(),
    });
    const seen: unknown[] = [];
    hub.onChange((c) => seen.push(c));
    hub.start();
    expect(dnd.source.start).toHaveBeenCalledOnce();
    dnd.emit({ signals: { dnd: 'free' } });
    dnd.emit({ signals: { dnd: 'busy' } });
    dnd.emit({ signals: { dnd: 'busy' } });
    dnd.emit({ signals: { dnd: 'unknown' }, problem: 'gone' });
    expect(seen).toEqual([
      { busy: ['dnd'], idleInhibited: false },
      { busy: [], idleInhibited: false },
    ]);
    hub.stop();
    dnd.emit({ signals: { dnd: 'busy' } });
    expect(hub.current().busy).toEqual([]);
  });

  it('polls only while allowed: at once, then every 30 s, and never more often', async () => {
    const mic = polledSource('mic', ['microphone'], async () => ({ signals: { microphone: 'free' } }));
    const hub = createContextHub({ sources: [mic.source], settings: ALL_ON, log: vi.fn() });
    hub.start();
    await vi.advanceTimersByTimeAsync(10 * POLL_INTERVAL_MS);
    expect(mic.read).not.toHaveBeenCalled();

    hub.setPolling(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(mic.read).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(POLL_INTERVAL_MS - 1);
    expect(mic.read).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(mic.read).toHaveBeenCalledTimes(2);
    expect(vi.getTimerCount()).toBe(1); // the one poll timer

    // refresh() (a break became due) does not poll again within 30 s of the last poll.
    await hub.refresh();
    expect(mic.read).toHaveBeenCalledTimes(2);

    hub.setPolling(false);
    expect(vi.getTimerCount()).toBe(0);
    await vi.advanceTimersByTimeAsync(5 * POLL_INTERVAL_MS);
    expect(mic.read).toHaveBeenCalledTimes(2);

    // Allowed again long after: at once. Allowed again quickly: not before 30 s after the last poll.
    hub.setPolling(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(mic.read).toHaveBeenCalledTimes(3);
    hub.setPolling(false);
    await vi.advanceTimersByTimeAsync(10_000);
    hub.setPolling(true);
    await vi.advanceTimersByTimeAsync(POLL_INTERVAL_MS - 10_000 - 1);
    expect(mic.read).toHaveBeenCalledTimes(3);
    await vi.advanceTimersByTimeAsync(1);
    expect(mic.read).toHaveBeenCalledTimes(4);
    expect(hub.cycles).toBe(4);
    hub.stop();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('drops polled readings when polling stops, so a stale call cannot hold breaks', async () => {
    const mic = polledSource('mic', ['microphone'], async () => ({ signals: { microphone: 'busy' } }));
    const hub = createContextHub({ sources: [mic.source], settings: ALL_ON, log: vi.fn() });
    hub.start();
    hub.setPolling(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(hub.current().busy).toEqual(['call']);
    hub.setPolling(false);
    expect(hub.current().busy).toEqual([]);
    expect(hub.detectors()[0].state).toBe('working');
  });

  it('a detector that hangs reads unknown after 5 s and the next cycle still runs; one that throws is logged once', async () => {
    const hang = polledSource('hang', ['camera'], () => new Promise<PollResult>(() => {}));
    const boom = polledSource('boom', ['fullscreen'], async () => {
      throw new Error('xprop exploded');
    });
    const log = vi.fn();
    const hub = createContextHub({ sources: [hang.source, boom.source], settings: ALL_ON, log });
    hub.start();
    hub.setPolling(true);
    await vi.advanceTimersByTimeAsync(POLL_TIMEOUT_MS);
    expect(hub.detectors().map((d) => [d.id, d.state, d.detail])).toEqual([
      ['hang', 'unavailable', 'did not answer in 5 s'],
      ['boom', 'unavailable', 'xprop exploded'],
    ]);
    await vi.advanceTimersByTimeAsync(3 * POLL_INTERVAL_MS);
    expect(hang.read.mock.calls.length).toBeGreaterThanOrEqual(3);
    expect(boom.read.mock.calls.length).toBe(hang.read.mock.calls.length);
    expect(log).toHaveBeenCalledTimes(2);
    expect(log.mock.calls.map((c) => c[0]).sort()).toEqual([
      'busy detection: boom is unavailable (xprop exploded); it counts as free',
      'busy detection: hang is unavailable (did not answer in 5 s); it counts as free',
    ]);
    expect(hub.current()).toEqual({ busy: [], idleInhibited: false });
  });

  it('skips a polled detector whose signals are all turned off, and re-combines on a settings change', async () => {
    const screen = polledSource('fs', ['fullscreen'], async () => ({ signals: { fullscreen: 'busy' } }));
    const inhibit = polledSource('inh', ['idle-inhibitor'], async () => ({
      signals: { 'idle-inhibitor': 'busy' },
    }));
    const hub = createContextHub({
      sources: [screen.source, inhibit.source],
      settings: DEFAULT_HOLD_BREAKS_DURING,
      log: vi.fn(),
    });
    hub.start();
    hub.setPolling(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(screen.read).not.toHaveBeenCalled();
    expect(inhibit.read).toHaveBeenCalledOnce();
    expect(hub.current()).toEqual({ busy: [], idleInhibited: true });
    hub.setSettings({ ...DEFAULT_HOLD_BREAKS_DURING, fullScreen: true });
    await vi.advanceTimersByTimeAsync(POLL_INTERVAL_MS);
    expect(hub.current()).toEqual({ busy: ['fullscreen'], idleInhibited: true });
    hub.setSettings(DEFAULT_HOLD_BREAKS_DURING);
    expect(hub.current().busy).toEqual([]);
  });

  it('lists the detectors as plain data the settings view can receive over IPC', async () => {
    const dnd = signalSource('dnd', ['dnd']);
    const mic = polledSource('mic', ['microphone'], async () => ({ problem: 'pw-dump is not installed' }));
    const hub = createContextHub({ sources: [dnd.source, mic.source], settings: ALL_ON, log: vi.fn() });
    hub.start();
    expect(hub.detectors().map((d) => d.state)).toEqual(['waiting', 'waiting']);
    dnd.emit({ signals: { dnd: 'free' } });
    hub.setPolling(true);
    await vi.advanceTimersByTimeAsync(0);
    const list = hub.detectors();
    expect(JSON.parse(JSON.stringify(list))).toEqual(list);
    expect(list).toEqual([
      { id: 'dnd', label: 'dnd', signals: ['dnd'], mode: 'signal', state: 'working' },
      {
        id: 'mic',
        label: 'mic',
        signals: ['microphone'],
        mode: 'poll',
        state: 'unavailable',
        detail: 'pw-dump is not installed',
      },
    ]);
  });

  it('a detector whose start throws, or a listener that throws, does not take the hub down', () => {
    const bad = signalSource('bad', ['dnd']);
    (bad.source.start as ReturnType<typeof vi.fn>).mockImplementation(() => {
      throw new Error('no bus');
    });
    const good = signalSource('good', ['dnd']);
    const log = vi.fn();
    const hub = createContextHub({ sources: [bad.source, good.source], settings: ALL_ON, log });
    hub.onChange(() => {
      throw new Error('listener bug');
    });
    hub.start();
    good.emit({ signals: { dnd: 'busy' } });
    expect(hub.current().busy).toEqual(['dnd']);
    expect(hub.detectors()[0]).toMatchObject({ state: 'unavailable', detail: 'no bus' });
    expect(log).toHaveBeenCalledWith('busy detection: a listener failed: listener bug');
  });
});
