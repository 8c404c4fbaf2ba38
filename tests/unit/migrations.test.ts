import { describe, expect, it } from 'vitest';
import { loadSettings } from '../../shared/settings/load';
import { MIGRATIONS } from '../../shared/settings/migrations';
import type { SettingsV1 } from '../../shared/settings/migrations';
import { DEFAULT_SETTINGS, SETTINGS_VERSION } from '../../shared/settings/schema';
import { WEEKDAYS } from '../../shared/time/workWeek';
import type { Settings } from '../../shared/settings/schema';
import { clone, CUSTOM, fields } from './settingsFixtures';

const V1: SettingsV1 = {
  version: 1,
  intervalMinutes: 20,
  breakLengthSeconds: 40,
  naturalBreakMinutes: 7,
  workDays: [1, 2, 3, 4],
  workStart: '08:30',
  workEnd: '16:45',
  dailyGoal: 6,
  areas: { neck: true, hip: false, wrist: true, shoulder: true, spine: false, ankle: true },
  seatedOnly: true,
  hiddenMobes: ['neck-circles'],
  likedMobes: ['wrist-circles'],
  sound: true,
  startAtLogin: true,
};

const day = [{ start: '08:30', end: '16:45' }];
const FROM_V1: Settings = {
  version: 2,
  breakIntervalMinutes: 20,
  breakLengthSeconds: 40,
  naturalBreakMinutes: 7,
  snoozeMinutes: DEFAULT_SETTINGS.snoozeMinutes,
  lullSeconds: DEFAULT_SETTINGS.lullSeconds,
  lullWaitSeconds: DEFAULT_SETTINGS.lullWaitSeconds,
  workHours: { mon: day, tue: day, wed: day, thu: day, fri: [], sat: [], sun: [] },
  dailyGoal: 6,
  areas: { neck: true, hip: false, wrist: true, shoulder: true, spine: false, ankle: true },
  seatedOnly: true,
  hiddenMobes: ['neck-circles'],
  likedMobes: ['wrist-circles'],
  sound: true,
  startAtLogin: true,
  reducedMotion: DEFAULT_SETTINGS.reducedMotion,
  // Files from before these fields existed: default shortcuts, and no first-start welcome.
  shortcuts: DEFAULT_SETTINGS.shortcuts,
  welcomeDone: true,
  holdBreaksDuring: DEFAULT_SETTINGS.holdBreaksDuring,
  language: 'system',
  focus: DEFAULT_SETTINGS.focus,
};

function deepFreeze<T>(v: T): T {
  if (typeof v === 'object' && v !== null) {
    Object.values(v).forEach(deepFreeze);
    Object.freeze(v);
  }
  return v;
}

describe('MIGRATIONS', () => {
  it('is numbered 1, 2, ... up to the current version, each step described', () => {
    expect(MIGRATIONS.map((m) => m.to)).toEqual(Array.from({ length: SETTINGS_VERSION }, (_, i) => i + 1));
    for (const m of MIGRATIONS) expect(m.describe.length).toBeGreaterThan(20);
  });

  it('never changes its input', () => {
    const input = deepFreeze(clone({ ...V1, version: undefined }));
    let data: Record<string, unknown> = input;
    for (const m of MIGRATIONS) data = m.up(data);
    expect(data.version).toBe(SETTINGS_VERSION);
    expect(input).toEqual(clone({ ...V1, version: undefined }));
  });

  it('0 -> 1 marks unversioned data as version 1 without touching fields', () => {
    const { version: _v, ...unversioned } = V1;
    expect(MIGRATIONS[0].up(unversioned)).toEqual({ ...unversioned, version: 1 });
  });

  it('1 -> 2 renames, builds per-weekday work hours and adds the new fields', () => {
    const out = MIGRATIONS[1].up(clone(V1) as unknown as Record<string, unknown>);
    // The fields added to version 2 later are filled in by the loader (next describe), not this step.
    const {
      shortcuts: _s,
      welcomeDone: _w,
      holdBreaksDuring: _h,
      language: _l,
      focus: _f,
      ...fromStep
    } = FROM_V1;
    expect(out).toEqual(fromStep);
    expect(out).not.toHaveProperty('intervalMinutes');
    expect(out).not.toHaveProperty('workDays');
  });
});

