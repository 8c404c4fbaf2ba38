import { withBoutUnderWay } from '../app/historyView';
import type { FocusFeel } from '../focus/types';
import { HistoryIndex } from '../history/historyIndex';
import type { HistoryRecord } from '../history/types';
import { workIntervalsOfDay } from '../schedule/workHours';
import type { Settings } from '../settings/schema';
import type { Trace } from '../trace/format';
import { addDays, dayFromNumber, dayKeyAt, dayNumber } from '../time/zoned';
import type { DayKey } from '../time/types';
import type { Segment } from './compile';
import { round } from './round';

/**
 * One day of a replay, from the history the replay recorded. The bout still under way when the trace
 * ends counts on the last day, as the history view counts it live.
 */
export interface DayLine {
  event: 'day';
  day: DayKey;
  /** Prompts recorded (due and manual), any outcome. */
  prompts: number;
  duePrompts: number;
  done: number;
  skipped: number;
  snoozed: number;
  missed: number;
  sittingSeconds: number;
  sittingMinutes: number;
  /** Due prompts per hour of recorded sitting; null without sitting time. */
  promptsPerSittingHour: number | null;
  longestStretchMinutes: number;
  naturalBreaks: number;
  /** Idle samples the app asked for that day. */
  samples: number;
  /** Hours of work-hours wall time the trace covered that day (work hours as set at the end). */
  workHours: number;
  /** samples / workHours; null when the trace covered no work hours that day. */
  samplesPerHour: number | null;
  goal: number;
  goalMet: boolean;
  /** Streaks as they stood at the end of the day (later days not counted). */
  streak: { current: number; best: number };
  /**
   * Focus sets that day, on days with any: offered (declined ones included), done, the day's count
   * as set at the end, and the feel answers in order.
   */
  focus?: { offered: number; done: number; setsPerDay: number; feels: FocusFeel[] };
}

export interface DaySources {
  trace: Trace;
  records: readonly HistoryRecord[];
  samplesByDay: ReadonlyMap<DayKey, number>;
  segments: readonly Segment[];
  /** Settings at the end of the replay. */
  settings: Settings;
  /** Active seconds of the sitting bout still open at the end (0 when none is, or the app stopped). */
  openSittingSeconds: number;
}

/** One summary line per local day the replay touched, first to last. */
export function dayLines(sources: DaySources): DayLine[] {
  const { trace, records, samplesByDay, segments, settings } = sources;
  const rules = { dailyGoal: settings.dailyGoal, workHours: settings.workHours };
  const index = new HistoryIndex(records, rules);
  // Streaks as they stood at the end of each day: only that day's and earlier records count.
  const byDay = [...records].sort((a, b) => dayNumber(a.day) - dayNumber(b.day));
  const sofar = new HistoryIndex([], rules);
  let added = 0;
  const workMs = workMsByDay(segments, settings);
  const duePrompts = new Map<DayKey, number>();
  const focus = new Map<DayKey, NonNullable<DayLine['focus']>>();
  const focusOf = (day: DayKey) =>
    focus.get(day) ??
    focus.set(day, { offered: 0, done: 0, setsPerDay: settings.focus.setsPerDay, feels: [] }).get(day)!;
  for (const r of records) {
    if (r.kind === 'prompt' && r.reason === 'due') duePrompts.set(r.day, (duePrompts.get(r.day) ?? 0) + 1);
    if (r.kind === 'prompt' && r.focus) focusOf(r.day).offered++;
    if (r.kind === 'prompt' && r.focus === 'set' && r.outcome === 'done') focusOf(r.day).done++;
    if (r.kind === 'feel') focusOf(r.day).feels.push(r.feel);
  }
  const keys = [
    dayKeyAt(trace.header.at, trace.header.zone),
    dayKeyAt(trace.end, trace.endZone),
    ...records.map((r) => r.day),
    ...samplesByDay.keys(),
  ].map(dayNumber);
  const first = Math.min(...keys);
  const last = Math.max(...keys);
  const endDay = dayKeyAt(trace.end, trace.endZone);
  const out: DayLine[] = [];
  for (let n = first; n <= last; n++) {
    const day = dayFromNumber(n);
    while (added < byDay.length && dayNumber(byDay[added].day) <= n) sofar.add(byDay[added++]);
    const stored = index.summary(day);
    const s = day === endDay ? withBoutUnderWay(stored, sources.openSittingSeconds) : stored;
    const due = duePrompts.get(day) ?? 0;
    const samples = samplesByDay.get(day) ?? 0;
    const hours = (workMs.get(day) ?? 0) / 3_600_000;
    out.push({
      event: 'day',
      day,
      prompts: s.done + s.skipped + s.snoozed + s.missed,
      duePrompts: due,
      done: s.done,
      skipped: s.skipped,
      snoozed: s.snoozed,
      missed: s.missed,
      sittingSeconds: s.sittingSeconds,
      sittingMinutes: round(s.sittingSeconds / 60, 1),
      promptsPerSittingHour: s.sittingSeconds > 0 ? round(due / (s.sittingSeconds / 3600), 2) : null,
      longestStretchMinutes: round(s.longestSittingSeconds / 60, 1),
      naturalBreaks: s.naturalBreaks,
      samples,
      workHours: round(hours, 2),
      samplesPerHour: hours > 0 ? round(samples / hours, 1) : null,
      goal: rules.dailyGoal,
      goalMet: s.done >= rules.dailyGoal,
      streak: sofar.streaks(day),
      ...(focus.has(day) ? { focus: focus.get(day) } : {}),
    });
  }
  return out;
}

/** Work-hours wall time each local day that the trace covered (per clock segment, in its zone). */
function workMsByDay(segments: readonly Segment[], settings: Settings): Map<DayKey, number> {
  const out = new Map<DayKey, number>();
  for (const seg of segments) {
    if (seg.to <= seg.from) continue;
    const last = dayKeyAt(seg.to, seg.zone);
    for (let day = dayKeyAt(seg.from, seg.zone); dayNumber(day) <= dayNumber(last); day = addDays(day, 1)) {
      for (const i of workIntervalsOfDay(day, seg.zone, settings.workHours)) {
        const ms = Math.min(i.end, seg.to) - Math.max(i.start, seg.from);
        if (ms > 0) out.set(day, (out.get(day) ?? 0) + ms);
      }
    }
  }
  return out;
}
