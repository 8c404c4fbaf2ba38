/** loadSettings on a current (version 2) file: what it keeps, what it repairs and says, and odd files. */
import { LANGUAGE_SETTINGS } from '../../shared/i18n/languages';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadSettings } from '../../shared/settings/load';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, validateSettings } from '../../shared/settings/schema';
import { WEEKDAYS } from '../../shared/time/workWeek';
import type { Settings } from '../../shared/settings/schema';
import { clone, CUSTOM, fields, hhmm } from './settingsFixtures';

describe('loadSettings: current version', () => {
  it('loads defaults and custom settings unchanged', () => {
    expect(loadSettings(clone(DEFAULT_SETTINGS))).toEqual({
      settings: DEFAULT_SETTINGS,
      migratedFrom: null,
      problems: [],
    });
    expect(loadSettings(clone(CUSTOM))).toEqual({ settings: CUSTOM, migratedFrom: null, problems: [] });
  });

  it('round-trips any valid settings', () => {
    const range = fc
      .tuple(fc.integer({ min: 0, max: 47 }), fc.integer({ min: 1, max: 48 }))
      .map(([a, len]) => [a * 30, Math.min(1440, a * 30 + len * 30)] as const)
      .map(([a, b]) => ({ start: hhmm(a), end: hhmm(b) }));
    const settingsArb = fc.record({
      version: fc.constant(SETTINGS_VERSION as 2),
      breakIntervalMinutes: fc.integer({ min: 10, max: 60 }),
      breakLengthSeconds: fc.integer({ min: 30, max: 60 }),
      naturalBreakMinutes: fc.integer({ min: 2, max: 15 }),
      snoozeMinutes: fc.integer({ min: 1, max: 30 }),
      lullSeconds: fc.integer({ min: 2, max: 10 }),
      lullWaitSeconds: fc.integer({ min: 10, max: 180 }),
      workHours: fc.record(
        Object.fromEntries(
          WEEKDAYS.map((d) => [d, fc.option(range, { nil: undefined }).map((r) => (r ? [r] : []))]),
        ),
      ) as fc.Arbitrary<Settings['workHours']>,
      dailyGoal: fc.integer({ min: 1, max: 40 }),
      areas: fc
        .record({
          neck: fc.boolean(),
          hip: fc.boolean(),
          wrist: fc.boolean(),
          shoulder: fc.boolean(),
          spine: fc.boolean(),
          ankle: fc.constant(true),
        })
        .map((a) => a),
      seatedOnly: fc.boolean(),
      hiddenMobes: fc.uniqueArray(fc.stringMatching(/^[a-z0-9-]{1,64}$/), { maxLength: 5 }),
      likedMobes: fc.uniqueArray(fc.stringMatching(/^[a-z0-9-]{1,64}$/), { maxLength: 5 }),
      sound: fc.boolean(),
      startAtLogin: fc.boolean(),
      reducedMotion: fc.constantFrom('system' as const, 'on' as const, 'off' as const),
      shortcuts: fc.constantFrom(
        DEFAULT_SETTINGS.shortcuts,
        { done: '', skip: '', snooze: '' },
        { done: 'Ctrl+Shift+F9', skip: 'Alt+F10', snooze: '' },
      ),
      welcomeDone: fc.boolean(),
      holdBreaksDuring: fc.record({
        calls: fc.boolean(),
        screenSharing: fc.boolean(),
        fullScreen: fc.boolean(),
        doNotDisturb: fc.boolean(),
      }),
      language: fc.constantFrom(...LANGUAGE_SETTINGS),
      focus: fc.record({
        target: fc.constantFrom(null, { area: 'neck' as const }, { mobeId: 'neck-circles' }),
        since: fc.constantFrom(null, 1_772_400_000_000),
        until: fc.constantFrom(null, 1_773_000_000_000),
        setsPerDay: fc.integer({ min: 1, max: 3 }),
        reps: fc.integer({ min: 25, max: 75 }),
        inPrompts: fc.boolean(),
      }),
    });
    fc.assert(
      fc.property(settingsArb, (s) => {
        expect(validateSettings(s).ok).toBe(true);
        expect(loadSettings(clone(s))).toEqual({ settings: s, migratedFrom: null, problems: [] });
      }),
      { numRuns: 200 },
    );
  });

  it.each([
    ['breakIntervalMinutes', 9, 'must be at least 10 minutes'],
    ['breakIntervalMinutes', '15', 'must be a number'],
    ['breakLengthSeconds', 61, 'must be at most 60 seconds'],
    ['naturalBreakMinutes', 2.5, 'must be a whole number'],
    ['snoozeMinutes', 0, 'must be at least 1 minutes'],
    ['lullSeconds', 11, 'must be at most 10 seconds'],
    ['lullWaitSeconds', null, 'must be a number'],
    ['dailyGoal', 41, 'must be at most 40 mobes'],
    ['seatedOnly', 'yes', 'expected boolean'],
    ['sound', 1, 'expected boolean'],
    ['startAtLogin', null, 'expected boolean'],
    ['reducedMotion', 'sometimes', "must be 'system', 'on' or 'off'"],
  ] as const)('a bad %s (%j) falls back alone and is reported', (field, bad, message) => {
    const loaded = loadSettings({ ...clone(CUSTOM), [field]: bad });
    expect(loaded.settings).toEqual({ ...CUSTOM, [field]: DEFAULT_SETTINGS[field] });
    expect(loaded.problems).toHaveLength(1);
    expect(loaded.problems[0].field).toBe(field);
    expect(loaded.problems[0].message).toContain(message);
    expect(loaded.problems[0].message).toContain(
      `using the default (${JSON.stringify(DEFAULT_SETTINGS[field])})`,
    );
  });

  it('replaces only the weekday whose ranges are bad', () => {
    const wh = clone(CUSTOM.workHours) as Record<string, unknown>;
    wh.mon = [
      { start: '09:00', end: '12:00' },
      { start: '11:00', end: '13:00' },
    ];
    wh.wed = [{ start: '9am', end: '17:00' }];
    wh.thu = 'weekdays';
    wh.holiday = [];
    const loaded = loadSettings({ ...clone(CUSTOM), workHours: wh });
    expect(loaded.settings.workHours).toEqual({
      ...CUSTOM.workHours,
      mon: DEFAULT_SETTINGS.workHours.mon,
      wed: DEFAULT_SETTINGS.workHours.wed,
      thu: DEFAULT_SETTINGS.workHours.thu,
    });
    expect(loaded.problems).toEqual([
      { field: 'workHours.mon', message: 'has ranges that overlap; using the default (09:00-18:00)' },
      {
        field: 'workHours.wed.0.start',
        message: 'must be a time of day as HH:MM (00:00 to 24:00); using the default (09:00-18:00)',
      },
      { field: 'workHours.thu', message: expect.stringMatching(/^Invalid input: expected array/) },
      { field: 'workHours.holiday', message: 'is not a weekday (mon..sun); dropped' },
    ]);
  });

  it('reports a range that ends before it starts, and a missing weekday', () => {
    const wh = clone(CUSTOM.workHours) as Record<string, unknown>;
    wh.tue = [{ start: '17:00', end: '09:00' }];
    delete wh.sun;
    const loaded = loadSettings({ ...clone(CUSTOM), workHours: wh });
    expect(loaded.settings.workHours.tue).toEqual(DEFAULT_SETTINGS.workHours.tue);
    expect(loaded.problems).toEqual([
      { field: 'workHours.tue.0', message: 'must end after it starts; using the default (09:00-18:00)' },
      { field: 'workHours.sun', message: 'is missing; using the default (none)' },
    ]);
  });

  it('replaces work hours that are not an object', () => {
    const loaded = loadSettings({ ...clone(CUSTOM), workHours: [] });
    expect(loaded.settings.workHours).toEqual(DEFAULT_SETTINGS.workHours);
    expect(fields(loaded.problems)).toEqual(['workHours']);
  });

  it('keeps the valid area flags and reports the others', () => {
    const loaded = loadSettings({
      ...clone(CUSTOM),
      areas: { neck: false, hip: 'no', wrist: false, spine: true, eyes: true },
    });
    expect(loaded.settings.areas).toEqual({
      neck: false,
      hip: true,
      wrist: false,
      shoulder: true,
      spine: true,
      ankle: true,
    });
    expect(loaded.problems).toEqual([
      { field: 'areas.hip', message: 'must be true or false, got "no"; using the default (true)' },
      { field: 'areas.shoulder', message: 'is missing; using the default (true)' },
      { field: 'areas.ankle', message: 'is missing; using the default (true)' },
      { field: 'areas.eyes', message: 'is not a body area; dropped' },
    ]);
  });

  it('turns all areas back on when every area is off', () => {
    const off = { neck: false, hip: false, wrist: false, shoulder: false, spine: false, ankle: false };
    const loaded = loadSettings({ ...clone(CUSTOM), areas: off });
    expect(loaded.settings.areas).toEqual(DEFAULT_SETTINGS.areas);
    expect(loaded.problems).toEqual([
      { field: 'areas', message: 'must keep at least one body area on; using the default (all on)' },
    ]);
  });

  it('keeps the good ids of a mobe list and drops the bad ones', () => {
    const loaded = loadSettings({
      ...clone(CUSTOM),
      hiddenMobes: ['neck-circles', 'Bad Id', 7, 'neck-circles', 'hip-x'],
    });
    expect(loaded.settings.hiddenMobes).toEqual(['neck-circles', 'hip-x']);
    expect(loaded.problems).toEqual([
      { field: 'hiddenMobes.1', message: 'must be a mobe id, got "Bad Id"; dropped' },
      { field: 'hiddenMobes.2', message: 'must be a mobe id, got 7; dropped' },
    ]);
    const many = loadSettings({
      ...clone(CUSTOM),
      likedMobes: Array.from({ length: 250 }, (_, i) => `m-${i}`),
    });
    expect(many.settings.likedMobes).toHaveLength(200);
    expect(fields(many.problems)).toEqual(['likedMobes']);
    expect(fields(loadSettings({ ...clone(CUSTOM), likedMobes: 'neck-circles' }).problems)).toEqual([
      'likedMobes',
    ]);
  });

  it('fills missing fields with defaults and names each one', () => {
    const { dailyGoal: _g, sound: _s, ...rest } = clone(CUSTOM);
    const loaded = loadSettings(rest);
    expect(loaded.settings).toEqual({ ...CUSTOM, dailyGoal: 8, sound: false });
    expect(loaded.problems).toEqual([
      { field: 'dailyGoal', message: 'is missing; using the default (8)' },
      { field: 'sound', message: 'is missing; using the default (false)' },
    ]);
  });

  it('quotes odd unknown field names and ignores inherited names', () => {
    const loaded = loadSettings({ ...clone(CUSTOM), '': 1, 'a b': 2, toString: 3 });
    expect(loaded.settings).toEqual(CUSTOM);
    expect(fields(loaded.problems)).toEqual(['""', '"a b"', 'toString']);
  });

  it('drops unknown fields and names them', () => {
    const loaded = loadSettings({ ...clone(CUSTOM), theme: 'dark', intervalMinutes: 20 });
    expect(loaded.settings).toEqual(CUSTOM);
    expect(loaded.problems).toEqual([
      { field: 'theme', message: 'is not a known setting; dropped' },
      { field: 'intervalMinutes', message: 'is not a known setting; dropped' },
    ]);
  });
});

