import { describe, expect, it } from 'vitest';
import {
  applySettingsPatch,
  DEFAULT_SETTINGS,
  SETTINGS_VERSION,
  validateSettings,
} from '../../shared/settings/schema';
import type { FieldError, Settings } from '../../shared/settings/schema';
import { toMinutes } from '../../shared/time/workWeek';
import type { WorkHours } from '../../shared/time/workWeek';

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;
const base = (): Settings => clone(DEFAULT_SETTINGS);

/** The English messages (the codes shown to people are checked in fieldErrorCodes.test.ts). */
const english = (errors: FieldError[]): FieldError[] =>
  errors.map(({ field, message }) => ({ field, message }));

function errorsOf(input: unknown): FieldError[] {
  const r = validateSettings(input);
  if (r.ok) throw new Error('expected validation to fail');
  return english(r.errors);
}

describe('validateSettings', () => {
  it('accepts the defaults', () => {
    expect(validateSettings(base())).toEqual({ ok: true, value: DEFAULT_SETTINGS });
    expect(DEFAULT_SETTINGS.version).toBe(SETTINGS_VERSION);
  });

  it.each([
    ['breakIntervalMinutes', 10, 60, 'minutes'],
    ['breakLengthSeconds', 30, 60, 'seconds'],
    ['naturalBreakMinutes', 2, 15, 'minutes'],
    ['snoozeMinutes', 1, 30, 'minutes'],
    ['lullSeconds', 2, 10, 'seconds'],
    ['lullWaitSeconds', 10, 180, 'seconds'],
    ['dailyGoal', 1, 40, 'mobes'],
  ] as const)('%s accepts %i..%i %s and names the field outside', (field, min, max, unit) => {
    expect(validateSettings({ ...base(), [field]: min }).ok).toBe(true);
    expect(validateSettings({ ...base(), [field]: max }).ok).toBe(true);
    expect(errorsOf({ ...base(), [field]: min - 1 })).toEqual([
      { field, message: `must be at least ${min} ${unit}` },
    ]);
    expect(errorsOf({ ...base(), [field]: max + 1 })).toEqual([
      { field, message: `must be at most ${max} ${unit}` },
    ]);
    expect(errorsOf({ ...base(), [field]: min + 0.5 })).toEqual([
      { field, message: 'must be a whole number' },
    ]);
    expect(errorsOf({ ...base(), [field]: String(min) })).toEqual([{ field, message: 'must be a number' }]);
    expect(errorsOf({ ...base(), [field]: Number.NaN })).toEqual([{ field, message: 'must be a number' }]);
  });

  it('names the field of a wrong type', () => {
    expect(errorsOf({ ...base(), sound: 'yes' })).toEqual([
      { field: 'sound', message: expect.stringMatching(/expected boolean, received string/) },
    ]);
    expect(errorsOf({ ...base(), reducedMotion: 'maybe' })).toEqual([
      { field: 'reducedMotion', message: "must be 'system', 'on' or 'off'" },
    ]);
    expect(errorsOf({ ...base(), hiddenMobes: ['Neck Circles'] })).toEqual([
      { field: 'hiddenMobes.0', message: 'must hold mobe ids' },
    ]);
    expect(errorsOf({ ...base(), workHours: 'nine to five' })).toEqual([
      { field: 'workHours', message: expect.stringMatching(/expected object/) },
    ]);
  });

  it('names unknown fields', () => {
    expect(errorsOf({ ...base(), theme: 'dark', fontSize: 3 })).toEqual([
      { field: 'settings', message: 'has unknown field(s): theme, fontSize' },
    ]);
  });

  it('names a missing field', () => {
    const { dailyGoal: _g, ...rest } = base();
    expect(errorsOf(rest)).toEqual([{ field: 'dailyGoal', message: 'is missing' }]);
  });

  it('rejects another version', () => {
    expect(errorsOf({ ...base(), version: 1 }).map((e) => e.field)).toEqual(['version']);
  });

  it('rejects a non-object', () => {
    expect(errorsOf(null)).toEqual([
      { field: 'settings', message: expect.stringMatching(/expected object/) },
    ]);
  });
});

