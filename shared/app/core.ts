import { CATALOG } from '../catalog/catalog';
import { breakSecondsFor, targetRepsFor } from '../catalog/reps';
import type { Mobe } from '../catalog/types';
import { Engine } from '../engine/engine';
import type { EngineInput, EngineSnapshot } from '../engine/types';
import { toCsv, toJson } from '../history/export';
import { HistoryIndex } from '../history/historyIndex';
import type { HistoryRecord, OpenBout, PromptReason } from '../history/types';
import type { BreakView, ExportFormat, RequestHandlers, SettingsView, TodayStatus } from '../ipc/contract';
import { fail, ok } from '../ipc/contract';
import { selectMobe } from '../selection/select';
import { applySettingsPatch } from '../settings/schema';
import type { Settings } from '../settings/schema';
import { dayKeyAt, startOfDay, startOfNextDayAt } from '../time/zoned';
import type { EpochMs } from '../time/types';
import type { CorePorts, TrayState } from './ports';
import { sameTray, trayStateFor } from './trayState';
import { buildHistoryView } from './historyView';
import { FocusDesk } from './focusDesk';
import { focusHandlers } from './focusHandlers';

export interface CoreInit {
  settings: Settings;
  history: readonly HistoryRecord[];
  platform: SettingsView['platform'];
  catalog?: readonly Mobe[];
}

/**
 * The app's brain as one object: the engine, the history index, settings and mobe selection, wired
 * together behind the request handlers of the IPC contract. Hosts (Electron main, the browser host)
 * only feed it inputs and carry out what it tells them through the ports.
 */
export class MobesCore {
  readonly handlers: RequestHandlers;
  private readonly engine: Engine;
  private readonly index: HistoryIndex;
  readonly focus: FocusDesk;
  private readonly catalog: readonly Mobe[];
  private readonly byId: ReadonlyMap<string, Mobe>;
  private settings: Settings;
  private lastMobeId: string | null;
  private lastTray: TrayState | null = null;
  /** The local day last asked for, valid from `from` until `until` in `zone` (the tray asks per sample). */
  private dayCache = { day: '', zone: '', from: 0, until: 0 };

  constructor(
    private readonly ports: CorePorts,
    init: CoreInit,
  ) {
    this.catalog = init.catalog ?? CATALOG;
    this.byId = new Map(this.catalog.map((m) => [m.id, m]));
    this.settings = init.settings;
    this.index = new HistoryIndex(init.history, rulesOf(init.settings));
    this.focus = new FocusDesk(init.history, this.catalog);
    this.lastMobeId = this.index.lastPromptMobeId;
    this.engine = new Engine({
      settings: init.settings,
      zone: ports.zone(),
      at: ports.now(),
      pickMobe: (reason, requestedId, ask) => this.pick(reason, requestedId, ask),
    });
    this.handlers = this.makeHandlers(init.platform);
  }

  /** Feeds one input to the engine and carries out its decisions. */
  input(input: EngineInput): void {
    const decisions = this.engine.handle(input);
    if (decisions.length === 0) {
      this.refreshTray();
      return;
    }
    const records: HistoryRecord[] = [];
    for (const d of decisions) {
      switch (d.type) {
        case 'record':
          records.push(d.record);
          break;
        case 'prompt': {
          const view = this.breakView();
          if (view) this.ports.notify({ type: 'break-shown', view });
          break;
        }
        case 'close-prompt':
          this.ports.notify({ type: 'break-ended', promptId: d.promptId, outcome: d.outcome });
          break;
        case 'phase':
          break;
      }
      this.ports.observe?.(d);
    }
    this.keep(records, true);
    this.refreshTray();
  }

  /**
   * Adds records to the history: the index, the focus sets' view of it, the file. Records that did not
   * come from an engine decision (the feel answer) are shown to the host's observer as one.
   */
  keep(records: readonly HistoryRecord[], observed = false): void {
    if (!records.length) return;
    for (const r of records) {
      this.index.add(r);
      this.focus.add(r);
      if (!observed) this.ports.observe?.({ type: 'record', at: this.ports.now(), record: r });
    }
    this.ports.appendHistory(records);
    this.ports.notify({ type: 'history-changed' });
  }