describe('loadSettings: odd files', () => {
  it.each([null, undefined, 'settings', 42, true, [], [clone(CUSTOM)]])(
    'gives defaults and one problem for %j',
    (raw) => {
      const loaded = loadSettings(raw);
      expect(loaded.settings).toEqual(DEFAULT_SETTINGS);
      expect(loaded.migratedFrom).toBeNull();
      expect(loaded.problems).toHaveLength(1);
      expect(loaded.problems[0].field).toBe('settings');
      expect(loaded.problems[0].message).toMatch(
        /^must be an object of settings, got .+; all defaults are used$/,
      );
    },
  );

  it('reads a newer version best-effort and says so', () => {
    const loaded = loadSettings({ ...clone(CUSTOM), version: 7, dailyGoal: 99, focusMode: { on: true } });
    expect(loaded.settings).toEqual({ ...CUSTOM, dailyGoal: DEFAULT_SETTINGS.dailyGoal });
    expect(loaded.migratedFrom).toBeNull();
    expect(fields(loaded.problems)).toEqual(['version', 'dailyGoal', 'focusMode']);
    expect(loaded.problems[0].message).toMatch(/is 7, from a newer Mobes/);
  });

  it.each(['2', -1, 1.5, null])('reads a file with version %j as the current version', (version) => {
    const loaded = loadSettings({ ...clone(CUSTOM), version });
    expect(loaded.settings).toEqual(CUSTOM);
    expect(loaded.problems).toEqual([
      { field: 'version', message: expect.stringMatching(/must be a whole number/) },
    ]);
  });

  it('never throws and always returns valid settings, whatever it is given', () => {
    const junkField = fc.oneof(fc.anything(), fc.constantFrom(...Object.values(clone(CUSTOM))));
    const keys = [...Object.keys(CUSTOM), 'intervalMinutes', 'workDays', 'workStart', 'workEnd', 'extra'];
    const raw = fc.oneof(
      fc.anything(),
      fc.dictionary(fc.constantFrom(...keys), junkField),
      fc
        .record({ version: fc.constantFrom(undefined, 0, 1, 2, 3) })
        .chain((v) => fc.dictionary(fc.constantFrom(...keys), junkField).map((d) => ({ ...d, ...v }))),
    );
    fc.assert(
      fc.property(raw, (r) => {
        const loaded = loadSettings(r);
        expect(validateSettings(loaded.settings).ok).toBe(true);
        for (const p of loaded.problems) {
          expect(p.field.length).toBeGreaterThan(0);
          expect(p.message.length).toBeGreaterThan(5);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('hands out settings that do not share state with the defaults', () => {
    const loaded = loadSettings({});
    loaded.settings.workHours.mon.push({ start: '20:00', end: '21:00' });
    expect(DEFAULT_SETTINGS.workHours.mon).toEqual([{ start: '09:00', end: '18:00' }]);
    expect(loadSettings({}).settings.workHours.mon).toEqual([{ start: '09:00', end: '18:00' }]);
  });
});
