import Conf from 'conf';
import { DateTime } from 'luxon';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', async () => (await import('./electronDouble')).electronModule);

import { MobesCore } from '../../shared/app/core';
import { todayLine, trayStateFor } from '../../shared/app/trayState';
import type { EngineSnapshot } from '../../shared/engine/types';
import type { TodayStatus } from '../../shared/ipc/contract';
import { REQUEST_CHANNELS } from '../../shared/ipc/contract';
import { DEFAULT_SETTINGS } from '../../shared/settings/schema';
import type { LanguageSetting } from '../../shared/i18n/languages';
import { formatLocale, mainLanguage } from '../../electron/i18n/mainLanguage';
import type { MobesShell } from '../../electron/main/startMobes';
import { startMobes } from '../../electron/main/startMobes';
import { currentZone } from '../../electron/power/powerAdapter';
import type { SettingsBackingStore } from '../../electron/store/settingsPersistence';
import { loadPersistedSettings, saveSettingsTo } from '../../electron/store/settingsPersistence';
import type { FakeMenu, FakeTray } from './electronDouble';
import { app, ipcMain, resetElectron, state } from './electronDouble';

const ICONS = join(__dirname, '../../resources/icons');
// A Wednesday at 10:00 in this machine's zone: inside the default work hours.
const WORK_TIME = DateTime.fromISO('2025-03-05T10:00:00', { zone: currentZone() }).toMillis();

let dir: string;
let shell: MobesShell | null;

/** Starts the shell on an OS that prefers `languages`, with the `language` setting saved as given. */
function start(
  languages: string[],
  systemLocale: string,
  opts: { language?: LanguageSetting; history?: string } = {},
) {
  resetElectron('linux');
  state.preferredSystemLanguages = languages;
  state.systemLocale = systemLocale;
  const userData = join(dir, 'userData');
  state.paths = { userData, documents: join(dir, 'docs') };
  mkdirSync(userData, { recursive: true });
  const settings = { ...DEFAULT_SETTINGS, welcomeDone: true, language: opts.language ?? 'system' };
  writeFileSync(join(userData, 'settings.json'), JSON.stringify(settings));
  if (opts.history !== undefined) writeFileSync(join(userData, 'history.jsonl'), opts.history);
  app.becomeReady();
  shell = startMobes({
    createCore: (ports, init) => new MobesCore(ports, init),
    busy: { createSources: async () => ({ sources: [], close() {} }) },
    platform: 'linux',
    paths: {
      userData,
      renderer: join(dir, 'renderer'),
      preload: '/out/preload/index.cjs',
      icons: ICONS,
      home: join(dir, 'home'),
      execPath: '/opt/Mobes/mobes',
    },
    env: {},
    openSettings: (folder) => {
      const open = () => new Conf({ cwd: folder, configName: 'settings' }) as unknown as SettingsBackingStore;
      const { store, loaded } = loadPersistedSettings(join(folder, 'settings.json'), open);
      return { loaded, save: (s) => saveSettingsTo(store, s) };
    },
    log: () => {},
  });
  return shell;
}

const tray = () => state.trays[0] as FakeTray;
const menu = () => tray().contextMenu as FakeMenu;
const label = (id: string) => menu().find(id)!.label;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'mobes-language-'));
  shell = null;
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date', 'performance'] });
  vi.setSystemTime(WORK_TIME);
});
afterEach(() => {
  shell?.shutdown();
  vi.useRealTimers();
});

