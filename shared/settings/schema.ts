import { z } from 'zod';
import { AREAS, MOBE_ID } from '../catalog/types';
import { DEFAULT_SHORTCUTS } from '../shortcuts/accelerator';
import { isTimeOfDay, TIME_OF_DAY, toMinutes, WEEKDAYS } from '../time/workWeek';
import type { TimeRange, Weekday, WorkHours } from '../time/workWeek';
import { LANGUAGE_SETTINGS } from '../i18n/languages';
import { DEFAULT_HOLD_BREAKS_DURING, holdBreaksDuringSchema } from './contextSettings';
import { fieldErrorOf, type FieldErrorCode, type FieldErrorParams } from './fieldErrorCodes';
import { DEFAULT_FOCUS, focusSettingsSchema } from './focusSettings';
import { shortcutsSchema } from './shortcutsSchema';

/**
 * The one settings schema. Every field has a default; validation messages name the field.
 *
 * Ranges, and why:
 * - breakIntervalMinutes 10-60 (default 15): the product promises three or four prompts per sitting
 *   hour; 15 min gives four. Below 10 turns into nagging, above 60 stops being a microbreak habit.
 * - breakLengthSeconds 30-60 (default 45): the microbreak length the source material recommends.
 * - naturalBreakMinutes 2-15 (default 5): idle this long counts as walking away and resets sitting.
 *   Under 2 a pause to read would reset the clock; over 15 a real break is missed.
 * - snoozeMinutes 1-30 (default 5).
 * - lullSeconds 2-10 (default 3): input idle this long is a lull, so a prompt never lands mid-keystroke.
 * - lullWaitSeconds 10-180 (default 60): how long a due prompt waits for a lull before it shows anyway.
 * - dailyGoal 1-40 (default 8): about two prompts an hour over a working day; 40 covers 4/h for 10 h.
 */
export const SETTINGS_VERSION = 2;

export const timeOfDay = z.string().regex(TIME_OF_DAY, 'must be a time of day as HH:MM (00:00 to 24:00)');

export const timeRange = z
  .object({ start: timeOfDay, end: timeOfDay })
  .refine((r) => !isTimeOfDay(r.start) || !isTimeOfDay(r.end) || toMinutes(r.start) < toMinutes(r.end), {
    message: 'must end after it starts',
    params: { code: 'endBeforeStart' },
  }) satisfies z.ZodType<TimeRange>;

const dayRanges = z
  .array(timeRange)
  .max(6, 'allows at most 6 ranges a day')
  .refine(noOverlap, { message: 'has ranges that overlap', params: { code: 'overlap' } });

export const workHoursSchema = z.object(
  Object.fromEntries(WEEKDAYS.map((d) => [d, dayRanges])) as Record<Weekday, typeof dayRanges>,
) satisfies z.ZodType<WorkHours>;

const areaFlags = z.object(
  Object.fromEntries(AREAS.map((a) => [a, z.boolean()])) as Record<(typeof AREAS)[number], z.ZodBoolean>,
);

/** The allowed range of every numeric setting (the reasons are at the top of this file). */
export const NUMBER_RANGES = {
  breakIntervalMinutes: { min: 10, max: 60, unit: 'minutes' },
  breakLengthSeconds: { min: 30, max: 60, unit: 'seconds' },
  naturalBreakMinutes: { min: 2, max: 15, unit: 'minutes' },
  snoozeMinutes: { min: 1, max: 30, unit: 'minutes' },
  lullSeconds: { min: 2, max: 10, unit: 'seconds' },
  lullWaitSeconds: { min: 10, max: 180, unit: 'seconds' },
  dailyGoal: { min: 1, max: 40, unit: 'mobes' },
} as const;
export type NumberSetting = keyof typeof NUMBER_RANGES;

const int = ({ min, max, unit }: { min: number; max: number; unit: string }) =>
  z
    .number({ error: (issue) => (issue.input === undefined ? 'is missing' : 'must be a number') })
    .int('must be a whole number')
    .min(min, `must be at least ${min} ${unit}`)
    .max(max, `must be at most ${max} ${unit}`);

/** The most ids a list of hidden or liked mobes holds. */
export const MAX_MOBE_IDS = 200;
export const mobeIdSchema = z.string().regex(MOBE_ID, 'must hold mobe ids');
const mobeIdList = z.array(mobeIdSchema).max(MAX_MOBE_IDS);

