import Conf from 'conf';
import { existsSync, mkdtempSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, SETTINGS_VERSION } from '../../shared/settings/schema';
import type { SettingsBackingStore } from '../../electron/store/settingsPersistence';
import { loadPersistedSettings, saveSettingsTo } from '../../electron/store/settingsPersistence';
import { guardSettingsSave, tellOnce } from '../../electron/store/writeErrors';
import type { Notice } from '../../shared/i18n/translator';
import { englishTranslator, noticeText } from '../../shared/i18n/translator';

/** A notice as an English reader sees it (null stays null). */
const english = (n: Notice | null) => (n ? noticeText(englishTranslator, n) : n);

const NOW = Date.parse('2025-03-05T12:00:00Z');
let dir: string;
let file: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'mobes-settings-'));
  file = join(dir, 'settings.json');
});

/** electron-store is conf with Electron's paths; this is the same store, in a temp dir. */
const openConf = () =>
  new Conf({
    cwd: dir,
    configName: 'settings',
    clearInvalidConfig: false,
  }) as unknown as SettingsBackingStore;
const load = () => loadPersistedSettings(file, openConf, () => NOW);
const onDisk = () => JSON.parse(readFileSync(file, 'utf8'));

describe('settings persistence (with conf)', () => {
  it('first run: defaults, written to disk, nothing to tell', () => {
    const { loaded } = load();
    expect(loaded.settings).toEqual(DEFAULT_SETTINGS);
    expect(loaded.notice).toBeNull();
    expect(onDisk()).toEqual(DEFAULT_SETTINGS);
  });

  it('saves and reloads', () => {
    const { store } = load();
    saveSettingsTo(store, { ...DEFAULT_SETTINGS, breakIntervalMinutes: 20, sound: true });
    const { loaded } = load();
    expect(loaded.settings).toMatchObject({ breakIntervalMinutes: 20, sound: true });
    expect(loaded.problems).toEqual([]);
  });

  it('migrates a version 1 file, stores the migrated result, and stays quiet about a clean upgrade', () => {
    const v1 = {
      version: 1,
      intervalMinutes: 20,
      breakLengthSeconds: 40,
      naturalBreakMinutes: 5,
      workDays: [1, 2, 3, 4],
      workStart: '08:30',
      workEnd: '16:30',
      dailyGoal: 6,
      areas: { neck: true, hip: true, wrist: false, shoulder: true, spine: true, ankle: true },
      seatedOnly: true,
      hiddenMobes: [],
      likedMobes: [],
      sound: false,
      startAtLogin: true,
    };
    writeFileSync(file, JSON.stringify(v1));
    const { loaded } = load();
    expect(loaded.migratedFrom).toBe(1);
    expect(loaded.settings.version).toBe(SETTINGS_VERSION);
    expect(loaded.settings.breakIntervalMinutes).toBe(20);
    expect(loaded.settings.workHours.mon).toEqual([{ start: '08:30', end: '16:30' }]);
    expect(loaded.settings.workHours.fri).toEqual([]);
    expect(onDisk()).toEqual(loaded.settings);
    // The next start reads a current file: no migration again.
    expect(load().loaded.migratedFrom).toBeNull();
  });

  it('invalid fields: keeps a copy of the file, writes repaired settings, tells the user once', () => {
    const stored = { ...DEFAULT_SETTINGS, breakIntervalMinutes: 3, snoozeMinutes: 'soon' };
    writeFileSync(file, JSON.stringify(stored));
    const { loaded } = load();
    expect(loaded.problems.map((p) => p.field).sort()).toEqual(['breakIntervalMinutes', 'snoozeMinutes']);
    expect(loaded.settings.breakIntervalMinutes).toBe(DEFAULT_SETTINGS.breakIntervalMinutes);
    const copy = join(dir, 'settings.invalid-2025-03-05T12-00-00-000Z.json');
    expect(JSON.parse(readFileSync(copy, 'utf8'))).toEqual(stored);
    expect(english(loaded.notice)).toContain(copy);
    expect(english(loaded.notice)).toContain('breakIntervalMinutes');
    expect(onDisk()).toEqual(loaded.settings);
    // Repaired: the next start has nothing to report.
    expect(load().loaded.notice).toBeNull();
  });

  it('a file that is not JSON is moved aside before conf opens it; defaults are used; the user is told', () => {
    writeFileSync(file, '{"breakIntervalMinutes": 20,');
    const { loaded } = load();
    const aside = join(dir, 'settings.corrupt-2025-03-05T12-00-00-000Z.json');
    expect(readFileSync(aside, 'utf8')).toBe('{"breakIntervalMinutes": 20,');
    expect(loaded.settings).toEqual(DEFAULT_SETTINGS);
    expect(english(loaded.notice)).toContain(aside);
    expect(onDisk()).toEqual(DEFAULT_SETTINGS);
  });

  it('conf on its own refuses invalid JSON (why the file is moved aside first)', () => {
    writeFileSync(file, 'nope');
    expect(() => openConf().store).toThrow();
  });

  it('if the store cannot open, uses defaults in memory and says changes are not saved', () => {
    writeFileSync(file, JSON.stringify(DEFAULT_SETTINGS));
    const { store, loaded } = loadPersistedSettings(file, () => {
      throw new Error('EACCES');
    });
    expect(loaded.settings).toEqual(DEFAULT_SETTINGS);
    expect(english(loaded.notice)).toContain('will not be saved');
    saveSettingsTo(store, { ...DEFAULT_SETTINGS, sound: true });
    expect(onDisk()).toEqual(DEFAULT_SETTINGS);
    expect(readdirSync(dir)).toEqual(['settings.json']);
    expect(existsSync(file)).toBe(true);
  });

  it('a write that fails (the data folder became unusable) never throws: one notice, the saved file kept', () => {
    const { store } = load();
    saveSettingsTo(store, { ...DEFAULT_SETTINGS, breakIntervalMinutes: 20 });
    // A real failure, not a mock: the folder is moved away and a file takes its name, so conf's
    // atomic write (a temporary file beside settings.json, then rename) fails with ENOTDIR.
    renameSync(dir, `${dir}.moved`);
    writeFileSync(dir, 'not a folder');
    const told: string[] = [];
    const save = guardSettingsSave(
      (s) => saveSettingsTo(store, s),
      tellOnce((m) => told.push(english(m)!)),
      () => {},
    );
    expect(() => save({ ...DEFAULT_SETTINGS, breakIntervalMinutes: 25 })).not.toThrow();
    expect(() => save({ ...DEFAULT_SETTINGS, breakIntervalMinutes: 30 })).not.toThrow();
    expect(told).toHaveLength(1);
    expect(told[0]).toMatch(
      /^Mobes could not save your settings \((ENOTDIR|ENOENT|EEXIST)\)\. Your changes apply until Mobes quits/,
    );
    // What was saved before is intact.
    expect(JSON.parse(readFileSync(join(`${dir}.moved`, 'settings.json'), 'utf8')).breakIntervalMinutes).toBe(
      20,
    );
  });
});
