import type { Mobe } from '../catalog/types';
import type { ActivePrompt } from '../engine/types';
import { alternativeTo } from '../focus/choose';
import { focusDoseFor, hurtTwiceInARow } from '../focus/dose';
import { FocusHistory } from '../focus/focusHistory';
import { focusSetFor } from '../focus/offer';
import type { FocusAsk } from '../focus/offer';
import type { FeelRecord, FocusFeel } from '../focus/types';
import type { HistoryRecord } from '../history/types';
import type { BreakFocus, FeelResult, FocusHistoryView } from '../ipc/contract';
import { addDays, dayKeyAt, dayNumber } from '../time/zoned';
import type { Settings } from '../settings/schema';
import type { DayKey, EpochMs } from '../time/types';

/**
 * The core's side of focus sets: which prompt becomes one (through FocusHistory, fed every record),
 * what the break window is told about it, and the answer to "How did that feel?" after it.
 */
export class FocusDesk {
  readonly history: FocusHistory;
  /** The focus set last done, waiting for its feel answer. */
  private waiting: { promptId: string; mobeId: string; area: Mobe['area']; targetReps: number } | null = null;

  constructor(
    records: readonly HistoryRecord[],
    private readonly catalog: readonly Mobe[],
  ) {
    this.history = new FocusHistory(records);
  }

  add(record: HistoryRecord): void {
    this.history.add(record);
  }

  /** The prompt as a focus set (see focusSetFor), or null for a microbreak. */
  prompt(q: Omit<FocusAsk, 'history' | 'catalog'>) {
    const set = focusSetFor({ ...q, history: this.history, catalog: this.catalog });
    if (!set) return null;
    return { mobeId: set.mobe.id, area: set.mobe.area, targetReps: set.reps, focus: 'set' as const };
  }

  /** The history view's focus part (days of the period up to today, the feel trend), or nothing. */
  summary(settings: Settings, today: DayKey, zone: string): { focus?: FocusHistoryView } {
    const f = settings.focus;
    if (f.target === null) return {};
    const mobeId = 'mobeId' in f.target ? f.target.mobeId : this.history.lastFocusMobeId;
    const first = f.since === null ? today : dayKeyAt(f.since, zone);
    const from = dayNumber(first) < dayNumber(today) - 13 ? addDays(today, -13) : first;
    const days: FocusHistoryView['days'] = [];
    for (let d = from; dayNumber(d) <= dayNumber(today); d = addDays(d, 1)) {
      const { done, offered } = this.history.day(d);
      days.push({ day: d, done, offered });
    }
    const feels = mobeId
      ? this.history.feels(mobeId, f.since).map(({ at, day, feel }) => ({ at, day, feel }))
      : [];
    return { focus: { mobeId, since: f.since, until: f.until, setsPerDay: f.setsPerDay, days, feels } };
  }

  /** What the break window shows for a focus set; undefined for a microbreak. */
  viewFor(prompt: ActivePrompt, mobe: Mobe, settings: Settings): BreakFocus | undefined {
    if (prompt.focus !== 'set') return undefined;
    const full = focusDoseFor(mobe, settings.focus.reps, null).reps;
    return { smaller: prompt.targetReps < full, declinable: prompt.reason === 'due' };
  }

  /** A focus set was done: its feel answer may come next. */
  completed(prompt: ActivePrompt): void {
    this.waiting =
      prompt.focus === 'set'
        ? { promptId: prompt.id, mobeId: prompt.mobeId, area: prompt.area, targetReps: prompt.targetReps }
        : null;
  }

  /**
   * The answer to "How did that feel?" for the set `promptId`: the record to keep, and what to tell
   * the user (after two "it hurt" in a row, another mobe for the area). Null when that set is not the
   * one waiting for an answer (answered already, or never done).
   */
  answer(
    promptId: string,
    feel: FocusFeel,
    at: EpochMs,
    day: DayKey,
    settings: Settings,
  ): { record: FeelRecord; result: FeelResult } | null {
    const set = this.waiting;
    if (!set || set.promptId !== promptId) return null;
    this.waiting = null;
    const record: FeelRecord = {
      kind: 'feel',
      at,
      day,
      mobeId: set.mobeId,
      area: set.area,
      feel,
      targetReps: set.targetReps,
    };
    // The record reaches this.history through the core's keep, like every record.
    const mobe = this.catalog.find((m) => m.id === set.mobeId);
    const twice = hurtTwiceInARow([...this.history.feelWords(set.mobeId), feel]);
    const other = twice && mobe ? alternativeTo(mobe, this.catalog, settings) : null;
    return {
      record,
      result: { hurtTwice: twice, switchTo: other, smallerNext: feel === 'hurt' },
    };
  }
}
