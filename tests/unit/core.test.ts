import { describe, expect, it } from 'vitest';
import { MobesCore } from '../../shared/app/core';
import type { CoreEvent, CorePorts } from '../../shared/app/ports';
import type { HistoryRecord } from '../../shared/history/types';
import { seededRandom } from '../../shared/random';
import { DEFAULT_SETTINGS, type Settings } from '../../shared/settings/schema';
import { simulate } from '../../shared/sim/simulate';
import { MIN, SEC, ZONE, at, typist } from './support/engineRig';

const MONDAY_9 = at('2026-03-02T09:00');

function makeCore(options: { history?: HistoryRecord[]; settings?: Partial<Settings>; start?: number } = {}) {
  let now = options.start ?? MONDAY_9;
  const appended: HistoryRecord[][] = [];
  const saved: Settings[] = [];
  const events: CoreEvent[] = [];
  const ports: CorePorts = {
    now: () => now,
    zone: () => ZONE,
    random: seededRandom(7),
    appendHistory: (records) => void appended.push([...records]),
    saveSettings: (s) => void saved.push(s),
    notify: (e) => void events.push(e),
  };
  const core = new MobesCore(ports, {
    settings: { ...DEFAULT_SETTINGS, ...options.settings },
    history: options.history ?? [],
    platform: 'linux',
  });
  const drive = (until: number, idleAt = typist()) =>
    simulate({
      target: {
        input: (i) => {
          now = i.at;
          core.input(i);
        },
        nextWakeAt: () => core.nextWakeAt(),
      },
      idleAt,
      events: [],
      until,
    });
  return { core, appended, saved, events, drive, setNow: (t: number) => (now = t) };
}

function shownBreaks(events: CoreEvent[]) {
  return events.flatMap((e) => (e.type === 'break-shown' ? [e.view] : []));
}

