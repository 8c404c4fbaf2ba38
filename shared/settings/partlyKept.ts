import { describeValue, fieldName, firstIssues, isPlainObject, showRanges } from './messages';
import { MAX_MOBE_IDS, mobeIdSchema, settingsSchema } from './schema';
import type { FieldError, Settings } from './schema';

type PartLoader = (value: unknown, defaults: Settings, problems: FieldError[]) => unknown;

/**
 * The settings that can be partly kept: a bad weekday, body area or mobe id costs only that part. Each
 * part is checked with the schema's own schema for it, so the rules are written once, in schema.ts;
 * only the wording of what was done about a bad part lives here.
 */
export const PARTLY_KEPT: Partial<Record<keyof Settings, PartLoader>> = {
  workHours: (value, defaults, problems) => {
    const days = settingsSchema.shape.workHours.shape;
    if (!isPlainObject(value)) {
      problems.push({
        field: 'workHours',
        message: `must be an object with one list of ranges per weekday, got ${describeValue(value)}; using the default`,
      });
      return defaults.workHours;
    }
    const out = { ...defaults.workHours };
    for (const day of Object.keys(days) as (keyof typeof days)[]) {
      const fallback = `using the default (${showRanges(defaults.workHours[day])})`;
      if (value[day] === undefined) {
        problems.push({ field: `workHours.${day}`, message: `is missing; ${fallback}` });
        continue;
      }
      const parsed = days[day].safeParse(value[day]);
      if (parsed.success) out[day] = parsed.data;
      else problems.push(...firstIssues(parsed.error, `workHours.${day}`, fallback));
    }
    dropUnknownKeys('workHours', value, Object.keys(days), 'is not a weekday (mon..sun)', problems);
    return out;
  },

  areas: (value, defaults, problems) => {
    const flags = settingsSchema.shape.areas;
    if (!isPlainObject(value)) {
      problems.push({
        field: 'areas',
        message: `must be an object of on/off flags per body area, got ${describeValue(value)}; using the default (all on)`,
      });
      return defaults.areas;
    }
    const out = { ...defaults.areas };
    for (const area of Object.keys(flags.shape) as (keyof typeof flags.shape)[]) {
      const v = value[area];
      const parsed = flags.shape[area].safeParse(v);
      if (parsed.success) out[area] = parsed.data;
      else {
        problems.push({
          field: `areas.${area}`,
          message: `${v === undefined ? 'is missing' : `must be true or false, got ${describeValue(v)}`}; using the default (${defaults.areas[area]})`,
        });
      }
    }
    dropUnknownKeys('areas', value, Object.keys(flags.shape), 'is not a body area', problems);
    // The rules on the whole (at least one area on) come from the schema too.
    const whole = flags.safeParse(out);
    if (!whole.success) {
      problems.push({
        field: 'areas',
        message: `${whole.error.issues[0].message}; using the default (all on)`,
      });
      return defaults.areas;
    }
    return out;
  },

  hiddenMobes: (value, defaults, problems) => loadIdList('hiddenMobes', value, defaults, problems),
  likedMobes: (value, defaults, problems) => loadIdList('likedMobes', value, defaults, problems),
};

function dropUnknownKeys(
  field: string,
  value: Record<string, unknown>,
  known: readonly string[],
  what: string,
  problems: FieldError[],
): void {
  for (const key of Object.keys(value)) {
    if (!known.includes(key))
      problems.push({ field: `${field}.${fieldName(key)}`, message: `${what}; dropped` });
  }
}

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
    if (!mobeIdSchema.safeParse(id).success) {
      problems.push({
        field: `${field}.${i}`,
        message: `must be a mobe id, got ${describeValue(id)}; dropped`,
      });
    } else if (!kept.includes(id)) {
      kept.push(id);
    }
  });
  if (kept.length > MAX_MOBE_IDS) {
    problems.push({
      field,
      message: `holds more than ${MAX_MOBE_IDS} ids; only the first ${MAX_MOBE_IDS} were kept`,
    });
    kept.length = MAX_MOBE_IDS;
  }
  return kept;
}
