import type { DayKey } from '../time/types';
import type { DaySummary, HistoryRecord } from './types';

export function emptyDay(day: DayKey): DaySummary {
  return {
    day,
    done: 0,
    skipped: 0,
    snoozed: 0,
    missed: 0,
    reps: 0,
    sittingSeconds: 0,
    longestSittingSeconds: 0,
    naturalBreaks: 0,
    areas: {},
  };
}

/**
 * The summary with one more record folded in (pure, O(1)). The record is expected to belong to the
 * summary's day (records are attributed by their own `day` field).
 *
 * Preview prompts ("try a mobe now" from settings) are not breaks: they do not count toward the goal,
 * the outcome counts, reps or area balance.
 */
export function applyRecord(summary: DaySummary, record: HistoryRecord): DaySummary {
  switch (record.kind) {
    case 'prompt': {
      if (record.reason === 'preview') return summary;
      const next = { ...summary, [record.outcome]: summary[record.outcome] + 1 };
      if (record.outcome === 'done') {
        next.reps = summary.reps + record.reps;
        next.areas = { ...summary.areas, [record.area]: (summary.areas[record.area] ?? 0) + 1 };
      }
      return next;
    }
    case 'sitting':
      return {
        ...summary,
        sittingSeconds: summary.sittingSeconds + record.activeSeconds,
        longestSittingSeconds: Math.max(summary.longestSittingSeconds, record.activeSeconds),
      };
    case 'natural-break':
      return { ...summary, naturalBreaks: summary.naturalBreaks + 1 };
    case 'held':
      return summary; // shown as spells in the day view, not counted in the summary
    case 'feel':
      return summary; // the focus view reads these (shared/focus/focusHistory.ts)
  }
}
