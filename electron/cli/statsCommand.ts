import { HistoryIndex } from '../../shared/history/historyIndex';
import { readHistoryText } from '../../shared/history/readHistory';
import type { HistoryRecord } from '../../shared/history/types';
import { isWorkDay } from '../../shared/schedule/workHours';
import { applySettingsPatch, DEFAULT_SETTINGS } from '../../shared/settings/schema';
import { dayFromNumber, dayNumber, isDayKey } from '../../shared/time/zoned';
import type { DayKey } from '../../shared/time/types';
import { onePositional, parseArgs } from './args';
import { CliError, usageError } from './errors';
import type { CliIo } from './io';
import { readInput } from './io';
import { renderTable } from './table';

/** A century of days: anything longer is a wrong date, and would print millions of lines. */
const MAX_SPAN_DAYS = 36_600;

export interface StatsDay {
  event: 'day';
  day: DayKey;
  workDay: boolean;
  done: number;
  skipped: number;
  snoozed: number;
  missed: number;
  reps: number;
  goal: number;
  goalMet: boolean;
  sittingMinutes: number;
  longestStretchMinutes: number;
  naturalBreaks: number;
  /** Streaks as they stood at the end of the day. */
  streak: { current: number; best: number };
}

/**
 * `mobes stats FILE [--json] [--goal N] [--today YYYY-MM-DD] [--strict]`: daily summaries and streaks of
 * a history (our JSON export, or JSON Lines of records such as the app's own history.jsonl), judged with
 * the default work hours and goal (or --goal). Streaks are as of --today, by default the last day in the
 * file. Every readable record is counted; each line that is not is named on stderr, and with --strict
 * any unreadable line is an error (exit 1).
 */
export function statsCommand(argv: readonly string[], io: CliIo): number {
  const args = parseArgs('stats', argv, { flags: ['json', 'strict'], values: ['goal', 'today'] });
  const file = onePositional('stats', args, 'history file');
  const goal = goalOption(args.values.get('goal'));
  const todayOption = args.values.get('today');
  if (todayOption !== undefined && !isDayKey(todayOption)) {
    throw usageError(`option --today must be a date as YYYY-MM-DD, got "${todayOption}"`);
  }

  const read = readHistoryText(readInput(io, file));
  if (!read.ok) throw new CliError(`${file}: ${read.error}`);
  const { records, skipped, newer } = read.reading;
  const place = (where: string) => (/^\d+$/.test(where) ? `${file}:${where}` : `${file}: ${where}`);
  for (const s of skipped) io.stderr(`mobes: ${place(s.where)}: skipped: ${s.error}\n`);
  for (const s of newer) io.stderr(`mobes: ${place(s.where)}: not counted: ${s.error}\n`);
  if (args.flags.has('strict') && skipped.length) {
    const n = skipped.length;
    throw new CliError(`${file}: ${n} ${n === 1 ? 'record' : 'records'} could not be read (--strict)`);
  }
  if (!records.length) throw new CliError(`${file}: no readable history records in the file`);

  const rules = { dailyGoal: goal, workHours: DEFAULT_SETTINGS.workHours };
  const days = dailyStats(records, rules);
  const today = todayOption ?? days[days.length - 1].day;
  const streaks = new HistoryIndex(records, rules).streaks(today);

  if (args.flags.has('json')) {
    const lines = [...days, { event: 'streaks', today, goal, ...streaks }];
    io.stdout(lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
    return 0;
  }
  const rows = days.map((d) => [
    d.day,
    d.workDay ? 'work' : 'off',
    `${d.done}/${d.goal}${d.goalMet ? ' ✓' : ''}`,
    d.skipped + d.snoozed + d.missed,
    d.sittingMinutes,
    d.longestStretchMinutes,
    d.naturalBreaks,
    d.streak.current,
  ]);
  io.stdout(
    renderTable(['day', 'kind', 'done', 'not done', 'sitting min', 'longest min', 'breaks', 'streak'], rows),
  );
  io.stdout(
    `\nAs of ${today}: current streak ${streaks.current}, best ${streaks.best} (goal ${goal} a work day).\n`,
  );
  return 0;
}

function goalOption(value: string | undefined): number {
  if (value === undefined) return DEFAULT_SETTINGS.dailyGoal;
  const n = Number(value);
  const checked = applySettingsPatch(DEFAULT_SETTINGS, { dailyGoal: value.trim() === '' ? NaN : n });
  if (!checked.ok) throw usageError(`option --goal ${checked.errors[0].message}, got "${value}"`);
  return checked.value.dailyGoal;
}

/** One entry per day from the first to the last recorded day, with streaks as of each day. */
export function dailyStats(
  records: readonly HistoryRecord[],
  rules: { dailyGoal: number; workHours: typeof DEFAULT_SETTINGS.workHours },
): StatsDay[] {
  const sorted = [...records].sort((a, b) => dayNumber(a.day) - dayNumber(b.day));
  const index = new HistoryIndex([], rules);
  const out: StatsDay[] = [];
  let next = 0;
  const first = dayNumber(sorted[0].day);
  const last = dayNumber(sorted[sorted.length - 1].day);
  if (last - first > MAX_SPAN_DAYS) {
    throw new CliError(
      `the records span ${sorted[0].day} to ${sorted[sorted.length - 1].day}; is a date wrong?`,
    );
  }
  for (let n = first; n <= last; n++) {
    while (next < sorted.length && dayNumber(sorted[next].day) <= n) index.add(sorted[next++]);
    const day = dayFromNumber(n);
    const s = index.summary(day);
    out.push({
      event: 'day',
      day,
      workDay: isWorkDay(day, rules.workHours),
      done: s.done,
      skipped: s.skipped,
      snoozed: s.snoozed,
      missed: s.missed,
      reps: s.reps,
      goal: rules.dailyGoal,
      goalMet: s.done >= rules.dailyGoal,
      sittingMinutes: Math.round(s.sittingSeconds / 6) / 10,
      longestStretchMinutes: Math.round(s.longestSittingSeconds / 6) / 10,
      naturalBreaks: s.naturalBreaks,
      streak: index.streaks(day),
    });
  }
  return out;
}
