import type { Area } from '../catalog/types';
import type { DayKey, EpochMs } from '../time/types';
import { dayFromNumber, dayNumber, isDayKey, weekdayOfDay } from '../time/zoned';
import { StreakTracker } from './streaks';
import type { StreakRules } from './streaks';
import { applyRecord, emptyDay } from './summaries';
import type { DaySummary, HeldRecord, HistoryRecord, Streaks } from './types';

/**
 * Everything the app asks of its history, kept up to date as records arrive: per-day summaries,
 * streaks, and what rotation needs. `add` costs O(1) however long the history is; only `setRules`
 * (goal or work hours changed) rebuilds, in O(days).
 *
 * A record belongs to the day in its own `day` field, never to a day recomputed from its time.
 * Records must already be valid (see recordSchema.ts); a record with a malformed day throws.
 */
export class HistoryIndex {
  private readonly byDay = new Map<DayKey, DaySummary>();
  /** Prompts shown per area per day, any outcome, previews excluded. */
  private readonly shownByDay = new Map<DayKey, Partial<Record<Area, number>>>();
  /** Prompts shown per mobe id per day, previews excluded. */
  private readonly shownMobesByDay = new Map<DayKey, Map<string, number>>();
  /** The spells breaks were held per day, in the order recorded. */
  private readonly heldByDay = new Map<DayKey, HeldRecord[]>();
  private tracker: StreakTracker;
  private currentRules: StreakRules;
  private count = 0;
  private lastPrompt: { at: EpochMs; mobeId: string } | null = null;

  constructor(records: Iterable<HistoryRecord>, rules: StreakRules) {
    this.currentRules = rules;
    this.tracker = new StreakTracker(rules);
    for (const r of records) this.add(r);
  }

  add(record: HistoryRecord): void {
    if (!isDayKey(record.day))
      throw new RangeError(`history record has a malformed day: ${String(record.day)}`);
    const before = this.byDay.get(record.day) ?? emptyDay(record.day);
    const after = applyRecord(before, record);
    this.byDay.set(record.day, after);
    this.tracker.observe(after);
    this.count++;
    if (record.kind === 'held') {
      const spells = this.heldByDay.get(record.day) ?? [];
      spells.push(record);
      this.heldByDay.set(record.day, spells);
    }
    if (record.kind === 'prompt' && record.reason !== 'preview') {
      const shown = this.shownByDay.get(record.day) ?? {};
      shown[record.area] = (shown[record.area] ?? 0) + 1;
      this.shownByDay.set(record.day, shown);
      const mobes = this.shownMobesByDay.get(record.day) ?? new Map<string, number>();
      mobes.set(record.mobeId, (mobes.get(record.mobeId) ?? 0) + 1);
      this.shownMobesByDay.set(record.day, mobes);
      if (!this.lastPrompt || record.at >= this.lastPrompt.at) {
        this.lastPrompt = { at: record.at, mobeId: record.mobeId };
      }
    }
  }

  /** The day's summary; an empty one for a day without records. */
  summary(day: DayKey): DaySummary {
    return this.byDay.get(day) ?? emptyDay(day);
  }

  /** The day's held spells (breaks held while the user was busy), earliest first. */
  held(day: DayKey): readonly HeldRecord[] {
    const spells = this.heldByDay.get(day);
    return spells ? [...spells].sort((a, b) => a.start - b.start) : [];
  }

  streaks(today: DayKey): Streaks {
    return this.tracker.streaks(today);
  }

  /** Every day from `fromDay` to `toDay` inclusive, oldest first, days without records included. */
  days(fromDay: DayKey, toDay: DayKey): DaySummary[] {
    const out: DaySummary[] = [];
    for (let n = dayNumber(fromDay), last = dayNumber(toDay); n <= last; n++) {
      out.push(this.summary(dayFromNumber(n)));
    }
    return out;
  }

  get rules(): StreakRules {
    return this.currentRules;
  }

  /** New goal or work hours: streaks are recomputed over the whole history (O(days)). */
  setRules(rules: StreakRules): void {
    this.currentRules = rules;
    this.tracker = StreakTracker.fromSummaries(this.byDay.values(), rules);
  }

  isWorkDay(day: DayKey): boolean {
    return this.currentRules.workHours[weekdayOfDay(day)].length > 0;
  }

  goalMet(day: DayKey): boolean {
    return this.summary(day).done >= this.currentRules.dailyGoal;
  }

  get recordCount(): number {
    return this.count;
  }

  /** The mobe of the latest prompt that was a real break (previews excluded), for "never back to back". */
  get lastPromptMobeId(): string | null {
    return this.lastPrompt?.mobeId ?? null;
  }

  /** Prompts shown that day per body area, whatever their outcome (previews excluded): for rotation. */
  todayAreaPromptCounts(day: DayKey): Partial<Record<Area, number>> {
    return { ...this.shownByDay.get(day) };
  }

  /** Prompts shown that day per mobe id, whatever their outcome (previews excluded): for rotation. */
  todayMobePromptCounts(day: DayKey): Partial<Record<string, number>> {
    return Object.fromEntries(this.shownMobesByDay.get(day) ?? []);
  }

  /** All day summaries, keyed by day (for a full recomputation or a check). */
  summaries(): ReadonlyMap<DayKey, DaySummary> {
    return this.byDay;
  }
}
