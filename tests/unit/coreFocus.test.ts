import { describe, expect, it } from 'vitest';
import { MobesCore } from '../../shared/app/core';
import type { CoreEvent, CorePorts } from '../../shared/app/ports';
import { CATALOG } from '../../shared/catalog/catalog';
import { focusTargetFor, targetRepsFor } from '../../shared/catalog/reps';
import type { HistoryRecord } from '../../shared/history/types';
import { seededRandom } from '../../shared/random';
import { DEFAULT_SETTINGS, type Settings } from '../../shared/settings/schema';
import { simulate } from '../../shared/sim/simulate';
import { MIN, ZONE, at, typist } from './support/engineRig';

const MONDAY_9 = at('2026-03-02T09:00');

function makeCore(focus: Partial<Settings['focus']>, extra: Partial<Settings> = {}) {
  let now = MONDAY_9;
  const appended: HistoryRecord[] = [];
  const events: CoreEvent[] = [];
  const ports: CorePorts = {
    now: () => now,
    zone: () => ZONE,
    random: seededRandom(3),
    appendHistory: (records) => void appended.push(...records),
    saveSettings: () => {},
    notify: (e) => void events.push(e),
  };
  const settings: Settings = {
    ...DEFAULT_SETTINGS,
    ...extra,
    focus: { ...DEFAULT_SETTINGS.focus, target: { area: 'neck' }, since: MONDAY_9 - MIN, ...focus },
  };
  const core = new MobesCore(ports, { settings, history: [], platform: 'linux' });
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
  const act = (action: 'start-focus' | 'start-break') => core.input({ type: 'action', at: now, action });
  const shown = () => events.flatMap((e) => (e.type === 'break-shown' ? [e.view] : []));
  const current = () => shown()[shown().length - 1];
  return { core, appended, events, drive, act, shown, current, setNow: (t: number) => (now = t) };
}

