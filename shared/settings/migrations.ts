import { toMinutes, WEEKDAYS } from '../time/workWeek';
import type { TimeRange, Weekday, WorkHours } from '../time/workWeek';
import { describeValue } from './messages';
import { DEFAULT_SETTINGS, timeOfDay } from './schema';
import type { FieldError } from './schema';

/**
 * Settings files as the app wrote them over time, and how each becomes the next.
 *
 * - Version 0: files written before the version was stored. Same fields as version 1.
 * - Version 1: `intervalMinutes` (now breakIntervalMinutes); one schedule for all work days:
 *   `workDays` (ISO weekday numbers, 1 = Monday .. 7 = Sunday) with `workStart`/`workEnd` ('HH:MM';
 *   an end earlier than the start was an overnight shift ending the next morning); no snooze length,
 *   lull settings or reduced-motion choice (those behaved like today's defaults).
 * - Version 2 (current): see schema.ts.
 */
export interface SettingsV1 {
  version?: 1;
  intervalMinutes: number;
  breakLengthSeconds: number;
  naturalBreakMinutes: number;
  workDays: number[];
  workStart: string;
  workEnd: string;
  dailyGoal: number;
  areas: Record<string, boolean>;
  seatedOnly: boolean;
  hiddenMobes: string[];
  likedMobes: string[];
  sound: boolean;
  startAtLogin: boolean;
}

export interface Migration {
  /** The version this step produces; step n turns version n-1 data into version n. */
  to: number;
  describe: string;
  /** Pure: returns new data. `note` receives what could not be carried over as it was. */
  up(raw: Record<string, unknown>, note?: (problem: FieldError) => void): Record<string, unknown>;
}

/** What version 1 used when a field was absent. */
const V1_DEFAULT_WORK_DAYS = [1, 2, 3, 4, 5];
const V1_DEFAULT_START = '09:00';
const V1_DEFAULT_END = '18:00';

export const MIGRATIONS: readonly Migration[] = [
  {
    to: 1,
    describe:
      'Mark a file written before versions were stored as version 1 (its fields are version 1 fields).',
    up: (raw) => ({ ...raw, version: 1 }),
  },
  {
    to: 2,
    describe:
      'Rename intervalMinutes to breakIntervalMinutes; turn workDays + workStart/workEnd into per-weekday ' +
      'workHours (an overnight shift is split at midnight); add snoozeMinutes, lullSeconds, ' +
      'lullWaitSeconds and reducedMotion with their defaults.',
    up: (raw, note = () => {}) => {
      const { intervalMinutes, workDays, workStart, workEnd, ...rest } = raw;
      const out: Record<string, unknown> = { ...rest, version: 2 };
      if (intervalMinutes !== undefined && !Object.hasOwn(raw, 'breakIntervalMinutes')) {
        out.breakIntervalMinutes = intervalMinutes;
      }
      out.workHours = v1WorkHours(workDays, workStart, workEnd, note);
      for (const key of ['snoozeMinutes', 'lullSeconds', 'lullWaitSeconds', 'reducedMotion'] as const) {
        if (!Object.hasOwn(out, key)) out[key] = DEFAULT_SETTINGS[key];
      }
      return out;
    },
  },
];

function v1WorkHours(
  workDays: unknown,
  workStart: unknown,
  workEnd: unknown,
  note: (problem: FieldError) => void,
): WorkHours {
  let days = V1_DEFAULT_WORK_DAYS;
  if (workDays === undefined) {
    note({ field: 'workDays', message: 'is missing; the version 1 default (Monday to Friday) was used' });
  } else if (!Array.isArray(workDays)) {
    note({ field: 'workDays', message: 'must be a list of weekday numbers 1-7; Monday to Friday was used' });
  } else {
    const bad = workDays.filter((d) => !Number.isInteger(d) || d < 1 || d > 7);
    if (bad.length) {
      note({
        field: 'workDays',
        message: `has entries that are not weekday numbers 1-7 (${bad.map((d) => JSON.stringify(d)).join(', ')}); they were dropped`,
      });
    }
    days = [...new Set(workDays.filter((d) => !bad.includes(d)) as number[])];
  }

  let start = V1_DEFAULT_START;
  let end = V1_DEFAULT_END;
  const problem = v1HoursProblem(workStart, workEnd);
  if (problem) {
    note({
      field: problem.field,
      message: `${problem.message}; the version 1 default hours 09:00-18:00 were used`,
    });
  } else {
    for (const [field, value] of [
      ['workStart', workStart],
      ['workEnd', workEnd],
    ] as const) {
      if (value === undefined) note({ field, message: 'is missing; the version 1 default was used' });
    }
    start = (workStart as string | undefined) ?? V1_DEFAULT_START;
    end = (workEnd as string | undefined) ?? V1_DEFAULT_END;
    if (start === end) [start, end] = [V1_DEFAULT_START, V1_DEFAULT_END];
  }

  const hours = Object.fromEntries(WEEKDAYS.map((d) => [d, [] as TimeRange[]])) as Record<
    Weekday,
    TimeRange[]
  >;
  const overnight = toMinutes(end) < toMinutes(start);
  for (const iso of days) {
    const day = WEEKDAYS[iso - 1];
    if (!overnight) {
      hours[day].push({ start, end });
      continue;
    }
    // An overnight shift: the evening part on its own day, the morning part on the next day.
    hours[day].push({ start, end: '24:00' });
    if (end !== '00:00') hours[WEEKDAYS[iso % 7]].push({ start: '00:00', end });
  }
  for (const d of WEEKDAYS) hours[d].sort((a, b) => toMinutes(a.start) - toMinutes(b.start));
  return hours;
}

function v1HoursProblem(workStart: unknown, workEnd: unknown): FieldError | null {
  for (const [field, value] of [
    ['workStart', workStart],
    ['workEnd', workEnd],
  ] as const) {
    if (value !== undefined && !timeOfDay.safeParse(value).success) {
      return { field, message: `must be a time of day as HH:MM, got ${describeValue(value)}` };
    }
  }
  if (workStart === '24:00') return { field: 'workStart', message: 'must be before 24:00' };
  if (workStart !== undefined && workStart === workEnd) {
    return { field: 'workEnd', message: 'must differ from workStart' };
  }
  return null;
}

/** Runs every migration after `version`, oldest first. */
export function migrate(
  raw: Record<string, unknown>,
  version: number,
  note: (problem: FieldError) => void,
): Record<string, unknown> {
  let data = raw;
  for (const m of MIGRATIONS) if (m.to > version) data = m.up(data, note);
  return data;
}
