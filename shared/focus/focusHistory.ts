import type { HistoryRecord } from '../history/types';
import type { DayKey, EpochMs } from '../time/types';
import type { LastFeel } from './dose';
import type { FocusDayState } from './slots';
import type { FeelRecord, FocusFeel } from './types';

/** One day's focus sets for the history view. */
export interface FocusDay {
  day: DayKey;
  /** Focus sets offered or started (declined ones included). */
  offered: number;
  /** Focus sets done. */
  done: number;
}

/**
 * What the focus sets need from the history, kept up to date record by record (O(1) per record):
 * the offers per day, the latest focus set, whether the latest prompt was one, and every answer to
 * "How did that feel?" per mobe.
 */
export class FocusHistory {
  private readonly byDay = new Map<DayKey, FocusDay>();
  private readonly feelsByMobe = new Map<string, FeelRecord[]>();
  private lastPromptAt = Number.NEGATIVE_INFINITY;
  private lastWasFocus = false;
  /** When the latest focus set was offered (declined or not), and the mobe of the latest one kept. */
  private lastOfferAt: EpochMs | null = null;
  private lastSet: { at: EpochMs; mobeId: string } | null = null;

  constructor(records: Iterable<HistoryRecord> = []) {
    for (const r of records) this.add(r);
  }

  add(record: HistoryRecord): void {
    if (record.kind === 'feel') {
      const list = this.feelsByMobe.get(record.mobeId) ?? [];
      list.push(record);
      this.feelsByMobe.set(record.mobeId, list);
      return;
    }
    if (record.kind !== 'prompt' || record.reason === 'preview') return;
    if (record.at >= this.lastPromptAt) {
      this.lastPromptAt = record.at;
      this.lastWasFocus = record.focus !== undefined;
    }
    if (record.focus === undefined) return;
    const day = this.byDay.get(record.day) ?? { day: record.day, offered: 0, done: 0 };
    day.offered++;
    if (record.focus === 'set' && record.outcome === 'done') day.done++;
    this.byDay.set(record.day, day);
    if (this.lastOfferAt === null || record.at >= this.lastOfferAt) this.lastOfferAt = record.at;
    if (record.focus === 'set' && (!this.lastSet || record.at >= this.lastSet.at)) {
      this.lastSet = { at: record.at, mobeId: record.mobeId };
    }
  }

  /** The offer decision's view of `day` (see shouldOfferFocus). */
  dayState(day: DayKey): FocusDayState {
    return {
      offeredToday: this.byDay.get(day)?.offered ?? 0,
      lastFocusAt: this.lastOfferAt,
      lastPromptWasFocus: this.lastWasFocus,
    };
  }

  day(day: DayKey): FocusDay {
    return { ...(this.byDay.get(day) ?? { day, offered: 0, done: 0 }) };
  }

  /** The mobe of the latest focus set, for keeping an area's focus on one mobe. */
  get lastFocusMobeId(): string | null {
    return this.lastSet?.mobeId ?? null;
  }

  lastFeel(mobeId: string): LastFeel | null {
    const list = this.feelsByMobe.get(mobeId);
    const last = list?.[list.length - 1];
    return last ? { feel: last.feel, targetReps: last.targetReps } : null;
  }

  /** Every answer for the mobe, oldest first; `since` keeps only those of the focus period. */
  feels(mobeId: string, since: EpochMs | null = null): FeelRecord[] {
    const list = this.feelsByMobe.get(mobeId) ?? [];
    return since === null ? [...list] : list.filter((f) => f.at >= since);
  }

  feelWords(mobeId: string): FocusFeel[] {
    return (this.feelsByMobe.get(mobeId) ?? []).map((f) => f.feel);
  }
}