describe('the main process in the user language', () => {
  it('shows the tray menu and tooltip in German on a German system', () => {
    start(['de-DE', 'en-US'], 'de-DE');
    expect(label('start-break')).toBe('Jetzt eine Pause machen');
    expect(label('pause-tomorrow')).toBe('Bis morgen');
    expect(label('quit')).toBe('Mobes beenden');
    expect(label('today')).toBe('Heute 0 von 8 Bewegungspausen · Serie 0 Tage');
    expect(tray().tooltip).toMatch(
      /^Mobes · seit unter 1 Min\. im Sitzen · nächste Bewegungspause in \d+ Min\.$/,
    );
    expect(label('status')).toMatch(/^Seit unter 1 Min\./);
  });

  it('shows the tray in Arabic, from a regional tag the app does not ship (ar-EG)', () => {
    start(['ar-EG'], 'ar-EG');
    expect(label('start-break')).toBe('ابدأ استراحة الآن');
    expect(label('settings')).toBe('الإعدادات…');
    expect(tray().tooltip).toContain('استراحة الحركة التالية بعد');
  });

  it('pauses with a 12-hour clock on an en-US system and a 24-hour one on en-GB', () => {
    start(['en-US'], 'en-US');
    menu().find('pause-30m')!.click();
    expect(tray().tooltip).toMatch(/^Mobes · paused until 10:30\sAM$/u);
    expect(label('pause')).toBe('Paused');
    shell!.shutdown();
    start(['en-GB'], 'en-GB');
    menu().find('pause-30m')!.click();
    expect(tray().tooltip).toBe('Mobes · paused until 10:30');
  });

  it('tells about a damaged history file in French on a French system', () => {
    start(['fr-FR'], 'fr-FR', { history: 'broken\n{"kind":"sitting"}\n' });
    expect(state.messageBoxes).toHaveLength(1);
    const [box] = state.messageBoxes;
    expect(box.message).toBe('Mobes a trouvé un problème dans ses fichiers');
    expect(box.detail).toMatch(
      /^Votre historique de mouvement n'a pas pu être lu \(aucune ligne n'est lisible ; ligne 1 : .*\)\. Il a été conservé sous .*history\.corrupt-.*\.jsonl et un nouvel historique a été commencé\.$/,
    );
  });

  it('switches the tray from German to Japanese when the language setting changes, without a restart', async () => {
    start(['en-GB'], 'en-GB', { language: 'de' });
    expect(label('history')).toBe('Verlauf öffnen');
    const before = menu();
    const changed = await ipcMain.invokeFrom(
      'mobes://app/app.html#settings',
      REQUEST_CHANNELS.updateSettings,
      {
        language: 'ja',
      },
    );
    expect(changed).toMatchObject({ ok: true, value: { language: 'ja' } });
    expect(menu()).not.toBe(before);
    expect(label('history')).toBe('履歴を開く');
    expect(label('start-break')).toBe('今すぐ休憩する');
    expect(label('today')).toBe('今日 0/8回 · 0日連続');
    expect(tray().tooltip).toMatch(/^Mobes · 座って1分未満 · 次の休憩まで\d+分$/);
  });

  it('titles the export dialog in the language shown', async () => {
    start(['de-CH', 'de'], 'de-CH');
    await ipcMain.invokeFrom('mobes://app/app.html#history', REQUEST_CHANNELS.exportHistory, {
      format: 'csv',
    });
    expect(state.saveDialogCalls[0].title).toBe('Bewegungsverlauf exportieren');
  });

  it('words a failed export in the language shown, with its path and the system’s reason', async () => {
    start(['de-DE'], 'de-DE');
    const target = join(mkdtempSync(join(tmpdir(), 'mobes-export-')), 'no-such-folder', 'export.csv');
    state.saveDialogResult = { canceled: false, filePath: target };
    const r = await ipcMain.invokeFrom('mobes://app/app.html#history', REQUEST_CHANNELS.exportHistory, {
      format: 'csv',
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    const error = (r as { error: { message: string; text?: string } }).error;
    expect(error.text?.startsWith(`${target} konnte nicht geschrieben werden: ENOENT`)).toBe(true);
    // The log line stays English: the path and the system's words.
    expect(error.message).toMatch(/ENOENT/);
    expect(error.message).not.toMatch(/konnte/);
  });

  it('shows the pseudo-locale, accented and longer, when the setting asks for it', () => {
    start(['en-GB'], 'en-GB', { language: 'en-XA' });
    expect(label('quit')).toBe('⟦Ǫûíţ Ṁöƀéš····⟧');
    expect(tray().tooltip).toMatch(/^⟦Ṁöƀéš · ⟦šíţţíñĝ ⟦ûñđéŕ 1 ɱíñ/u);
  });
});

describe('plurals and formats of the main language', () => {
  const today = (streak: number): TodayStatus => ({
    day: '2025-03-05',
    done: 2,
    goal: 8,
    streaks: { current: streak, best: streak },
  });
  const translatorFor = (setting: LanguageSetting) => mainLanguage(app, setting).translator();

  it('words the Polish streak by CLDR: one, few, many', () => {
    const pl = translatorFor('pl');
    const streaks = [1, 2, 4, 5, 12, 22, 25].map((n) => todayLine(today(n), pl).split('seria: ')[1]);
    expect(streaks).toEqual(['1 dzień', '2 dni', '4 dni', '5 dni', '12 dni', '22 dni', '25 dni']);
  });

  it('words the Arabic streak with each of its six forms', () => {
    const ar = translatorFor('ar');
    const streaks = [0, 1, 2, 3, 11, 100].map((n) => todayLine(today(n), ar).split('سلسلة ')[1]);
    expect(streaks).toEqual(['0 يوم', 'يوم واحد', 'يومين', '3 أيام', '11 يومًا', '100 يوم']);
  });

  it("lists the reasons breaks are held with the language's own conjunction", () => {
    const busy: EngineSnapshot = {
      at: Date.parse('2025-03-05T10:00:00Z'),
      phase: 'sitting',
      zone: 'UTC',
      sittingSeconds: 600,
      secondsToNextBreak: 300,
      pausedUntil: null,
      nextWorkStart: null,
      prompt: null,
      busy: ['call', 'dnd'],
      meeting: false,
      meetingUntil: null,
    };
    const held = (setting: LanguageSetting) =>
      trayStateFor(busy, today(1), DEFAULT_SETTINGS, translatorFor(setting)).heldLine;
    expect(held('de')).toBe('Pausen angehalten: im Anruf und Bitte nicht stören');
    expect(held('fr')).toBe('Pauses suspendues : en appel et Ne pas déranger');
    expect(held('ja')).toBe('休憩を保留中：通話中、おやすみモード');
  });

  it('takes the regional format only when it shares the language shown', () => {
    expect(formatLocale('en', 'en-US')).toBe('en-US');
    expect(formatLocale('de', 'de-AT')).toBe('de-AT');
    expect(formatLocale('en', 'de-DE')).toBe('en-GB');
    expect(formatLocale('ja', 'en_US.UTF-8')).toBe('ja');
  });
});
