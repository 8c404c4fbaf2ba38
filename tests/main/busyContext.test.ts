import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startBusyContext } from '../../electron/main/busyContext';
import { readingEmitter, type ContextSource, type SourceReading } from '../../electron/context/source';
import { createPolledSource } from '../../electron/context/polledSource';
import type { EngineInput } from '../../shared/engine/types';
import { ok } from '../../shared/ipc/contract';
import { DEFAULT_SETTINGS } from '../../shared/settings/schema';
import type { SettingsView } from '../../shared/ipc/contract';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function rig() {
  const { emit, onChange } = readingEmitter();
  const dnd: ContextSource = {
    id: 'dnd',
    label: 'Do Not Disturb',
    signals: ['dnd'],
    onChange,
    start() {},
    stop: vi.fn(),
  };
  const read = vi.fn(async () => ({ signals: { microphone: 'busy' as const } }));
  const mic = createPolledSource({ id: 'mic', label: 'Microphone', signals: ['microphone'], read });
  const inputs: EngineInput[] = [];
  const close = vi.fn();
  const busy = startBusyContext({
    driver: { inputNow: (make) => void inputs.push(make(Date.now())) },
    platform: 'linux',
    env: {},
    settings: DEFAULT_SETTINGS,
    log: () => {},
    createSources: async () => ({ sources: [dnd, mic], close }),
  });
  return { busy, inputs, read, close, emit: (r: SourceReading) => emit(r), dnd };
}
const settle = async () => {
  for (let i = 0; i < 10; i++) await Promise.resolve();
};

describe('busy detection in the running app', () => {
  it('a detector change reaches the core as a context input', async () => {
    const r = rig();
    await settle();
    r.emit({ signals: { dnd: 'busy' } });
    r.emit({ signals: { dnd: 'free' } });
    expect(r.inputs).toEqual([
      expect.objectContaining({ type: 'context', busy: ['dnd'], idleInhibited: false }),
      expect.objectContaining({ type: 'context', busy: [] }),
    ]);
  });

  it('polls only while sitting or due, and at once when a break becomes due', async () => {
    const r = rig();
    await settle();
    await vi.advanceTimersByTimeAsync(5 * 60_000);
    expect(r.read).not.toHaveBeenCalled(); // off hours until the tray says otherwise
    r.busy.follow('sitting');
    await vi.advanceTimersByTimeAsync(60_000);
    const sitting = r.read.mock.calls.length;
    expect(sitting).toBeGreaterThanOrEqual(1);
    expect(sitting).toBeLessThanOrEqual(3);
    expect(r.inputs.at(-1)).toMatchObject({ type: 'context', busy: ['call'] });
    r.busy.follow('paused');
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(r.read.mock.calls.length).toBe(sitting);
    expect(r.inputs.at(-1)).toMatchObject({ busy: [] }); // a stale "on a call" does not outlive polling
    r.busy.follow('sitting');
    r.busy.follow('due');
    await settle();
    expect(r.read.mock.calls.length).toBeGreaterThan(sitting);
  });

  it('follows the hold-breaks settings and lists the detectors in the settings view', async () => {
    const r = rig();
    await settle();
    r.busy.settingsChanged({
      ...DEFAULT_SETTINGS,
      holdBreaksDuring: { ...DEFAULT_SETTINGS.holdBreaksDuring, doNotDisturb: false },
    });
    r.emit({ signals: { dnd: 'busy' } });
    expect(r.inputs).toEqual([]);
    const view = { settings: DEFAULT_SETTINGS, catalog: [], platform: 'linux' } as SettingsView;
    const handlers = r.busy.handlers({ getSettings: async () => ok(view) });
    const res = await handlers.getSettings();
    expect(res.ok && res.value.detectors?.map((d) => [d.id, d.mode])).toEqual([
      ['dnd', 'signal'],
      ['mic', 'poll'],
    ]);
    r.busy.stop();
    expect(r.close).toHaveBeenCalled();
    expect(r.dnd.stop).toHaveBeenCalled();
  });
});
