import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, validateSettings, type Settings } from '../../shared/settings/schema';

const codesOf = (patch: Partial<Record<keyof Settings, unknown>>) => {
  const r = validateSettings({ ...DEFAULT_SETTINGS, ...patch });
  if (r.ok) throw new Error('expected validation to fail');
  return r.errors.map(({ field, code, params }) => ({ field, code, params }));
};

/**
 * Every settings error carries a code and its values beside the English message, so the windows
 * word it in their language while the field path stays the same for code.
 */
describe('field error codes', () => {
  it('names number limits with the limit', () => {
    expect(codesOf({ breakIntervalMinutes: 5 })).toEqual([
      { field: 'breakIntervalMinutes', code: 'atLeast', params: { limit: 10 } },
    ]);
    expect(codesOf({ lullWaitSeconds: 181 })).toEqual([
      { field: 'lullWaitSeconds', code: 'atMost', params: { limit: 180 } },
    ]);
    expect(codesOf({ dailyGoal: 2.5 })).toEqual([
      { field: 'dailyGoal', code: 'wholeNumber', params: undefined },
    ]);
    expect(codesOf({ dailyGoal: Number.NaN })[0].code).toBe('notNumber');
  });

  it('names work-hours problems per range and per day', () => {
    const day = (ranges: unknown) => ({ workHours: { ...DEFAULT_SETTINGS.workHours, tue: ranges } });
    expect(codesOf(day([{ start: '9', end: '17:00' }]))).toEqual([
      { field: 'workHours.tue.0.start', code: 'timeOfDay', params: undefined },
    ]);
    expect(codesOf(day([{ start: '17:00', end: '09:00' }]))[0]).toMatchObject({
      field: 'workHours.tue.0',
      code: 'endBeforeStart',
    });
    const overlapping = [
      { start: '09:00', end: '12:00' },
      { start: '11:00', end: '13:00' },
    ];
    expect(codesOf(day(overlapping))[0]).toMatchObject({ field: 'workHours.tue', code: 'overlap' });
    const seven = Array.from({ length: 7 }, (_, i) => ({ start: `0${i}:00`, end: `0${i}:30` }));
    expect(codesOf(day(seven))[0]).toMatchObject({
      field: 'workHours.tue',
      code: 'tooMany',
      params: { limit: 6 },
    });
  });

  it('names shortcut problems, with the part or the other action', () => {
    const keys = (s: Partial<Settings['shortcuts']>) => ({
      shortcuts: { ...DEFAULT_SETTINGS.shortcuts, ...s },
    });
    expect(codesOf(keys({ done: 'Shift+D' }))[0]).toMatchObject({
      field: 'shortcuts.done',
      code: 'shortcutNeedsModifier',
    });
    expect(codesOf(keys({ skip: 'Hyper+K' }))[0]).toMatchObject({
      field: 'shortcuts.skip',
      code: 'shortcutNotModifier',
      params: { part: 'Hyper' },
    });
    expect(codesOf(keys({ skip: DEFAULT_SETTINGS.shortcuts.done }))[0]).toMatchObject({
      field: 'shortcuts.skip',
      code: 'shortcutSame',
      params: { other: 'done' },
    });
  });

  it('names the rest: areas, choices, flags and unknown fields', () => {
    const none = Object.fromEntries(Object.keys(DEFAULT_SETTINGS.areas).map((a) => [a, false]));
    expect(codesOf({ areas: none })[0]).toMatchObject({ field: 'areas', code: 'noArea' });
    expect(codesOf({ reducedMotion: 'sometimes' })[0]).toMatchObject({ code: 'oneOf' });
    expect(codesOf({ sound: 'yes' })[0]).toMatchObject({ code: 'trueFalse' });
    expect(codesOf({ hiddenMobes: ['Not An Id!'] })[0]).toMatchObject({
      field: 'hiddenMobes.0',
      code: 'mobeId',
    });
    const r = validateSettings({ ...DEFAULT_SETTINGS, theme: 'dark' });
    expect(!r.ok && r.errors[0]).toMatchObject({
      field: 'settings',
      code: 'unknownFields',
      params: { keys: 'theme' },
    });
  });
});
