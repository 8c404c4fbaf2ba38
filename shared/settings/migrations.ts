import type { z } from 'zod';
import { AREAS } from '../catalog/types';
import {
  DEFAULT_SETTINGS,
  SETTINGS_VERSION,
  settingsSchema,
  timeOfDay,
  toMinutes,
  validateSettings,
  WEEKDAYS,
} from './schema';
import type { FieldError, Settings, TimeRange, Weekday, WorkHours } from './schema';
import { valueForAddedField } from './addedFields';

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

export interface SettingsLoad {
  settings: Settings;
  /** The version the data was migrated from; null when it was already current (or newer). */
  migratedFrom: number | null;
  /** Everything that was not loaded as stored, one entry per field, saying what and why. */
  problems: FieldError[];
}

/**
 * Loads stored settings of any version. Never throws: each missing or invalid field falls back to its
 * default and is reported, valid fields are kept, unknown fields are dropped and reported. A file from a
 * newer version is read best-effort (known fields validated). Hosts should keep a copy of the stored
 * data whenever `problems` is not empty, so nothing the user saved is lost by writing the result back.
 */
export function loadSettings(raw: unknown): SettingsLoad {
  const problems: FieldError[] = [];
  const defaults = structuredClone(DEFAULT_SETTINGS) as Settings;
  if (!isPlainObject(raw)) {
    problems.push({
      field: 'settings',
      message: `must be an object of settings, got ${describeValue(raw)}; all defaults are used`,
    });
    return { settings: defaults, migratedFrom: null, problems };
  }

  let data: Record<string, unknown> = raw;
  let version: number;
  if (raw.version === undefined) {
    version = 0;
  } else if (typeof raw.version === 'number' && Number.isInteger(raw.version) && raw.version >= 0) {
    version = raw.version;
  } else {
    problems.push({
      field: 'version',
      message: `must be a whole number, got ${describeValue(raw.version)}; read as version ${SETTINGS_VERSION}`,
    });
    version = SETTINGS_VERSION;
  }

  let migratedFrom: number | null = null;
  if (version < SETTINGS_VERSION) {
    migratedFrom = version;
    for (const m of MIGRATIONS) {
      if (m.to > version) data = m.up(data, (p) => problems.push(p));
    }
  } else if (version > SETTINGS_VERSION) {
    problems.push({
      field: 'version',
      message:
        `is ${version}, from a newer Mobes than this one (which knows version ${SETTINGS_VERSION}); ` +
        'known fields were read, others ignored',
    });
  }

  const settings = { ...defaults, version: SETTINGS_VERSION } as Record<string, unknown>;
  for (const key of Object.keys(settingsSchema.shape) as (keyof Settings)[]) {
    if (key === 'version') continue;
    if (!Object.hasOwn(data, key) || data[key] === undefined) {
      const added = valueForAddedField(key);
      if (added) {
        settings[key] = added.value;
        continue;
      }
      problems.push({ field: key, message: `is missing; using the default (${showDefault(key, defaults)})` });
      continue;
    }
    const loader = FIELD_LOADERS[key];
    settings[key] = loader
      ? loader(data[key], defaults, problems)
      : loadPlain(key, data[key], defaults, problems);
  }
  for (const key of Object.keys(data)) {
    if (!Object.hasOwn(settingsSchema.shape, key)) {
      problems.push({ field: fieldName(key), message: 'is not a known setting; dropped' });
    }
  }

  const checked = validateSettings(settings);
  if (checked.ok) return { settings: checked.value, migratedFrom, problems };
  // Unreachable if the field loaders above are right; still, never hand out invalid settings.
  for (const e of checked.errors)
    problems.push({ field: e.field, message: `${e.message}; all defaults are used` });
  return { settings: defaults, migratedFrom, problems };
}

type FieldLoader = (value: unknown, defaults: Settings, problems: FieldError[]) => unknown;

