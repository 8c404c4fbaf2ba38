import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', async () => (await import('./electronDouble')).electronModule);

import type { TrayIcon, TrayState } from '../../shared/app/ports';
import { createTrayController } from '../../electron/tray/trayController';
import { trayIconPath } from '../../electron/tray/trayIcons';
import type { TrayActions } from '../../electron/tray/trayMenu';
import type { FakeMenu, FakeTray } from './electronDouble';
import { resetElectron, state } from './electronDouble';

const ICONS = join(__dirname, '../../resources/icons');
const ALL_ICONS: TrayIcon[] = [
  'progress-0',
  'progress-1',
  'progress-2',
  'progress-3',
  'progress-4',
  'due',
  'paused',
  'off',
];

function trayState(over: Partial<TrayState> = {}): TrayState {
  return {
    icon: 'progress-1',
    phase: 'sitting',
    tooltip: 'Mobes · sitting 4 min · next mobe in 11 min',
    statusLine: 'Sitting 4 min · next mobe in 11 min',
    todayLine: 'Today 2 of 8 mobes · streak 3 days',
    today: { day: '2025-03-05', done: 2, goal: 8, streaks: { current: 3, best: 5 } },
    paused: false,
    canSnooze: true,
    canStartFocus: false,
    startAtLogin: false,
    heldLine: null,
    meeting: false,
    ...over,
  };
}

const actions = (): TrayActions & Record<string, ReturnType<typeof vi.fn>> =>
  ({
    startBreak: vi.fn(),
    startFocus: vi.fn(),
    snooze: vi.fn(),
    pause: vi.fn(),
    resume: vi.fn(),
    meeting: vi.fn(),
    endMeeting: vi.fn(),
    openHistory: vi.fn(),
    openSettings: vi.fn(),
    setStartAtLogin: vi.fn(),
    quit: vi.fn(),
  }) as never;

function make(platform: 'linux' | 'darwin' | 'win32' = 'linux', s = trayState(), startAtLogin = false) {
  resetElectron(platform);
  const a = actions();
  const ctl = createTrayController({
    platform,
    iconsDir: ICONS,
    actions: a,
    initial: { ...s, startAtLogin },
  });
  const tray = state.trays[0] as FakeTray;
  const menu = () => tray.contextMenu as FakeMenu;
  return { ctl, tray, menu, a };
}

const labels = (menu: FakeMenu) => menu.items.filter((i) => i.type !== 'separator').map((i) => i.label);

beforeEach(() => resetElectron());

describe('tray icons', () => {
  it.each(['linux', 'darwin', 'win32'] as const)(
    'every state has a generated 1x and 2x image on %s',
    (platform) => {
      for (const icon of ALL_ICONS) {
        const file = trayIconPath(ICONS, platform, icon);
        expect(existsSync(file), file).toBe(true);
        expect(existsSync(file.replace(/\.png$/, '@2x.png')), file).toBe(true);
      }
    },
  );

  it('macOS gets Template images, flagged as template', () => {
    const { tray } = make('darwin');
    expect(tray.image.path).toMatch(/tray-mac\/progress-1Template\.png$/);
    expect(tray.image.isTemplateImage()).toBe(true);
    expect(tray.image.isEmpty()).toBe(false);
  });

  it('changes the image only when the icon changes', () => {
    const { ctl, tray } = make();
    ctl.update({ ...trayState({ tooltip: 'other' }), startAtLogin: false });
    expect(tray.calls.setImage).toBe(0);
    ctl.update({ ...trayState({ icon: 'due', phase: 'due' }), startAtLogin: false });
    expect(tray.calls.setImage).toBe(1);
    expect(tray.image.path).toMatch(/tray-linux\/due\.png$/);
  });
});

