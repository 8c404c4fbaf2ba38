import { valueForAddedField } from './addedFields';
import { migrate } from './migrations';
import { describeValue, fieldName, firstIssues, isPlainObject, showDefault } from './messages';
import { PARTLY_KEPT } from './partlyKept';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, settingsSchema, validateSettings } from './schema';
import type { FieldError, Settings } from './schema';

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
 *
 * Each field is checked with its own schema from schema.ts; the fields in partlyKept.ts are checked
 * part by part (with the schemas of their parts), so one bad part does not throw away the rest.
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

  const version = storedVersion(raw, problems);
  let migratedFrom: number | null = null;
  let data: Record<string, unknown> = raw;
  if (version < SETTINGS_VERSION) {
    migratedFrom = version;
    data = migrate(raw, version, (p) => problems.push(p));
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
    const partly = PARTLY_KEPT[key];
    settings[key] = partly
      ? partly(data[key], defaults, problems)
      : loadWhole(key, data[key], defaults, problems);
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

/** The version a file says it is; a version that is not a whole number is read as the current one. */
function storedVersion(raw: Record<string, unknown>, problems: FieldError[]): number {
  if (raw.version === undefined) return 0;
  if (typeof raw.version === 'number' && Number.isInteger(raw.version) && raw.version >= 0)
    return raw.version;
  problems.push({
    field: 'version',
    message: `must be a whole number, got ${describeValue(raw.version)}; read as version ${SETTINGS_VERSION}`,
  });
  return SETTINGS_VERSION;
}

/** A field kept as stored when its schema accepts it, else its default. */
function loadWhole(key: keyof Settings, value: unknown, defaults: Settings, problems: FieldError[]): unknown {
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
