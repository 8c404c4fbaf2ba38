import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import dbus from 'dbus-native';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  createGnomeIdleInhibitSource,
  createNotificationsInhibitedSource,
} from '../../../electron/context/linux/busDetectors';
import { createDBusLink, type DBusLink } from '../../../electron/context/linux/dbusLink';
import type { ContextSource, SourceReading } from '../../../electron/context/source';
import { firstLine, kill, startPrivateBus, type PrivateBus } from './privateBus';
import { recordReadings } from './readings';

/**
 * The D-Bus detectors against real components: Debian's dbus-daemon on a private session bus, and a
 * test service (fixtures/busyService.mjs, a real child process) that exports the notification server's
 * `Inhibited` and GNOME's session manager and flips them. Every flip must reach the detector within 1 s.
 */
const FLIP_MS = 1000;
const SERVICE = join(__dirname, 'fixtures', 'busyService.mjs');

let bus: PrivateBus;
const cleanups: (() => unknown)[] = [];

beforeAll(async () => {
  bus = await startPrivateBus();
});
afterAll(async () => {
  await bus?.stop();
});
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function startService(address = bus.address) {
  const child = spawn(process.execPath, [SERVICE], {
    env: { ...process.env, DBUS_SESSION_BUS_ADDRESS: address },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  cleanups.push(() => kill(child));
  expect(await firstLine(child, 'busy service')).toBe('ready');
  return child;
}

function send(child: ChildProcess, command: string) {
  child.stdin!.write(`${command}\n`);
}

function linkTo(address: string): DBusLink {
  const link = createDBusLink(() => dbus.createClient({ busAddress: address }), 'session');
  cleanups.push(() => link.close());
  return link;
}

function started(source: ContextSource) {
  const rec = recordReadings(source);
  source.start();
  cleanups.push(() => source.stop());
  return rec;
}

const is = (signal: string, value: string) => (r: SourceReading) =>
  (r.signals as Record<string, string>)[signal] === value;

describe.each([
  ['notification server Inhibited', createNotificationsInhibitedSource, 'dnd', 'dnd'],
  ['GNOME session idle inhibitor', createGnomeIdleInhibitSource, 'idle-inhibitor', 'inhibit'],
] as const)('%s', (_name, create, signal, command) => {
  it('reads the value, reports each flip within 1 s, and survives the service vanishing and coming back', async () => {
    let service = await startService();
    const rec = started(create(linkTo(bus.address)));
    await rec.waitFor(is(signal, 'free'), FLIP_MS);

    for (const [state, expected] of [
      ['on', 'busy'],
      ['off', 'free'],
      ['on', 'busy'],
    ] as const) {
      const from = rec.seen.length;
      send(service, `${command} ${state}`);
      await rec.waitFor(is(signal, expected), FLIP_MS, from);
    }

    // The service is killed: the detector says it cannot tell (free for the rules), naming why.
    let from = rec.seen.length;
    await kill(service);
    const gone = await rec.waitFor(is(signal, 'unknown'), FLIP_MS, from);
    expect(gone.problem).toMatch(/no .* on the session bus/);

    // It comes back (a fresh process, so the value starts free again) and flips are followed again.
    from = rec.seen.length;
    service = await startService();
    await rec.waitFor(is(signal, 'free'), FLIP_MS, from);
    from = rec.seen.length;
    send(service, `${command} on`);
    await rec.waitFor(is(signal, 'busy'), FLIP_MS, from);
  });

  it('reads unknown, never throws, when the service is not on the bus at all', async () => {
    const rec = started(create(linkTo(bus.address)));
    const r = await rec.waitFor(is(signal, 'unknown'), FLIP_MS);
    expect(r.problem).toMatch(/on the session bus/);
  });
});

describe('a missing or dying bus', () => {
  it('a bus address nobody listens on reads unknown with the reason', async () => {
    const rec = started(createNotificationsInhibitedSource(linkTo('unix:path=/nonexistent/mobes-bus')));
    const r = await rec.waitFor(is('dnd', 'unknown'), FLIP_MS);
    expect(r.problem).toMatch(/ENOENT/);
  });

  it('no bus address at all reads unknown', async () => {
    const link = createDBusLink(() => {
      throw new Error('unknown bus address');
    }, 'session');
    const rec = started(createNotificationsInhibitedSource(link));
    const r = await rec.waitFor(is('dnd', 'unknown'), FLIP_MS);
    expect(r.problem).toBe('no session bus (unknown bus address)');
  });

  it('the bus daemon dying turns a busy reading into unknown', async () => {
    const own = await startPrivateBus();
    cleanups.push(() => own.stop());
    const service = await startService(own.address);
    const rec = started(createNotificationsInhibitedSource(linkTo(own.address)));
    await rec.waitFor(is('dnd', 'free'), FLIP_MS);
    send(service, 'dnd on');
    await rec.waitFor(is('dnd', 'busy'), FLIP_MS);
    const from = rec.seen.length;
    await own.stop();
    const r = await rec.waitFor(is('dnd', 'unknown'), FLIP_MS, from);
    expect(r.problem).toMatch(/session bus/);
  });
});
