import type { EngineSnapshot } from '../engine/types';
import type { HistoryIndex } from '../history/historyIndex';
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
  const stored = index.summary(today);
  const live = snapshot.sittingSeconds;
  return {
    generatedAt: now,
    today,
    goal,
    todaySummary: {
      ...stored,
      sittingSeconds: stored.sittingSeconds + live,
      longestSittingSeconds: Math.max(stored.longestSittingSeconds, live),
    },
    currentSittingSeconds: live,
    streaks: index.streaks(today),
    days,
  };
}