export const settingsSchema = z
  .object({
    version: z.literal(SETTINGS_VERSION),
    breakIntervalMinutes: int(NUMBER_RANGES.breakIntervalMinutes),
    breakLengthSeconds: int(NUMBER_RANGES.breakLengthSeconds),
    naturalBreakMinutes: int(NUMBER_RANGES.naturalBreakMinutes),
    snoozeMinutes: int(NUMBER_RANGES.snoozeMinutes),
    lullSeconds: int(NUMBER_RANGES.lullSeconds),
    lullWaitSeconds: int(NUMBER_RANGES.lullWaitSeconds),
    workHours: workHoursSchema,
    dailyGoal: int(NUMBER_RANGES.dailyGoal),
    areas: areaFlags.refine((a) => Object.values(a).some(Boolean), {
      message: 'must keep at least one body area on',
      params: { code: 'noArea' },
    }),
    seatedOnly: z.boolean(),
    hiddenMobes: mobeIdList,
    likedMobes: mobeIdList,
    sound: z.boolean(),
    startAtLogin: z.boolean(),
    reducedMotion: z.enum(['system', 'on', 'off'], { error: "must be 'system', 'on' or 'off'" }),
    /** Global shortcuts for done, skip and snooze, live only while a break window is up. */
    shortcuts: shortcutsSchema,
    /** The first-start welcome was finished (or closed); settings can show it again. */
    welcomeDone: z.boolean(),
    /** Which kinds of busy (calls, screen sharing, full screen, Do Not Disturb) hold breaks back. */
    holdBreaksDuring: holdBreaksDuringSchema,
    /** 'system' follows the OS's preferred languages; otherwise one shipped language. */
    language: z.enum(LANGUAGE_SETTINGS, { error: "must be 'system' or a shipped language code" }),
    /** The focus period for a stiff joint: full sets a day beside the microbreaks (focusSettings.ts). */
    focus: focusSettingsSchema,
  })
  .strict();

export type Settings = z.infer<typeof settingsSchema>;

const OFFICE_DAY: TimeRange[] = [{ start: '09:00', end: '18:00' }];

export const DEFAULT_SETTINGS: Settings = Object.freeze({
  version: SETTINGS_VERSION,
  breakIntervalMinutes: 15,
  breakLengthSeconds: 45,
  naturalBreakMinutes: 5,
  snoozeMinutes: 5,
  lullSeconds: 3,
  lullWaitSeconds: 60,
  workHours: {
    mon: OFFICE_DAY,
    tue: OFFICE_DAY,
    wed: OFFICE_DAY,
    thu: OFFICE_DAY,
    fri: OFFICE_DAY,
    sat: [],
    sun: [],
  },
  dailyGoal: 8,
  areas: { neck: true, hip: true, wrist: true, shoulder: true, spine: true, ankle: true },
  seatedOnly: false,
  hiddenMobes: [],
  likedMobes: [],
  sound: false,
  startAtLogin: false,
  reducedMotion: 'system',
  shortcuts: DEFAULT_SHORTCUTS,
  welcomeDone: false,
  holdBreaksDuring: DEFAULT_HOLD_BREAKS_DURING,
  language: 'system',
  focus: DEFAULT_FOCUS,
}) as Settings;

function noOverlap(ranges: TimeRange[]): boolean {
  // Malformed times are reported on their own field; comparing them here would only add noise.
  const sorted = ranges
    .filter((r) => isTimeOfDay(r.start) && isTimeOfDay(r.end))
    .sort((a, b) => toMinutes(a.start) - toMinutes(b.start));
  return sorted.every((r, i) => i === 0 || toMinutes(sorted[i - 1].end) <= toMinutes(r.start));
}

export interface FieldError {
  /** Dotted path of the field, e.g. 'workHours.mon.0.end'. */
  field: string;
  /** English, for logs and files; the windows show `code` and `params` worded in their language. */
  message: string;
  /** What is wrong, stable for code (absent on messages about stored settings, which only logs show). */
  code?: FieldErrorCode;
  params?: FieldErrorParams;
}

export type Validated<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

/** Validates a complete settings object. Errors name the field and what is wrong with it. */
export function validateSettings(input: unknown): Validated<Settings> {
  const parsed = settingsSchema.safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data };
  return {
    ok: false,
    errors: parsed.error.issues.map((i) => {
      const field = i.path.map(String).join('.') || 'settings';
      const message =
        i.code === 'unrecognized_keys' ? `has unknown field(s): ${i.keys.join(', ')}` : i.message;
      return { field, message, ...fieldErrorOf(i) };
    }),
  };
}

/**
 * Applies a partial change on top of valid settings. Returns the merged settings or the errors;
 * the current settings are never touched, so a bad entry cannot lose what was saved.
 */
export function applySettingsPatch(current: Settings, patch: unknown): Validated<Settings> {
  if (typeof patch !== 'object' || patch === null || Array.isArray(patch)) {
    return {
      ok: false,
      errors: [{ field: 'settings', message: 'must be an object of fields to change', code: 'notObject' }],
    };
  }
  return validateSettings({ ...current, ...patch, version: SETTINGS_VERSION });
}