describe('tray menu', () => {
  it('offers everything in the menu (Linux has no click events)', () => {
    const { menu } = make('linux');
    expect(labels(menu())).toEqual([
      'Sitting 4 min · next mobe in 11 min',
      'Start a break now',
      'Snooze',
      'Pause',
      'Meeting mode',
      'Today 2 of 8 mobes · streak 3 days',
      'Open history',
      'Settings…',
      'Start at login',
      'Quit Mobes',
    ]);
    expect(labels(menu().find('pause')!.submenu!)).toEqual([
      'For 30 minutes',
      'For 1 hour',
      'Until tomorrow',
      'Resume',
    ]);
    expect(labels(menu().find('meeting')!.submenu!)).toEqual([
      'For 30 minutes',
      'For 1 hour',
      'Until I end it',
      'End meeting',
    ]);
    expect(menu().find('end-meeting')!.enabled).toBe(false);
    expect(menu().find('held')).toBeUndefined();
    expect(menu().find('today')!.enabled).toBe(false);
    // Linux trays show no tooltip: the menu's first line says that Mobes is counting.
    expect(menu().items[0]).toMatchObject({ id: 'status', enabled: false });
  });

  it.each([
    ['sitting', trayState(), { snooze: true, resume: false, start: true }],
    [
      'due',
      trayState({ phase: 'due', icon: 'due', canSnooze: true }),
      { snooze: true, resume: false, start: true },
    ],
    [
      'prompting',
      trayState({ phase: 'prompting', icon: 'due', canSnooze: true }),
      { snooze: true, resume: false, start: false },
    ],
    [
      'paused',
      trayState({ phase: 'paused', icon: 'paused', paused: true, canSnooze: false }),
      { snooze: false, resume: true, start: true },
    ],
    [
      'off hours',
      trayState({ phase: 'off-hours', icon: 'off', canSnooze: false }),
      { snooze: false, resume: false, start: true },
    ],
    [
      'away',
      trayState({ phase: 'away', icon: 'progress-0', canSnooze: false }),
      { snooze: false, resume: false, start: true },
    ],
  ])('%s: enables what makes sense', (_name, s, expected) => {
    const { menu } = make('linux', s);
    expect(menu().find('snooze')!.enabled).toBe(expected.snooze);
    expect(menu().find('resume')!.enabled).toBe(expected.resume);
    expect(menu().find('start-break')!.enabled).toBe(expected.start);
    expect(menu().find('today')!.label).toBe(s.todayLine);
  });

  it('items call their actions', () => {
    const { menu, a } = make();
    menu().find('start-break')!.click();
    menu().find('snooze')!.click();
    menu().find('pause-30m')!.click();
    menu().find('pause-1h')!.click();
    menu().find('pause-tomorrow')!.click();
    menu().find('history')!.click();
    menu().find('settings')!.click();
    menu().find('quit')!.click();
    expect(a.startBreak).toHaveBeenCalledOnce();
    expect(a.snooze).toHaveBeenCalledOnce();
    expect(vi.mocked(a.pause).mock.calls).toEqual([['30m'], ['1h'], ['tomorrow']]);
    expect(a.openHistory).toHaveBeenCalledOnce();
    expect(a.openSettings).toHaveBeenCalledOnce();
    expect(a.quit).toHaveBeenCalledOnce();
  });

  it('says why breaks are held under the status line, and offers to end a meeting', () => {
    const held = trayState({ heldLine: 'Breaks held: meeting mode and on a call', meeting: true });
    const { menu, a, ctl, tray } = make('linux', held);
    expect(
      menu()
        .items.slice(0, 2)
        .map((i) => [i.id, i.label, i.enabled]),
    ).toEqual([
      ['status', 'Sitting 4 min · next mobe in 11 min', false],
      ['held', 'Breaks held: meeting mode and on a call', false],
    ]);
    expect(menu().find('meeting')!.label).toBe('In a meeting');
    const end = menu().find('end-meeting')!;
    expect(end.enabled).toBe(true);
    end.click();
    expect(a.endMeeting).toHaveBeenCalledOnce();
    // The held line going away rebuilds the menu without it.
    const builds = tray.calls.setContextMenu;
    ctl.update(trayState());
    expect(tray.calls.setContextMenu).toBe(builds + 1);
    expect(menu().find('held')).toBeUndefined();
    expect(menu().find('meeting')!.label).toBe('Meeting mode');
  });

  it('meeting items start meeting mode for 30 minutes, an hour, or until ended', () => {
    const { menu, a } = make();
    menu().find('meeting-30m')!.click();
    menu().find('meeting-1h')!.click();
    menu().find('meeting-open')!.click();
    expect(vi.mocked(a.meeting).mock.calls).toEqual([['30m'], ['1h'], ['open']]);
  });

  it('offers "Start a focus set now" only while a focus period is on', () => {
    expect(make().menu().find('start-focus')).toBeUndefined();
    const { menu, a } = make('linux', trayState({ canStartFocus: true }));
    expect(menu().find('start-focus')!.label).toBe('Start a focus set now');
    menu().find('start-focus')!.click();
    expect(a.startFocus).toHaveBeenCalledOnce();
  });

  it('start at login is a checkbox showing the setting; clicking passes the new value', () => {
    const { menu, a, ctl } = make('linux', trayState(), false);
    const item = menu().find('start-at-login')!;
    expect(item.type).toBe('checkbox');
    expect(item.checked).toBe(false);
    item.click();
    expect(a.setStartAtLogin).toHaveBeenCalledWith(true);
    ctl.update({ ...trayState(), startAtLogin: true });
    expect(menu().find('start-at-login')!.checked).toBe(true);
  });

  it('is rebuilt on change only, never when nothing changed', () => {
    const { ctl, tray } = make();
    expect(tray.calls.setContextMenu).toBe(1);
    for (let i = 0; i < 10; i++) ctl.update({ ...trayState(), startAtLogin: false });
    expect(tray.calls.setContextMenu).toBe(1);
    // A tooltip-only change (sitting minutes) updates the tooltip, not the menu.
    ctl.update({ ...trayState({ tooltip: 'Mobes · sitting 5 min' }), startAtLogin: false });
    expect(tray.calls.setContextMenu).toBe(1);
    expect(tray.tooltip).toBe('Mobes · sitting 5 min');
    ctl.update({ ...trayState({ todayLine: 'Today 3 of 8 mobes · streak 3 days' }), startAtLogin: false });
    expect(tray.calls.setContextMenu).toBe(2);
    ctl.update({ ...trayState({ todayLine: 'Today 3 of 8 mobes · streak 3 days' }), startAtLogin: true });
    expect(tray.calls.setContextMenu).toBe(3);
    // The status line moves once a minute (the core reports the tray only when it changes).
    ctl.update({
      ...trayState({ todayLine: 'Today 3 of 8 mobes · streak 3 days', statusLine: 'Sitting 5 min' }),
      startAtLogin: true,
    });
    expect(tray.calls.setContextMenu).toBe(4);
  });

  it('sets the tooltip from the state', () => {
    const { tray } = make();
    expect(tray.tooltip).toBe('Mobes · sitting 4 min · next mobe in 11 min');
  });
});

describe('tray clicks per platform', () => {
  it('Windows: a left click pops up the menu', () => {
    const { tray } = make('win32');
    tray.clickIcon();
    expect(tray.calls.popUpContextMenu).toBe(1);
  });

  it('Linux and macOS: no click handler of ours (the context menu is the UI)', () => {
    for (const platform of ['linux', 'darwin'] as const) {
      const { tray } = make(platform);
      expect(tray.listenerCount('click')).toBe(0);
    }
  });

  it('bounds are null when the platform reports none (Linux), else the tray rect', () => {
    const { ctl } = make('linux');
    expect(ctl.bounds()).toBeNull();
    state.trayBounds = { x: 1800, y: 1050, width: 24, height: 24 };
    expect(ctl.bounds()).toEqual({ x: 1800, y: 1050, width: 24, height: 24 });
  });
});
