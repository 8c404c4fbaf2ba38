import { vi } from 'vitest';
import { CATALOG } from '../../shared/catalog/catalog';
import type { Mobe } from '../../shared/catalog/types';
import { emptyDay } from '../../shared/history/summaries';
import type {
  BreakView,
  Events,
  HistoryDay,
  HistoryView,
  MobesApi,
  Result,
  SettingsView,
  TodayStatus,
} from '../../shared/ipc/contract';
import { applySettingsPatch, DEFAULT_SETTINGS, type Settings } from '../../shared/settings/schema';

/** A MobesApi double: every request is a vi.fn answering from plain data; events are emitted by hand. */
export interface FakeApi {
  api: MobesApi;
  emit: { [K in keyof Events]: (payload: Events[K]) => void };
  /** Listener counts, to check that views unsubscribe. */
  listeners(): number;
  state: { settings: Settings; today: TodayStatus; history: HistoryView; current: BreakView | null };
}

const ok = <T>(value: T): Result<T> => ({ ok: true, value });

export function mobeById(id: string): Mobe {
  const m = CATALOG.find((x) => x.id === id);
  if (!m) throw new Error(`no mobe ${id}`);
  return m;
}

export function makeToday(over: Partial<TodayStatus> = {}): TodayStatus {
  return { day: '2025-03-05', done: 2, goal: 8, streaks: { current: 3, best: 9 }, ...over };
}

export function makeView(mobeId = 'neck-circles', over: Partial<BreakView> = {}): BreakView {
  const mobe = mobeById(mobeId);
  const targetReps = over.targetReps ?? mobe.reps.min;
  return {
    promptId: `p-${mobeId}`,
    reason: 'due',
    mobe,
    targetReps,
    breakSeconds: Math.round(targetReps * mobe.secondsPerRep),
    sound: false,
    reducedMotion: 'off',
    today: makeToday(),
    ...over,
  };
}

/** 182 days ending 2025-03-05 (a Wednesday); weekends are non-work days; a pattern of done counts. */
export function makeHistory(goal = 8): HistoryView {
  const end = Date.UTC(2025, 2, 5);
  const days: HistoryDay[] = [];
  for (let i = 181; i >= 0; i--) {
    const d = new Date(end - i * 86_400_000);
    const key = d.toISOString().slice(0, 10);
    const weekday = d.getUTCDay();
    const workDay = weekday !== 0 && weekday !== 6;
    const done = workDay ? (i * 7) % 11 : 0;
    days.push({
      ...emptyDay(key),
      done,
      reps: done * 12,
      sittingSeconds: workDay ? 5 * 3600 : 0,
      longestSittingSeconds: workDay ? 3000 : 0,
      areas: done ? { neck: Math.ceil(done / 2), hip: Math.floor(done / 2) } : {},
      workDay,
      goalMet: workDay && done >= goal,
    });
  }
  const today = days[days.length - 1];
  return {
    generatedAt: end + 15 * 3600_000,
    today: today.day,
    goal,
    todaySummary: { ...today, done: 3, sittingSeconds: 4 * 3600 + 20 * 60, longestSittingSeconds: 55 * 60 },
    currentSittingSeconds: 12 * 60,
    streaks: { current: 4, best: 11 },
    days,
    // A call from 10:00 to 10:25 and Do Not Disturb from 14:00 to 14:40 (UTC), on the last day.
    heldToday: [
      { start: end + 10 * 3600_000, end: end + 10 * 3600_000 + 25 * 60_000, reasons: ['call'] },
      { start: end + 14 * 3600_000, end: end + 14 * 3600_000 + 40 * 60_000, reasons: ['call', 'dnd'] },
    ],
  };
}

export function createFakeApi(init: { current?: BreakView | null; settings?: Settings } = {}): FakeApi {
  const subs: { [K in keyof Events]: Set<(p: Events[K]) => void> } = {
    breakShown: new Set(),
    breakEnded: new Set(),
    historyChanged: new Set(),
    settingsChanged: new Set(),
    breakShortcut: new Set(),
  };
  const state = {
    settings: init.settings ?? structuredClone(DEFAULT_SETTINGS),
    today: makeToday(),
    history: makeHistory(),
    current: init.current ?? null,
  };
  const on =
    <K extends keyof Events>(k: K) =>
    (listener: (p: Events[K]) => void) => {
      subs[k].add(listener);
      return () => void subs[k].delete(listener);
    };
  const settingsView = (): SettingsView => ({
    settings: state.settings,
    catalog: CATALOG,
    platform: 'linux',
  });

  const api: MobesApi = {
    getCurrentBreak: vi.fn(async () => ok(state.current)),
    completeBreak: vi.fn(async ({ reps }: { promptId: string; reps: number }) => {
      state.today = { ...state.today, done: state.today.done + (reps > 0 ? 1 : 0) };
      return ok(state.today);
    }),
    skipBreak: vi.fn(async () => ok(null)),
    snoozeBreak: vi.fn(async () => ok(null)),
    hideMobe: vi.fn(async () => ok(null)),
    closeBreak: vi.fn(async () => ok(null)),
    previewMobe: vi.fn(async () => ok(null)),
    getHistory: vi.fn(async () => ok(state.history)),
    exportHistory: vi.fn(async ({ format }: { format: 'csv' | 'json' }) =>
      ok({ saved: true, path: `/home/me/mobes-history.${format}` }),
    ),
    getSettings: vi.fn(async () => ok(settingsView())),
    updateSettings: vi.fn(async (patch: Partial<Settings>) => {
      const r = applySettingsPatch(state.settings, patch);
      if (!r.ok) {
        return {
          ok: false,
          error: { code: 'invalid-settings', message: r.errors[0].message, fields: r.errors },
        };
      }
      state.settings = r.value;
      return ok(r.value);
    }) as MobesApi['updateSettings'],
    getPreferredLanguages: vi.fn(async () => ok(['en-GB'])),
    declineFocus: vi.fn(async () => ok(null)),
    answerFeel: vi.fn(async () => ok({ hurtTwice: false, switchTo: null, smallerNext: false })),
    switchFocus: vi.fn(async () => ok(state.settings)),
    onBreakShown: on('breakShown'),
    onBreakEnded: on('breakEnded'),
    onHistoryChanged: on('historyChanged'),
    onSettingsChanged: on('settingsChanged'),
    onBreakShortcut: on('breakShortcut'),
  };
  const emitter =
    <K extends keyof Events>(k: K) =>
    (p: Events[K]) => {
      for (const l of [...subs[k]]) l(p);
    };
  return {
    api,
    state,
    emit: {
      breakShown: emitter('breakShown'),
      breakEnded: emitter('breakEnded'),
      historyChanged: emitter('historyChanged'),
      settingsChanged: emitter('settingsChanged'),
      breakShortcut: emitter('breakShortcut'),
    },
    listeners: () => Object.values(subs).reduce((n, s) => n + s.size, 0),
  };
}