  nextWakeAt(): EpochMs | null {
    return this.engine.nextWakeAt();
  }

  /** The sitting bout under way, for the crash checkpoint (electron/store/boutCheckpoint.ts). */
  openBout(): OpenBout | null {
    return this.engine.openBout();
  }

  snapshot(): EngineSnapshot {
    return this.engine.snapshot();
  }

  currentSettings(): Settings {
    return this.settings;
  }

  tray(): TrayState {
    return trayStateFor(this.engine.snapshot(), this.today(), this.settings, this.ports.translator?.());
  }

  today(): TodayStatus {
    const day = this.dayAt(this.ports.now());
    return {
      day,
      done: this.index.summary(day).done,
      goal: this.settings.dailyGoal,
      streaks: this.index.streaks(day),
    };
  }

  exportContent(
    format: ExportFormat,
    records: readonly HistoryRecord[],
  ): { fileName: string; content: string } {
    const now = this.ports.now();
    const day = this.dayAt(now);
    return format === 'csv'
      ? { fileName: `mobes-history-${day}.csv`, content: toCsv(records) }
      : { fileName: `mobes-history-${day}.json`, content: toJson(records, now) };
  }

  private focusNow(at: EpochMs, day = this.dayAt(at)) {
    return { at, day, zone: this.engine.currentZone, settings: this.settings };
  }

  /** The local day at `at`, in the zone the engine records in; cached until the day changes. */
  private dayAt(at: EpochMs): string {
    const zone = this.engine.currentZone;
    const c = this.dayCache;
    if (zone !== c.zone || at < c.from || at >= c.until) {
      const day = dayKeyAt(at, zone);
      this.dayCache = { day, zone, from: startOfDay(day, zone), until: startOfNextDayAt(at, zone) };
    }
    return this.dayCache.day;
  }

  private pick(reason: PromptReason, requestedId: string | undefined, ask?: 'focus' | 'declined') {
    const at = this.ports.now();
    const day = this.dayAt(at);
    const focusSet = requestedId ? null : this.focus.prompt({ ...this.focusNow(at, day), reason, ask });
    if (focusSet) this.lastMobeId = focusSet.mobeId;
    if (focusSet || ask === 'focus') return focusSet;
    const mobe = selectMobe({
      catalog: this.catalog,
      prefs: this.settings,
      todayAreaCounts: this.index.todayAreaPromptCounts(day),
      todayMobeCounts: this.index.todayMobePromptCounts(day),
      lastMobeId: this.lastMobeId,
      random: this.ports.random,
      requestedId,
    });
    if (!mobe) return null;
    if (reason !== 'preview') this.lastMobeId = mobe.id;
    return {
      mobeId: mobe.id,
      area: mobe.area,
      targetReps: targetRepsFor(mobe, this.settings.breakLengthSeconds),
      ...(ask === 'declined' ? { focus: 'declined' as const } : {}),
    };
  }

  private breakView(): BreakView | null {
    const prompt = this.engine.snapshot().prompt;
    const mobe = prompt && this.byId.get(prompt.mobeId);
    if (!prompt || !mobe) return null;
    return {
      promptId: prompt.id,
      reason: prompt.reason,
      mobe,
      targetReps: prompt.targetReps,
      breakSeconds: Math.round(breakSecondsFor(mobe, prompt.targetReps)),
      sound: this.settings.sound,
      reducedMotion: this.settings.reducedMotion,
      today: this.today(),
      ...(prompt.after && prompt.after.length > 0 ? { after: [...prompt.after] } : {}),
      ...(prompt.focus === 'set' ? { focus: this.focus.viewFor(prompt, mobe, this.settings) } : {}),
    };
  }

  private refreshTray(): void {
    const tray = this.tray();
    if (this.lastTray && sameTray(this.lastTray, tray)) return;
    this.lastTray = tray;
    this.ports.notify({ type: 'tray-changed', tray });
  }

