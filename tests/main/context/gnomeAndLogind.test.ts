import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import dbus from 'dbus-native';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDBusLink } from '../../../electron/context/linux/dbusLink';
import {
  createGnomeBannersSource,
  dndFromBanners,
  touchesBanners,
} from '../../../electron/context/linux/gnomeBanners';
import {
  createLogindInhibitorsSource,
  idleInhibitedFromList,
} from '../../../electron/context/linux/logindInhibitors';
import { createToolRunner } from '../../../electron/context/runTool';
import { startPrivateBus, type PrivateBus } from './privateBus';
import { recordReadings } from './readings';

let bus: PrivateBus;
let home: string;
let env: NodeJS.ProcessEnv;
beforeAll(async () => {
  home = mkdtempSync(join(tmpdir(), 'mobes-gs-'));
  // Real gsettings over the real dconf service, which the private bus starts on demand (with this
  // environment, so its database lives in the test's folder).
  const base = { ...process.env, XDG_CONFIG_HOME: home, GSETTINGS_BACKEND: 'dconf' };
  bus = await startPrivateBus(base);
  env = { ...base, DBUS_SESSION_BUS_ADDRESS: bus.address };
});
afterAll(async () => {
  await bus?.stop();
  if (home) rmSync(home, { recursive: true, force: true });
});

describe('GNOME Do Not Disturb: show-banners through gsettings and dconf', () => {
  const set = (value: boolean) =>
    createToolRunner(env)('gsettings', [
      'set',
      'org.gnome.desktop.notifications',
      'show-banners',
      String(value),
    ]);

  it('reads the key and follows each change within 1 s', async () => {
    const link = createDBusLink(() => dbus.createClient({ busAddress: bus.address }), 'session');
    const source = createGnomeBannersSource(createToolRunner(env), link);
    const rec = recordReadings(source);
    source.start();
    try {
      await rec.waitFor((r) => r.signals.dnd === 'free', 3000);
      for (const [banners, dnd] of [
        [false, 'busy'],
        [true, 'free'],
        [false, 'busy'],
      ] as const) {
        const from = rec.seen.length;
        expect((await set(banners)).ok).toBe(true);
        await rec.waitFor((r) => r.signals.dnd === dnd, 1000, from);
      }
    } finally {
      source.stop();
      link.close();
      await set(true);
    }
  });

  it('a missing tool is unknown with the reason', async () => {
    const link = createDBusLink(() => dbus.createClient({ busAddress: bus.address }), 'session');
    const noTool = createGnomeBannersSource(createToolRunner({ ...env, PATH: '/nonexistent' }), link);
    const rec = recordReadings(noTool);
    noTool.start();
    const r = await rec.waitFor((x) => x.signals.dnd === 'unknown', 1000);
    noTool.stop();
    link.close();
    expect(r.problem).toBe('gsettings is not installed');
    expect(dndFromBanners('false')).toBe('busy');
    expect(dndFromBanners('true\n')).toBe('free');
    expect(dndFromBanners('@mb nothing')).toBe('unknown');
    expect(touchesBanners(['/org/gnome/desktop/notifications/show-banners', [''], 't'])).toBe(true);
    expect(touchesBanners(['/org/gnome/desktop/', ['notifications/show-banners', 'a11y/x'], 't'])).toBe(true);
    expect(touchesBanners(['/org/gnome/desktop/interface/', ['gtk-theme'], 't'])).toBe(false);
  });
});

describe('logind idle inhibitors: ListInhibitors', () => {
  it('reads a block-mode idle inhibitor from a real bus peer', async () => {
    let inhibitors: unknown[] = [];
    const service = dbus.createClient({ busAddress: bus.address });
    const manager = dbus.defineInterface({
      name: 'org.freedesktop.login1.Manager',
      methods: { ListInhibitors: { out: { inhibitors: 'a(ssssuu)' }, handler: () => inhibitors } },
    });
    await service.export('/org/freedesktop/login1', manager);
    await service.ownName('org.freedesktop.login1');
    const link = createDBusLink(() => dbus.createClient({ busAddress: bus.address }), 'system');
    const source = createLogindInhibitorsSource(link, 1);
    const rec = recordReadings(source);
    try {
      await source.poll!();
      expect(rec.last()).toEqual({ signals: { 'idle-inhibitor': 'free' } });
      inhibitors = [['sleep', 'Backup', 'copying', 'delay', 1000, 50]];
      await source.poll!();
      expect(rec.last()).toEqual({ signals: { 'idle-inhibitor': 'free' } });
      inhibitors = [['idle:sleep', 'Firefox', 'playing video', 'block', 1000, 51]];
      await source.poll!();
      expect(rec.last()).toEqual({ signals: { 'idle-inhibitor': 'busy' } });
      await service.close();
      await source.poll!();
      expect(rec.last()).toMatchObject({ signals: { 'idle-inhibitor': 'unknown' } });
    } finally {
      link.close();
      await service.close();
    }
  });

  it('a reply of the wrong shape is a problem', () => {
    expect(idleInhibitedFromList('nope', 1)).toEqual({ problem: 'ListInhibitors did not return a list' });
    expect(idleInhibitedFromList([['idle', 'me', 'x', 'block', 0, 7]], 7)).toEqual({
      signals: { 'idle-inhibitor': 'free' },
    });
  });
});