describe('focus sets in the core', () => {
  it('turns one prompt per slot into a focus set at the focus dose, the others stay microbreaks', () => {
    const { drive, shown } = makeCore({ setsPerDay: 2 });
    drive(at('2026-03-02T18:00'));
    const views = shown();
    const focus = views.filter((v) => v.focus);
    expect(focus).toHaveLength(2);
    // 09:00-18:00 has its slots at 11:15 and 15:45.
    const times = focus.map((v) => views.indexOf(v));
    expect(times[1] - times[0]).toBeGreaterThan(1);
    for (const v of focus) {
      expect(v.mobe.area).toBe('neck');
      expect(v.targetReps).toBe(focusTargetFor(v.mobe, 40));
      expect(v.breakSeconds).toBe(Math.round(v.targetReps * v.mobe.secondsPerRep));
      expect(v.focus).toEqual({ smaller: false, declinable: true });
    }
    for (const v of views.filter((x) => !x.focus)) {
      expect(v.targetReps).toBe(targetRepsFor(v.mobe, DEFAULT_SETTINGS.breakLengthSeconds));
    }
  });

  it('records when each focus set was offered, at least an hour apart', () => {
    const { drive, appended } = makeCore({ setsPerDay: 3 });
    drive(at('2026-03-02T18:00'));
    const sets = appended.filter((r) => r.kind === 'prompt' && r.focus === 'set');
    expect(sets).toHaveLength(3);
    const [a, b, c] = sets.map((r) => (r.kind === 'prompt' ? r.at : 0));
    expect(a).toBeGreaterThanOrEqual(at('2026-03-02T10:30'));
    expect(b - a).toBeGreaterThanOrEqual(60 * MIN);
    expect(c - b).toBeGreaterThanOrEqual(60 * MIN);
  });

  it('offers nothing once the period has ended', () => {
    const { drive, shown } = makeCore({ until: at('2026-03-02T10:00') });
    drive(at('2026-03-02T18:00'));
    expect(shown().some((v) => v.focus)).toBe(false);
  });

  it('declining turns the focus set into an ordinary microbreak, recorded as declined', async () => {
    const { core, drive, shown, current, appended, setNow } = makeCore({ setsPerDay: 1 });
    drive(at('2026-03-02T13:00'));
    let t = at('2026-03-02T13:00');
    while (!core.snapshot().prompt?.focus && t < at('2026-03-02T15:00')) drive((t += MIN));
    const offered = current();
    expect(offered.focus).toBeDefined();
    expect(shown().filter((v) => v.focus)).toEqual([offered]);
    expect(await core.handlers.declineFocus({ promptId: offered.promptId })).toEqual({
      ok: true,
      value: null,
    });
    const micro = current();
    expect(micro.focus).toBeUndefined();
    expect(micro.promptId).not.toBe(offered.promptId);
    expect(micro.targetReps).toBe(targetRepsFor(micro.mobe, DEFAULT_SETTINGS.breakLengthSeconds));
    setNow(t + MIN);
    await core.handlers.completeBreak({ promptId: micro.promptId, reps: micro.targetReps });
    const record = appended.filter((r) => r.kind === 'prompt').pop();
    expect(record).toMatchObject({ focus: 'declined', mobeId: micro.mobe.id, outcome: 'done' });
    // A microbreak cannot be declined.
    const again = await core.handlers.declineFocus({ promptId: micro.promptId });
    expect(again.ok).toBe(false);
  });

  it('keeps a focus set open while the user moves away from the keyboard for minutes', async () => {
    const { core, act, current, drive, appended } = makeCore({}, { naturalBreakMinutes: 2 });
    drive(at('2026-03-02T09:05'));
    act('start-focus');
    const view = current();
    expect(view.focus).toBeDefined();
    // Four minutes without input: longer than the natural break, as long as a long set.
    const start = at('2026-03-02T09:05');
    drive(start + 4 * MIN, (t) => (t - start) / 1000);
    expect(core.snapshot().phase).toBe('prompting');
    const done = await core.handlers.completeBreak({ promptId: view.promptId, reps: view.targetReps });
    expect(done.ok).toBe(true);
    expect(appended.filter((r) => r.kind === 'prompt').pop()).toMatchObject({
      focus: 'set',
      outcome: 'done',
    });
  });

  it('asks how it felt, shrinks the set after it hurt, and suggests another mobe after two', async () => {
    const { core, act, current, drive, appended, setNow } = makeCore({ target: { mobeId: 'neck-circles' } });
    drive(at('2026-03-02T09:05'));
    const doSet = async (feel: 'hurt' | 'same', minute: number) => {
      setNow(at('2026-03-02T09:05') + minute * MIN);
      act('start-focus');
      const view = current();
      await core.handlers.completeBreak({ promptId: view.promptId, reps: view.targetReps });
      const answer = await core.handlers.answerFeel({ promptId: view.promptId, feel });
      return { view, answer };
    };
    const first = await doSet('hurt', 1);
    expect(first.view.mobe.id).toBe('neck-circles');
    expect(first.answer).toEqual({
      ok: true,
      value: { hurtTwice: false, switchTo: null, smallerNext: true },
    });
    expect(appended.filter((r) => r.kind === 'feel')).toEqual([
      expect.objectContaining({ feel: 'hurt', mobeId: 'neck-circles', targetReps: first.view.targetReps }),
    ]);
    // One answer per set.
    const twice = await core.handlers.answerFeel({ promptId: first.view.promptId, feel: 'same' });
    expect(twice.ok).toBe(false);

    const second = await doSet('hurt', 10);
    expect(second.view.targetReps).toBeLessThan(first.view.targetReps);
    expect(second.view.focus?.smaller).toBe(true);
    expect(second.answer.ok && second.answer.value.hurtTwice).toBe(true);
    const other = second.answer.ok ? second.answer.value.switchTo?.id : undefined;
    expect(CATALOG.find((m) => m.id === other)?.area).toBe('neck');
    expect(other).not.toBe('neck-circles');

    const switched = await core.handlers.switchFocus({ mobeId: other! });
    expect(switched.ok && switched.value.focus.target).toEqual({ mobeId: other });
    const third = await doSet('same', 20);
    expect(third.view.mobe.id).toBe(other);

    // The history view shows the period's sets per day and the feel trend of the focus mobe.
    const history = await core.handlers.getHistory();
    const focus = history.ok ? history.value.focus : undefined;
    expect(focus).toMatchObject({ mobeId: other, setsPerDay: 2 });
    expect(focus?.days.at(-1)).toEqual({ day: '2026-03-02', done: 3, offered: 3 });
    expect(focus?.feels.map((f) => f.feel)).toEqual(['same']);
  });

  it('offers "Start a focus set now" in the tray only while a focus is on', () => {
    expect(makeCore({}).core.tray().canStartFocus).toBe(true);
    expect(makeCore({ target: null }).core.tray().canStartFocus).toBe(false);
    const { core, act } = makeCore({ target: null });
    act('start-focus');
    expect(core.snapshot().prompt).toBeNull();
  });

  it('tells the history view when the focus period changes, and only then', async () => {
    const { core, events } = makeCore({ target: null });
    const historyChanges = () => events.filter((e) => e.type === 'history-changed').length;
    const focus = DEFAULT_SETTINGS.focus;
    await core.handlers.updateSettings({ snoozeMinutes: 7 });
    expect(historyChanges()).toBe(0);
    const res = await core.handlers.updateSettings({
      focus: { ...focus, target: { area: 'hip' }, since: MONDAY_9, until: MONDAY_9 + 7 * 86_400_000 },
    });
    expect(res.ok).toBe(true);
    expect(historyChanges()).toBe(1);
    const history = await core.handlers.getHistory();
    expect(history.ok && history.value.focus?.setsPerDay).toBe(focus.setsPerDay);
    // The same focus again, beside another change: nothing new for the history view.
    await core.handlers.updateSettings({ snoozeMinutes: 8 });
    expect(historyChanges()).toBe(1);
    await core.handlers.updateSettings({ focus: { ...focus } });
    expect(historyChanges()).toBe(2);
    const ended = await core.handlers.getHistory();
    expect(ended.ok && ended.value.focus).toBeUndefined();
  });
});