  /** Feeds a user action on the prompt `promptId`; not-found when that break has ended. */
  act(input: EngineInput, promptId: string) {
    const prompt = this.engine.snapshot().prompt;
    if (!prompt || prompt.id !== promptId) return fail('not-found', 'That break has already ended.');
    this.input(input);
    return ok(null);
  }

  applySettings(next: Settings): void {
    const prev = this.settings;
    this.settings = next;
    this.ports.saveSettings(next);
    this.input({ type: 'settings', at: this.ports.now(), settings: next });
    const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
    const rulesChanged = prev.dailyGoal !== next.dailyGoal || !same(prev.workHours, next.workHours);
    if (rulesChanged) this.index.setRules(rulesOf(next));
    // The history view shows the goal, the work days and the focus period: it changes with them.
    if (rulesChanged || !same(prev.focus, next.focus)) this.ports.notify({ type: 'history-changed' });
    this.ports.notify({ type: 'settings-changed', settings: next });
    this.refreshTray();
  }

  private makeHandlers(platform: SettingsView['platform']): RequestHandlers {
    return {
      getCurrentBreak: () => ok(this.breakView()),
      completeBreak: ({ promptId, reps }) => {
        const prompt = this.engine.snapshot().prompt;
        if (prompt?.id === promptId) this.focus.completed(prompt);
        const done = this.act({ type: 'action', at: this.ports.now(), action: 'done', reps }, promptId);
        return done.ok ? ok(this.today()) : done;
      },
      skipBreak: ({ promptId }) =>
        this.act({ type: 'action', at: this.ports.now(), action: 'skip' }, promptId),
      snoozeBreak: ({ promptId }) =>
        this.act({ type: 'action', at: this.ports.now(), action: 'snooze' }, promptId),
      hideMobe: ({ mobeId }) => {
        if (!this.byId.has(mobeId)) return fail('not-found', `No mobe is called "${mobeId}".`);
        if (this.settings.hiddenMobes.includes(mobeId)) return ok(null);
        const patched = applySettingsPatch(this.settings, {
          hiddenMobes: [...this.settings.hiddenMobes, mobeId],
          likedMobes: this.settings.likedMobes.filter((id) => id !== mobeId),
        });
        if (!patched.ok) return fail('invalid-settings', patched.errors[0].message, patched.errors);
        this.applySettings(patched.value);
        return ok(null);
      },
      closeBreak: () => {
        this.ports.notify({ type: 'break-closed' });
        return ok(null);
      },
      previewMobe: ({ mobeId }) => {
        if (mobeId && !this.byId.has(mobeId)) return fail('not-found', `No mobe is called "${mobeId}".`);
        if (this.engine.snapshot().prompt) return fail('unavailable', 'A break is already showing.');
        this.input({ type: 'action', at: this.ports.now(), action: 'preview', mobeId });
        return ok(null);
      },
      getHistory: () => {
        const now = this.ports.now();
        const day = this.dayAt(now);
        const view = buildHistoryView(this.index, day, now, this.settings, this.engine.snapshot());
        return ok({ ...view, ...this.focus.summary(this.settings, day, this.engine.currentZone) });
      },
      exportHistory: () => fail('unavailable', 'Export is not available here.'),
      getSettings: () => ok({ settings: this.settings, catalog: this.catalog, platform }),
      updateSettings: (patch) => {
        const result = applySettingsPatch(this.settings, patch);
        if (!result.ok) {
          const first = result.errors[0];
          return fail('invalid-settings', `${first.field} ${first.message}`, result.errors);
        }
        this.applySettings(result.value);
        return ok(result.value);
      },
      // A host that knows the system's languages (the shell, the browser host) answers this itself.
      getPreferredLanguages: () => ok([]),
      ...focusHandlers(this, () => this.focusNow(this.ports.now())),
    };
  }
}

function rulesOf(settings: Settings) {
  return { dailyGoal: settings.dailyGoal, workHours: settings.workHours };
}