describe('validateSettings: work hours', () => {
  const withHours = (patch: Partial<Record<keyof WorkHours, unknown>>) => ({
    ...base(),
    workHours: { ...base().workHours, ...patch },
  });

  it('accepts several ranges, touching ranges, 24:00 as end and empty days', () => {
    const ok = withHours({
      mon: [
        { start: '13:00', end: '17:00' },
        { start: '08:00', end: '12:00' },
      ],
      tue: [
        { start: '09:00', end: '12:00' },
        { start: '12:00', end: '18:00' },
      ],
      sat: [{ start: '22:00', end: '24:00' }],
      sun: [{ start: '00:00', end: '06:00' }],
      wed: [],
    });
    expect(validateSettings(ok).ok).toBe(true);
  });

  it('names the range that ends before it starts, or at its start', () => {
    expect(errorsOf(withHours({ tue: [{ start: '17:00', end: '09:00' }] }))).toEqual([
      { field: 'workHours.tue.0', message: 'must end after it starts' },
    ]);
    expect(errorsOf(withHours({ tue: [{ start: '09:00', end: '09:00' }] }))).toEqual([
      { field: 'workHours.tue.0', message: 'must end after it starts' },
    ]);
  });

  it('names the day whose ranges overlap', () => {
    const overlapping = [
      { start: '09:00', end: '12:00' },
      { start: '11:59', end: '14:00' },
    ];
    expect(errorsOf(withHours({ wed: overlapping }))).toEqual([
      { field: 'workHours.wed', message: 'has ranges that overlap' },
    ]);
    const nested = [
      { start: '08:00', end: '18:00' },
      { start: '10:00', end: '11:00' },
    ];
    expect(errorsOf(withHours({ wed: nested }))).toEqual([
      { field: 'workHours.wed', message: 'has ranges that overlap' },
    ]);
  });

  it('names a time that is not HH:MM', () => {
    for (const bad of ['9:00', '24:01', '12:60', '25:00', 'noon', '']) {
      const errors = errorsOf(withHours({ fri: [{ start: '08:00', end: bad }] }));
      expect(errors).toContainEqual({
        field: 'workHours.fri.0.end',
        message: 'must be a time of day as HH:MM (00:00 to 24:00)',
      });
    }
  });

  it('limits ranges per day', () => {
    const seven = Array.from({ length: 7 }, (_, i) => ({
      start: `${String(i * 2).padStart(2, '0')}:00`,
      end: `${String(i * 2 + 1).padStart(2, '0')}:00`,
    }));
    expect(errorsOf(withHours({ thu: seven }))).toEqual([
      { field: 'workHours.thu', message: 'allows at most 6 ranges a day' },
    ]);
  });

  it('names a missing weekday', () => {
    const { sun: _s, ...six } = base().workHours;
    expect(errorsOf({ ...base(), workHours: six })).toEqual([
      { field: 'workHours.sun', message: expect.stringMatching(/expected array/) },
    ]);
  });
});

describe('validateSettings: areas', () => {
  it('needs at least one area on', () => {
    const off = { neck: false, hip: false, wrist: false, shoulder: false, spine: false, ankle: false };
    expect(errorsOf({ ...base(), areas: off })).toEqual([
      { field: 'areas', message: 'must keep at least one body area on' },
    ]);
    expect(validateSettings({ ...base(), areas: { ...off, ankle: true } }).ok).toBe(true);
  });

  it('names a missing or unknown area', () => {
    const { hip: _h, ...noHip } = base().areas;
    expect(errorsOf({ ...base(), areas: noHip })).toEqual([
      { field: 'areas.hip', message: expect.stringMatching(/expected boolean/) },
    ]);
  });
});

describe('applySettingsPatch', () => {
  it('merges a valid change', () => {
    const current = base();
    const r = applySettingsPatch(current, { dailyGoal: 12, sound: true });
    expect(r).toEqual({ ok: true, value: { ...current, dailyGoal: 12, sound: true } });
  });

  it('refuses a bad change with field-named errors and leaves the current settings alone', () => {
    const current = base();
    const before = clone(current);
    const r = applySettingsPatch(current, { dailyGoal: 0, snoozeMinutes: 'soon' });
    expect(r).toEqual({
      ok: false,
      errors: [
        { field: 'snoozeMinutes', message: 'must be a number', code: 'notNumber' },
        {
          field: 'dailyGoal',
          message: 'must be at least 1 mobes',
          code: 'atLeast',
          params: { limit: 1 },
        },
      ],
    });
    expect(current).toEqual(before);
  });

  it('refuses unknown fields and a patch that is not an object', () => {
    expect(applySettingsPatch(base(), { colour: 'blue' })).toEqual({
      ok: false,
      errors: [
        {
          field: 'settings',
          message: 'has unknown field(s): colour',
          code: 'unknownFields',
          params: { keys: 'colour' },
        },
      ],
    });
    for (const patch of [null, 'x', 3, [{ dailyGoal: 3 }]]) {
      expect(applySettingsPatch(base(), patch)).toEqual({
        ok: false,
        errors: [{ field: 'settings', message: 'must be an object of fields to change', code: 'notObject' }],
      });
    }
  });

  it('keeps the version current whatever the patch says', () => {
    const r = applySettingsPatch(base(), { version: 1, dailyGoal: 5 });
    expect(r.ok && r.value.version).toBe(SETTINGS_VERSION);
  });

  it('checks a work-hours change as a whole', () => {
    const r = applySettingsPatch(base(), {
      workHours: { ...base().workHours, mon: [{ start: '18:00', end: '09:00' }] },
    });
    expect(r).toEqual({
      ok: false,
      errors: [{ field: 'workHours.mon.0', message: 'must end after it starts', code: 'endBeforeStart' }],
    });
  });
});

describe('toMinutes', () => {
  it('reads HH:MM including 24:00', () => {
    expect(toMinutes('00:00')).toBe(0);
    expect(toMinutes('09:30')).toBe(570);
    expect(toMinutes('24:00')).toBe(1440);
  });
});
