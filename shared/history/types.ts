import type { Area } from '../catalog/types';
import type { BusyReason } from '../context/reasons';
import type { FeelRecord, FocusMark } from '../focus/types';
import type { DayKey, EpochMs } from '../time/types';

export type { FeelRecord } from '../focus/types';

export type PromptOutcome = 'done' | 'skipped' | 'snoozed' | 'missed';
/** How a prompt closed: one of the recorded outcomes, or `held` (withdrawn unrecorded: the user got busy). */
export type CloseOutcome = PromptOutcome | 'held';
/** Why a prompt was shown: a due break, one the user started, or a preview from settings. */
export type PromptReason = 'due' | 'manual' | 'preview';
export type NaturalBreakReason = 'idle' | 'lock' | 'suspend';
/** What ended a sitting bout; `crash` is a bout the app did not close, recovered from its checkpoint. */
export type BoutEnd = NaturalBreakReason | 'pause' | 'off-hours' | 'shutdown' | 'crash';

/**
 * One line of history. `day` is the local calendar day when the record was made, fixed at that time,
 * so travelling or a later time-zone change never moves a record to another day.
 */
export type HistoryRecord = PromptRecord | NaturalBreakRecord | SittingRecord | HeldRecord | FeelRecord;

/** A spell during a sitting bout when breaks were held because the user was busy (a call, DND, ...). */
export interface HeldRecord {
  kind: 'held';
  start: EpochMs;
  end: EpochMs;
  day: DayKey;
  /** Every reason seen during the spell, in BUSY_REASONS order. */
  reasons: BusyReason[];
}

export interface PromptRecord {
  kind: 'prompt';
  /** When the prompt was shown. */
  at: EpochMs;
  /** When its outcome was known. */
  endedAt: EpochMs;
  day: DayKey;
  reason: PromptReason;
  mobeId: string;
  area: Area;
  outcome: PromptOutcome;
  /** Reps counted when done (may be below target if the user finished early). */
  reps: number;
  targetReps: number;
  /** Set when the prompt was offered as a focus set (see FocusMark); absent on a microbreak. */
  focus?: FocusMark;
}

/** The user walked away (idle, locked, asleep): the sitting clock was reset. */
export interface NaturalBreakRecord {
  kind: 'natural-break';
  start: EpochMs;
  end: EpochMs;
  day: DayKey;
  reason: NaturalBreakReason;
}

/**
 * One unbroken sitting stretch (a bout), closed by a natural break, pause, off hours or shutdown.
 * Its active seconds count toward the day it started (`day`), so daily totals always add up.
 */
export interface SittingRecord {
  kind: 'sitting';
  start: EpochMs;
  end: EpochMs;
  day: DayKey;
  /** Active seconds credited inside the bout (short idle does not count). */
  activeSeconds: number;
  endedBy: BoutEnd;
}

export interface DaySummary {
  day: DayKey;
  done: number;
  skipped: number;
  snoozed: number;
  missed: number;
  /** Sum of reps of done prompts. */
  reps: number;
  /** Active sitting seconds credited that day. */
  sittingSeconds: number;
  /** Longest single sitting bout that day, in active seconds. */
  longestSittingSeconds: number;
  naturalBreaks: number;
  /** Done mobes per body area. */
  areas: Partial<Record<Area, number>>;
}

export interface Streaks {
  /** Work days in a row, up to today, that met the goal; today counts once met and never breaks it. */
  current: number;
  best: number;
}

/**
 * The sitting bout under way, as far as it has been credited: what the crash checkpoint stores.
 * `at` is the wall time up to which `activeSeconds` were credited.
 */
export interface OpenBout {
  start: EpochMs;
  day: DayKey;
  activeSeconds: number;
  at: EpochMs;
}