describe('loadSettings: migrating', () => {
  it('loads a version 1 file with nothing lost and nothing to report', () => {
    expect(loadSettings(clone(V1))).toEqual({ settings: FROM_V1, migratedFrom: 1, problems: [] });
  });

  it('treats an unversioned file as version 1', () => {
    const { version: _v, ...unversioned } = clone(V1);
    expect(loadSettings(unversioned)).toEqual({ settings: FROM_V1, migratedFrom: 0, problems: [] });
  });

  it('splits a version 1 overnight shift at midnight', () => {
    const loaded = loadSettings({ ...clone(V1), workDays: [5, 6, 7], workStart: '22:00', workEnd: '06:00' });
    expect(loaded.problems).toEqual([]);
    expect(loaded.settings.workHours).toEqual({
      mon: [{ start: '00:00', end: '06:00' }],
      tue: [],
      wed: [],
      thu: [],
      fri: [{ start: '22:00', end: '24:00' }],
      sat: [
        { start: '00:00', end: '06:00' },
        { start: '22:00', end: '24:00' },
      ],
      sun: [
        { start: '00:00', end: '06:00' },
        { start: '22:00', end: '24:00' },
      ],
    });
  });

  it('keeps an evening shift ending at midnight as one range', () => {
    const loaded = loadSettings({ ...clone(V1), workDays: [3], workStart: '18:00', workEnd: '00:00' });
    expect(loaded.settings.workHours.wed).toEqual([{ start: '18:00', end: '24:00' }]);
    expect(loaded.settings.workHours.thu).toEqual([]);
  });

  it('drops version 1 work days that are not weekday numbers, and says so', () => {
    const loaded = loadSettings({ ...clone(V1), workDays: [0, 3, 3, 8, 'x', 2.5] });
    expect(loaded.settings.workHours.wed).toEqual(day);
    expect(WEEKDAYS.filter((d) => loaded.settings.workHours[d].length)).toEqual(['wed']);
    expect(loaded.problems).toEqual([
      { field: 'workDays', message: expect.stringMatching(/0, 8, "x", 2.5/) },
    ]);
  });

  it('uses the version 1 default hours when the old times are bad', () => {
    const loaded = loadSettings({ ...clone(V1), workStart: '9am' });
    expect(loaded.settings.workHours.mon).toEqual([{ start: '09:00', end: '18:00' }]);
    expect(loaded.problems).toEqual([
      { field: 'workStart', message: expect.stringMatching(/HH:MM, got "9am"/) },
    ]);
    expect(fields(loadSettings({ ...clone(V1), workStart: '10:00', workEnd: '10:00' }).problems)).toEqual([
      'workEnd',
    ]);
    expect(fields(loadSettings({ ...clone(V1), workStart: '24:00', workEnd: '06:00' }).problems)).toEqual([
      'workStart',
    ]);
  });

  it('fills missing version 1 schedule parts with version 1 defaults and reports them', () => {
    const { workDays: _d, workEnd: _e, ...partial } = clone(V1);
    const loaded = loadSettings(partial);
    expect(loaded.settings.workHours.fri).toEqual([{ start: '08:30', end: '18:00' }]);
    expect(fields(loaded.problems)).toEqual(['workDays', 'workEnd']);
  });

  it('validates migrated values like any other', () => {
    const loaded = loadSettings({ ...clone(V1), intervalMinutes: 5 });
    expect(loaded.settings.breakIntervalMinutes).toBe(15);
    expect(loaded.problems).toEqual([
      {
        field: 'breakIntervalMinutes',
        message: 'must be at least 10 minutes; got 5; using the default (15)',
      },
    ]);
    expect(loaded.settings.dailyGoal).toBe(6);
  });

  it('round-trips: migrated settings saved and loaded again are unchanged', () => {
    const first = loadSettings(clone(V1)).settings;
    const again = loadSettings(clone(first));
    expect(again).toEqual({ settings: first, migratedFrom: null, problems: [] });
  });
});

describe('loadSettings: fields added to version 2 later', () => {
  const { shortcuts: _s, welcomeDone: _w, ...older } = CUSTOM;

  it('loads a version 2 file written before them silently, with nothing lost', () => {
    const loaded = loadSettings(clone(older));
    expect(loaded.problems).toEqual([]);
    expect(loaded.settings).toEqual({ ...CUSTOM, shortcuts: DEFAULT_SETTINGS.shortcuts, welcomeDone: true });
  });

  it('gives a fresh install the welcome, and a file from before the welcome none', () => {
    expect(DEFAULT_SETTINGS.welcomeDone).toBe(false);
    expect(loadSettings(clone(older)).settings.welcomeDone).toBe(true);
    expect(loadSettings(clone(V1)).settings.welcomeDone).toBe(true);
  });

  it('still reports a bad value of an added field, keeping the rest', () => {
    const loaded = loadSettings({ ...clone(CUSTOM), shortcuts: { done: 'D', skip: '', snooze: '' } });
    expect(fields(loaded.problems)).toEqual(['shortcuts.done']);
    expect(loaded.settings.shortcuts).toEqual(DEFAULT_SETTINGS.shortcuts);
    expect(loaded.settings.dailyGoal).toBe(CUSTOM.dailyGoal);
  });
});