describe('MobesCore', () => {
  it('shows a break view with a catalog mobe, reps that fit the break length, and today', () => {
    const { events, drive } = makeCore();
    drive(MONDAY_9 + 17 * MIN);
    const [view] = shownBreaks(events);
    expect(view.reason).toBe('due');
    expect(view.targetReps).toBeGreaterThan(0);
    expect(view.breakSeconds).toBeGreaterThanOrEqual(30);
    expect(view.breakSeconds).toBeLessThanOrEqual(60);
    expect(view.today).toMatchObject({ day: '2026-03-02', done: 0, goal: 8 });
  });

  it('a break held for a call says so in its view; an ordinary one does not', () => {
    const { core, events, drive, setNow } = makeCore();
    setNow(MONDAY_9 + 5 * MIN);
    core.input({ type: 'context', at: MONDAY_9 + 5 * MIN, busy: ['call'] });
    drive(MONDAY_9 + 40 * MIN);
    expect(shownBreaks(events)).toEqual([]);
    expect(core.tray().heldLine).toBe('Breaks held: on a call');
    core.input({ type: 'context', at: MONDAY_9 + 40 * MIN, busy: [] });
    drive(MONDAY_9 + 45 * MIN);
    const [held] = shownBreaks(events);
    expect(held.after).toEqual(['call']);
    expect(core.tray().heldLine).toBeNull();

    const plain = makeCore();
    plain.drive(MONDAY_9 + 17 * MIN);
    expect(shownBreaks(plain.events)[0]).not.toHaveProperty('after');
  });

  it('completing a break records it once, updates today and answers with the new status', async () => {
    const { core, events, drive, appended, setNow } = makeCore();
    drive(MONDAY_9 + 17 * MIN);
    const view = shownBreaks(events)[0];
    setNow(MONDAY_9 + 18 * MIN);
    const result = await core.handlers.completeBreak({ promptId: view.promptId, reps: view.targetReps });
    expect(result).toEqual({ ok: true, value: expect.objectContaining({ done: 1, goal: 8 }) });
    const prompts = appended.flat().filter((r) => r.kind === 'prompt');
    expect(prompts).toEqual([expect.objectContaining({ outcome: 'done', reps: view.targetReps })]);
    expect(events.some((e) => e.type === 'break-ended' && e.outcome === 'done')).toBe(true);
    const again = await core.handlers.completeBreak({ promptId: view.promptId, reps: 3 });
    expect(again).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('writes history only when something happens, never per sample', () => {
    const { appended, drive } = makeCore();
    drive(MONDAY_9 + 14 * MIN);
    expect(appended).toHaveLength(0);
  });

  it('tells the tray only when what it shows changes', () => {
    const { events, drive } = makeCore();
    const result = drive(MONDAY_9 + 10 * MIN);
    const trays = events.filter((e) => e.type === 'tray-changed');
    expect(result.samples).toBeGreaterThan(15);
    // Once a minute at most (the tooltip counts minutes), not once per sample.
    expect(trays.length).toBeLessThanOrEqual(11);
    expect(trays.length).toBeGreaterThan(3);
  });

  it('rejects a bad settings change with field errors and keeps what was saved', async () => {
    const { core, saved } = makeCore();
    const result = await core.handlers.updateSettings({
      breakIntervalMinutes: 2,
      dailyGoal: 'lots' as never,
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid-settings');
    expect(result.error.fields?.map((f) => f.field).sort()).toEqual(['breakIntervalMinutes', 'dailyGoal']);
    expect(saved).toHaveLength(0);
    const current = await core.handlers.getSettings(undefined);
    expect(current.ok && current.value.settings.breakIntervalMinutes).toBe(15);
  });

  it('saves a good settings change, tells the windows and applies it to the engine', async () => {
    const { core, saved, events } = makeCore();
    const result = await core.handlers.updateSettings({ breakIntervalMinutes: 20 });
    expect(result.ok).toBe(true);
    expect(saved.at(-1)?.breakIntervalMinutes).toBe(20);
    expect(events.some((e) => e.type === 'settings-changed')).toBe(true);
    expect(core.snapshot().secondsToNextBreak).toBe(20 * 60);
  });

  it('"not this one again" hides the mobe and never picks it after', async () => {
    const { core, events, drive } = makeCore({ settings: { areas: { ...DEFAULT_SETTINGS.areas } } });
    drive(MONDAY_9 + 17 * MIN);
    const first = shownBreaks(events)[0];
    expect(await core.handlers.hideMobe({ mobeId: first.mobe.id })).toEqual({ ok: true, value: null });
    expect(core.currentSettings().hiddenMobes).toContain(first.mobe.id);
    expect(await core.handlers.hideMobe({ mobeId: 'no-such-mobe' })).toMatchObject({ ok: false });
  });

  it('a preview shows the requested mobe and is not recorded', async () => {
    const { core, events, appended } = makeCore();
    expect(await core.handlers.previewMobe({ mobeId: 'wrist-circles' })).toEqual({ ok: true, value: null });
    const view = shownBreaks(events)[0];
    expect(view).toMatchObject({ reason: 'preview', mobe: { id: 'wrist-circles' } });
    await core.handlers.completeBreak({ promptId: view.promptId, reps: view.targetReps });
    expect(appended.flat().filter((r) => r.kind === 'prompt')).toHaveLength(0);
  });

  it('builds 26 weeks of history ending today, with the sitting bout under way', async () => {
    const earlier: HistoryRecord = {
      kind: 'prompt',
      at: MONDAY_9 - 24 * 60 * MIN,
      endedAt: MONDAY_9 - 24 * 60 * MIN + 45 * SEC,
      day: '2026-03-01',
      reason: 'due',
      mobeId: 'neck-circles',
      area: 'neck',
      outcome: 'done',
      reps: 12,
      targetReps: 12,
    };
    const { core, drive } = makeCore({ history: [earlier] });
    drive(MONDAY_9 + 10 * MIN);
    const view = await core.handlers.getHistory(undefined);
    if (!view.ok) throw new Error(view.error.message);
    expect(view.value.days).toHaveLength(182);
    expect(view.value.days.at(-1)?.day).toBe('2026-03-02');
    expect(view.value.days.at(-2)).toMatchObject({ day: '2026-03-01', done: 1, workDay: false });
    expect(view.value.currentSittingSeconds).toBeGreaterThan(8 * 60);
    expect(view.value.todaySummary.sittingSeconds).toBe(view.value.currentSittingSeconds);
  });

  it('exports what it is given as CSV and JSON with dated file names', () => {
    const { core } = makeCore();
    const csv = core.exportContent('csv', []);
    expect(csv.fileName).toBe('mobes-history-2026-03-02.csv');
    const json = core.exportContent('json', []);
    expect(JSON.parse(json.content)).toMatchObject({ format: 'mobes-history', records: [] });
  });

  it('moves "today" at local midnight, and back if the clock is set back', () => {
    const { core, setNow } = makeCore({ start: at('2026-03-02T23:59') });
    expect(core.today().day).toBe('2026-03-02');
    setNow(at('2026-03-03T00:01'));
    expect(core.today().day).toBe('2026-03-03');
    setNow(at('2026-03-02T12:00'));
    expect(core.today().day).toBe('2026-03-02');
  });
});
