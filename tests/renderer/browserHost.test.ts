import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BreakView } from '../../shared/ipc/contract';
import { createBrowserHost, type BrowserHost } from '../../renderer/host/browserHost';
import { seededRandom } from '../../shared/random';
import { localStore, memoryStore } from '../../renderer/host/storage';

/** Monday 3 March 2025, 09:30 in the test process's own zone (the host reads the zone from Intl). */
const MONDAY = new Date(2025, 2, 3, 9, 30).getTime();

let host: BrowserHost | null = null;
const flush = () => vi.advanceTimersByTimeAsync(0);

/** Moves the mouse twice a second for `ms` (steady typing), with the clock running. */
async function work(ms: number) {
  for (let t = 0; t < ms; t += 500) {
    window.dispatchEvent(new MouseEvent('mousemove'));
    await vi.advanceTimersByTimeAsync(500);
  }
}

beforeEach(() => {
  vi.useFakeTimers({ now: MONDAY });
});
afterEach(() => {
  host?.dispose();
  host = null;
  vi.useRealTimers();
  localStorage.clear();
});

describe('browser host', () => {
  it('exposes every MobesApi method and validates payloads like the IPC registrar', async () => {
    host = createBrowserHost({ store: memoryStore() });
    const bad = await host.api.completeBreak({ promptId: '', reps: -1 });
    expect(bad).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    const settings = await host.api.getSettings();
    expect(settings.ok && settings.value.platform).toBe('browser');
  });

  it('drives the real engine from DOM activity: 15 minutes of work bring a break', async () => {
    host = createBrowserHost({ store: memoryStore(), random: seededRandom(1) });
    const shown: BreakView[] = [];
    host.api.onBreakShown((v) => shown.push(v));
    await work(14 * 60_000);
    expect(shown).toHaveLength(0);
    // Due at 15 active minutes; with input every second there is no lull, so it shows once the
    // lull wait (60 s) is over.
    await work(3 * 60_000);
    expect(shown).toHaveLength(1);
    expect(host.tray().icon).toBe('due');
    const current = await host.api.getCurrentBreak();
    expect(current.ok && current.value?.promptId).toBe(shown[0].promptId);
  });

  it('no activity means no sitting time and no break', async () => {
    host = createBrowserHost({ store: memoryStore() });
    const shown = vi.fn();
    host.api.onBreakShown(shown);
    await vi.advanceTimersByTimeAsync(30 * 60_000);
    expect(shown).not.toHaveBeenCalled();
    expect(host.core.snapshot().phase).toBe('away');
  });

  it('completing a break records it, announces history-changed and returns today', async () => {
    host = createBrowserHost({ store: memoryStore() });
    const changed = vi.fn();
    host.api.onHistoryChanged(changed);
    host.action({ action: 'start-break' });
    await flush();
    const view = await host.api.getCurrentBreak();
    if (!view.ok || !view.value) throw new Error('no break');
    const res = await host.api.completeBreak({ promptId: view.value.promptId, reps: view.value.targetReps });
    expect(res).toMatchObject({ ok: true, value: { done: 1, goal: 8 } });
    await flush();
    expect(changed).toHaveBeenCalled();
    expect(host.records().some((r) => r.kind === 'prompt' && r.outcome === 'done')).toBe(true);
  });

  it('events arrive asynchronously, as over IPC, and as copies', async () => {
    host = createBrowserHost({ store: memoryStore() });
    const seen: BreakView[] = [];
    host.api.onBreakShown((v) => seen.push(v));
    host.action({ action: 'start-break' });
    expect(seen).toHaveLength(0);
    await flush();
    expect(seen).toHaveLength(1);
    seen[0].targetReps = 999;
    const again = await host.api.getCurrentBreak();
    expect(again.ok && again.value?.targetReps).not.toBe(999);
  });

  it('exports through the host (a download in the browser) and says where', async () => {
    const saveFile = vi.fn((name: string) => `Downloads/${name}`);
    host = createBrowserHost({ store: memoryStore(), saveFile });
    const res = await host.api.exportHistory({ format: 'json' });
    expect(res).toEqual({
      ok: true,
      value: { saved: true, path: 'Downloads/mobes-history-2025-03-03.json' },
    });
    expect(saveFile).toHaveBeenCalledWith(
      'mobes-history-2025-03-03.json',
      expect.any(String),
      'application/json',
    );
  });

  it('keeps settings and history in localStorage across restarts', async () => {
    host = createBrowserHost({ store: localStore(localStorage) });
    const up = await host.api.updateSettings({ dailyGoal: 5 });
    expect(up.ok).toBe(true);
    host.action({ action: 'start-break' });
    await flush();
    const v = await host.api.getCurrentBreak();
    if (!v.ok || !v.value) throw new Error('no break');
    await host.api.completeBreak({ promptId: v.value.promptId, reps: 3 });
    host.dispose();

    host = createBrowserHost({ store: localStore(localStorage) });
    const s = await host.api.getSettings();
    expect(s.ok && s.value.settings.dailyGoal).toBe(5);
    const h = await host.api.getHistory();
    expect(h.ok && h.value.todaySummary.done).toBe(1);
  });

  it('a corrupt store is set aside, not overwritten silently', () => {
    localStorage.setItem('mobes-demo.settings', '{not json');
    localStorage.setItem('mobes-demo.history', JSON.stringify([{ kind: 'prompt', at: 'yesterday' }]));
    host = createBrowserHost({ store: localStore(localStorage) });
    expect(localStorage.getItem('mobes-demo.settings.unreadable')).toBe('{not json');
    expect(localStorage.getItem('mobes-demo.history.unreadable')).toContain('yesterday');
    expect(host.records()).toHaveLength(0);
  });

  it('a bad settings change is refused with field errors and nothing is saved', async () => {
    const store = memoryStore();
    const save = vi.spyOn(store, 'saveSettings');
    host = createBrowserHost({ store });
    const res = await host.api.updateSettings({ breakIntervalMinutes: 5 });
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.error.fields?.[0]).toMatchObject({ field: 'breakIntervalMinutes' });
    expect(save).not.toHaveBeenCalled();
  });

  it('seeded randomness is repeatable', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const xs = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(xs);
    expect(new Set(xs).size).toBe(3);
    for (const x of xs) expect(x).toBeGreaterThanOrEqual(0);
  });
});