/** Fields loaded part by part, so one bad part does not throw away the rest. */
const FIELD_LOADERS: Partial<Record<keyof Settings, FieldLoader>> = {
  workHours: (value, defaults, problems) => {
    if (!isPlainObject(value)) {
      problems.push({
        field: 'workHours',
        message: `must be an object with one list of ranges per weekday, got ${describeValue(value)}; using the default`,
      });
      return defaults.workHours;
    }
    const out = {} as WorkHours;
    const daySchema = settingsSchema.shape.workHours.shape;
    for (const day of WEEKDAYS) {
      const fallback = `using the default (${showRanges(defaults.workHours[day])})`;
      if (value[day] === undefined) {
        problems.push({ field: `workHours.${day}`, message: `is missing; ${fallback}` });
        out[day] = defaults.workHours[day];
        continue;
      }
      const parsed = daySchema[day].safeParse(value[day]);
      if (parsed.success) {
        out[day] = parsed.data;
      } else {
        problems.push(...firstIssues(parsed.error, `workHours.${day}`, fallback));
        out[day] = defaults.workHours[day];
      }
    }
    for (const key of Object.keys(value)) {
      if (!(WEEKDAYS as readonly string[]).includes(key)) {
        problems.push({
          field: `workHours.${fieldName(key)}`,
          message: 'is not a weekday (mon..sun); dropped',
        });
      }
    }
    return out;
  },

  areas: (value, defaults, problems) => {
    if (!isPlainObject(value)) {
      problems.push({
        field: 'areas',
        message: `must be an object of on/off flags per body area, got ${describeValue(value)}; using the default (all on)`,
      });
      return defaults.areas;
    }
    const out = { ...defaults.areas };
    for (const area of AREAS) {
      const v = value[area];
      if (typeof v === 'boolean') out[area] = v;
      else {
        problems.push({
          field: `areas.${area}`,
          message: `${v === undefined ? 'is missing' : `must be true or false, got ${describeValue(v)}`}; using the default (${defaults.areas[area]})`,
        });
      }
    }
    for (const key of Object.keys(value)) {
      if (!(AREAS as readonly string[]).includes(key)) {
        problems.push({ field: `areas.${fieldName(key)}`, message: 'is not a body area; dropped' });
      }
    }
    if (!Object.values(out).some(Boolean)) {
      problems.push({
        field: 'areas',
        message: 'must keep at least one body area on; using the default (all on)',
      });
      return defaults.areas;
    }
    return out;
  },

  hiddenMobes: (value, defaults, problems) => loadIdList('hiddenMobes', value, defaults, problems),
  likedMobes: (value, defaults, problems) => loadIdList('likedMobes', value, defaults, problems),
};

const MOBE_ID = /^[a-z0-9-]{1,64}$/;
const MAX_IDS = 200;

function loadIdList(
  field: 'hiddenMobes' | 'likedMobes',
  value: unknown,
  defaults: Settings,
  problems: FieldError[],
): string[] {
  if (!Array.isArray(value)) {
    problems.push({
      field,
      message: `must be a list of mobe ids, got ${describeValue(value)}; using an empty list`,
    });
    return defaults[field];
  }
  const kept: string[] = [];
  value.forEach((id, i) => {
    if (typeof id !== 'string' || !MOBE_ID.test(id)) {
      problems.push({
        field: `${field}.${i}`,
        message: `must be a mobe id, got ${describeValue(id)}; dropped`,
      });
    } else if (!kept.includes(id)) {
      kept.push(id);
    }
  });
  if (kept.length > MAX_IDS) {
    problems.push({ field, message: `holds more than ${MAX_IDS} ids; only the first ${MAX_IDS} were kept` });
    kept.length = MAX_IDS;
  }
  return kept;
}

function loadPlain(key: keyof Settings, value: unknown, defaults: Settings, problems: FieldError[]): unknown {
  const parsed = settingsSchema.shape[key].safeParse(value);
  if (parsed.success) return parsed.data;
  problems.push(
    ...firstIssues(
      parsed.error,
      key,
      `got ${describeValue(value)}; using the default (${showDefault(key, defaults)})`,
    ),
  );
  return defaults[key];
}

/** The issues of one field, each naming its path and ending with what was done about it. */
function firstIssues(error: z.ZodError, prefix: string, action: string): FieldError[] {
  const seen = new Set<string>();
  const out: FieldError[] = [];
  for (const issue of error.issues) {
    const field = [prefix, ...issue.path.map(String)].join('.');
    // One message per field: a bad time also fails the range checks built on it.
    if (seen.has(field) || [...seen].some((s) => s.startsWith(`${field}.`))) continue;
    seen.add(field);
    out.push({ field, message: `${issue.message}; ${action}` });
  }
  return out;
}

function showDefault(key: keyof Settings, defaults: Settings): string {
  const v = defaults[key];
  if (key === 'workHours') {
    return WEEKDAYS.map((d) => `${d} ${showRanges(defaults.workHours[d])}`).join(', ');
  }
  if (key === 'areas') return 'all on';
  return JSON.stringify(v);
}

function showRanges(ranges: readonly TimeRange[]): string {
  return ranges.length ? ranges.map((r) => `${r.start}-${r.end}`).join(' ') : 'none';
}

/** A stored key as a field name; odd keys (empty, spaces, dots) are quoted so the message stays readable. */
function fieldName(key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key);
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function describeValue(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'an object';
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
  if (typeof v === 'undefined') return 'nothing';
  return String(v);
}
