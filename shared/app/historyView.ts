import type { EngineSnapshot } from '../engine/types';
import type { HistoryIndex } from '../history/historyIndex';
import type { DaySummary } from '../history/types';
import type { HistoryView } from '../ipc/contract';
import { isWorkDay } from '../schedule/workHours';
import type { Settings } from '../settings/schema';
import { addDays } from '../time/zoned';
import type { DayKey, EpochMs } from '../time/types';

/** Days the history view covers: 26 weeks ending today. */
export const HISTORY_DAYS = 26 * 7;

/** The history window's data: 26 weeks of summaries, today including the bout under way. */
export function buildHistoryView(
  index: HistoryIndex,
  today: DayKey,
  now: EpochMs,
  settings: Settings,
  snapshot: EngineSnapshot,
): HistoryView {
  const goal = settings.dailyGoal;
  const days = index.days(addDays(today, -(HISTORY_DAYS - 1)), today).map((summary) => ({
    ...summary,
    workDay: isWorkDay(summary.day, settings.workHours),
    goalMet: summary.done >= goal,
  }));
  const live = snapshot.sittingSeconds;
  return {
    generatedAt: now,
    today,
    goal,
    todaySummary: withBoutUnderWay(index.summary(today), live),
    currentSittingSeconds: live,
    streaks: index.streaks(today),
    days,
    heldToday: index.held(today).map(({ start, end, reasons }) => ({ start, end, reasons: [...reasons] })),
  };
}

/**
 * A day's summary with the sitting bout still under way counted in: its seconds are added to the
 * day's sitting time, and it is the longest stretch if no recorded one is longer. (A bout is recorded
 * only when it ends; the history view and a replay's last day both show it before that.)
 */
export function withBoutUnderWay<S extends DaySummary>(stored: S, liveSeconds: number): S {
  return {
    ...stored,
    sittingSeconds: stored.sittingSeconds + liveSeconds,
    longestSittingSeconds: Math.max(stored.longestSittingSeconds, liveSeconds),
  };
}
