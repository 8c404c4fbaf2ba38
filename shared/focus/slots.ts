import { workIntervalsOfDay } from '../schedule/workHours';
import type { WorkHours } from '../time/workWeek';
import type { DayKey, EpochMs, Zone } from '../time/types';

/** Two focus sets are never offered closer together than this. */
export const FOCUS_MIN_GAP_MS = 60 * 60_000;

/**
 * When the day's focus sets are offered: `count` points spread evenly through the day's work time,
 * at (k + ½) / count of it (k = 0 … count-1), so one set comes mid-day and three come at a sixth,
 * a half and five sixths. Work time is the sum of the day's work ranges (a lunch gap between ranges
 * is skipped over). Empty on a day without work hours.
 */
export function focusSlotsOfDay(day: DayKey, zone: Zone, hours: WorkHours, count: number): EpochMs[] {
  const intervals = workIntervalsOfDay(day, zone, hours);
  const total = intervals.reduce((sum, i) => sum + (i.end - i.start), 0);
  if (total <= 0 || count <= 0) return [];
  const out: EpochMs[] = [];
  for (let k = 0; k < count; k++) {
    let left = (total * (k + 0.5)) / count;
    for (const i of intervals) {
      const length = i.end - i.start;
      if (left < length) {
        out.push(Math.round(i.start + left));
        break;
      }
      left -= length;
    }
  }
  return out;
}

/** What the day's focus sets so far look like, for the offer decision. */
export interface FocusDayState {
  /** Focus sets offered (or started) today, declined ones included. */
  offeredToday: number;
  /** When the latest focus set was offered, any day; null when none. */
  lastFocusAt: EpochMs | null;
  /** The previous real prompt (previews aside) was a focus set, declined or not. */
  lastPromptWasFocus: boolean;
}

/**
 * Whether the due prompt at `at` becomes a focus set: a slot has passed that no offer has used yet,
 * the previous prompt was not a focus set (never twice in a row), and the last offer was at least
 * FOCUS_MIN_GAP_MS ago (never twice in the same hour). So no day gets more than `slots.length`.
 * A clock set back before the last offer counts as too soon.
 */
export function shouldOfferFocus(at: EpochMs, slots: readonly EpochMs[], state: FocusDayState): boolean {
  if (state.lastPromptWasFocus) return false;
  if (state.lastFocusAt !== null && at - state.lastFocusAt < FOCUS_MIN_GAP_MS) return false;
  let passed = 0;
  for (const s of slots) if (s <= at) passed++;
  return state.offeredToday < passed;
}
