/**
 * Busy-detector bench (run by `npm run bench`): what the detectors cost per hour, beside the engine's
 * cost for the same hour and baselines measured in this run. Not a pass/fail test.
 *
 * The detectors run against the real parts, started privately for the bench: PipeWire (pw-dump), Xvfb
 * with a window (xprop), /proc (the camera scan, with a stand-in device so the full scan runs), and a
 * private dbus-daemon with the test service (tests/main/context/fixtures) for signal handling.
 * CPU counts this process and the tools it runs (their user + system time, from /proc/self/stat).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import dbus from 'dbus-native';
import { createNotificationsInhibitedSource } from '../electron/context/linux/busDetectors';
import { cameraInUse } from '../electron/context/linux/cameraProc';
import { createDBusLink } from '../electron/context/linux/dbusLink';
import { createPipeWireMicrophoneSource } from '../electron/context/linux/pipewireCapture';
import { createX11FullscreenSource } from '../electron/context/linux/x11Fullscreen';
import { createContextHub, POLL_INTERVAL_MS } from '../electron/context/hub';
import { createCameraProcSource } from '../electron/context/linux/cameraProc';
import type { ContextSource } from '../electron/context/source';
import { createToolRunner } from '../electron/context/runTool';
import { firstLine, kill, startPrivateBus } from '../tests/main/context/privateBus';
import { Engine } from '../shared/engine/engine';
import { DEFAULT_SETTINGS } from '../shared/settings/schema';
import { simulate } from '../shared/sim/simulate';
import { localInstant } from '../shared/time/zoned';

const N = Number(process.env.BENCH_POLLS ?? 20);
/** How long the hub runs on real timers with every polled source on (and then with polling off). */
const HUB_SECONDS = Number(process.env.BENCH_HUB_SECONDS ?? 95);
const POLLS_PER_HOUR = 3_600_000 / POLL_INTERVAL_MS;
const TICK_MS = 10; // USER_HZ on Linux: /proc/self/stat counts children's CPU in 1/100 s

/** CPU ms used so far by this process and its reaped children. */
function cpuMs(): number {
  const self = process.cpuUsage();
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
  const children = (Number(fields[13]) + Number(fields[14])) * TICK_MS; // cutime, cstime
  return (self.user + self.system) / 1000 + children;
}

async function measure(runs: number, fn: () => Promise<unknown>): Promise<{ cpu: number; wall: number }> {
  await fn(); // warm-up
  const c0 = cpuMs();
  const t0 = performance.now();
  for (let i = 0; i < runs; i++) await fn();
  return { cpu: (cpuMs() - c0) / runs, wall: (performance.now() - t0) / runs };
}

const rows: string[][] = [];
const fmt = (x: number, d = 2) => x.toFixed(d);
const row = (what: string, perPoll: { cpu: number; wall: number } | null, perHour: string, note = '') =>
  rows.push([
    what,
    perPoll ? `${fmt(perPoll.cpu)} ms` : '',
    perPoll ? `${fmt(perPoll.wall)} ms` : '',
    perHour,
    note,
  ]);

const until = async (test: () => Promise<boolean>, ms = 8000) => {
  for (const end = Date.now() + ms; Date.now() < end;) {
    if (await test()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
};

const pollOf = (s: ContextSource) => () => s.poll!();

async function main() {
  const home = mkdtempSync(join(tmpdir(), 'mobes-bench-'));
  const children: ChildProcess[] = [];
  const runtime = join(home, 'run');
  mkdirSync(runtime);
  chmodSync(runtime, 0o700);
  const bus = await startPrivateBus();
  try {
    // Engine baseline: one simulated hour of sitting, sampled as the app samples (nextWakeAt).
    const start = localInstant('2026-03-02', 9 * 60, 'Europe/Berlin');
    const engineHour = await measure(5, async () => {
      const engine = new Engine({
        settings: DEFAULT_SETTINGS,
        zone: 'Europe/Berlin',
        at: start,
        pickMobe: () => ({ mobeId: 'neck-circles', area: 'neck', targetReps: 12 }),
        newId: () => 'p',
      });
      const typing = (t: number) => ((t / 1000) % 20 >= 18 ? 1 : 0);
      simulate({
        target: { input: (i) => void engine.handle(i), nextWakeAt: () => engine.nextWakeAt() },
        idleAt: typing,
        events: [],
        until: start + 3_600_000,
      });
    });
    row('baseline: engine, one simulated hour of sitting', null, `${fmt(engineHour.cpu)} ms/h`);

    const env = {
      ...process.env,
      XDG_RUNTIME_DIR: runtime,
      DBUS_SESSION_BUS_ADDRESS: bus.address,
      HOME: home,
    };
    const run = createToolRunner(env);
    const bare = await measure(N, () => run('true', []));
    row('baseline: spawn `true` (one bare tool run)', bare, `${fmt(bare.cpu * POLLS_PER_HOUR)} ms/h`);

    // PipeWire, with a virtual microphone (pw-dump lists its nodes).
    children.push(spawn('pipewire', [], { env, stdio: 'ignore' }));
    const pwUp = await until(async () => (await run('pw-cli', ['info', '0'])).ok);
    if (pwUp) {
      await run('pw-cli', [
        'create-node',
        'adapter',
        '{ factory.name=support.null-audio-sink node.name=bench-mic media.class=Audio/Source/Virtual object.linger=true }',
      ]);
      const pw = await measure(N, pollOf(createPipeWireMicrophoneSource(run)));
      row('poll: microphone (pw-dump Node)', pw, `${fmt(pw.cpu * POLLS_PER_HOUR)} ms/h`);
    } else row('poll: microphone (pw-dump Node)', null, 'n/a', 'pipewire did not start');

    // The camera scan over every process of this machine, a stand-in device forcing the full scan.
    const dev = join(home, 'bench-video0');
    writeFileSync(dev, '');
    const cam = await measure(N, () => cameraInUse({ dir: home, name: /^bench-video\d+$/ }));
    const procs = readdirSync('/proc').filter((n) => /^\d+$/.test(n)).length;
    row(
      'poll: camera (/proc scan, full)',
      cam,
      `${fmt(cam.cpu * POLLS_PER_HOUR)} ms/h`,
      `${procs} processes`,
    );
    const noCam = await measure(N, () => cameraInUse());
    row('poll: camera (no /dev/video*: skipped)', noCam, `${fmt(noCam.cpu * POLLS_PER_HOUR)} ms/h`);

    // X11: Xvfb, one window named active and full screen.
    const xvfb = spawn('Xvfb', ['-displayfd', '1', '-screen', '0', '640x480x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    children.push(xvfb);
    const xenv = { ...env, DISPLAY: `:${await firstLine(xvfb, 'Xvfb')}` };
    const xrun = createToolRunner(xenv);
    children.push(spawn('xmessage', ['-title', 'bench-fs', 'x'], { env: xenv, stdio: 'ignore' }));
    let id: string | undefined;
    await until(async () => {
      const r = await xrun('xwininfo', ['-name', 'bench-fs']);
      id = r.ok ? /Window id: (0x[0-9a-f]+)/.exec(r.stdout)?.[1] : undefined;
      return Boolean(id);
    });
    if (id) {
      await xrun('xprop', ['-root', '-f', '_NET_ACTIVE_WINDOW', '32x', '-set', '_NET_ACTIVE_WINDOW', id]);
      await xrun('xprop', [
        '-id',
        id,
        '-f',
        '_NET_WM_STATE',
        '32a',
        '-set',
        '_NET_WM_STATE',
        '_NET_WM_STATE_FULLSCREEN',
      ]);
      const x = await measure(N, pollOf(createX11FullscreenSource(xrun)));
      row('poll: full screen (2 x xprop)', x, `${fmt(x.cpu * POLLS_PER_HOUR)} ms/h`);
    }

    // The hub itself, on real timers, with every polled source of this machine on: how many poll cycles
    // it runs a minute while polling is allowed (sitting or due), and none once it is not (paused).
    const polled: ContextSource[] = [createCameraProcSource({ dir: home, name: /^bench-video\d+$/ })];
    if (pwUp) polled.push(createPipeWireMicrophoneSource(run));
    if (id) polled.push(createX11FullscreenSource(xrun));
    const hub = createContextHub({
      sources: polled,
      settings: { calls: true, screenSharing: true, fullScreen: true, doNotDisturb: true },
      log: () => {},
    });
    hub.start();
    hub.setPolling(true);
    const hubCpu0 = cpuMs();
    const onMs = HUB_SECONDS * 1000;
    await new Promise((r) => setTimeout(r, onMs));
    const cyclesOn = hub.cycles;
    const hubCpu = cpuMs() - hubCpu0;
    hub.setPolling(false);
    await new Promise((r) => setTimeout(r, POLL_INTERVAL_MS + 1000));
    const cyclesOff = hub.cycles - cyclesOn;
    hub.stop();
    // The first cycle runs as polling is allowed; the rate is the cycles after it, over the time since.
    const perMinute = (cyclesOn - 1) / (onMs / 60_000);
    const perCycle = hubCpu / cyclesOn;
    rows.push([
      `hub: ${polled.length} polled sources on, ${HUB_SECONDS} s of real time`,
      `${fmt(perCycle)} ms/cycle`,
      `${cyclesOn} cycles, ${fmt(perMinute)}/min after the first (target <= 2)`,
      `${fmt(perCycle * POLLS_PER_HOUR)} ms/h`,
      `${cyclesOff} cycles in ${POLL_INTERVAL_MS / 1000 + 1} s with polling off (paused)`,
    ]);

    // D-Bus signal handling: flips of the notification server's Inhibited, each one to the reading.
    const service = spawn(process.execPath, [join('tests/main/context/fixtures/busyService.mjs')], {
      env,
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    children.push(service);
    await firstLine(service, 'busy service');
    const link = createDBusLink(() => dbus.createClient({ busAddress: bus.address }), 'session');
    const source = createNotificationsInhibitedSource(link);
    let resolveNext: (() => void) | null = null;
    source.onChange(() => resolveNext?.());
    const next = () => new Promise<void>((r) => (resolveNext = r));
    const first = next();
    source.start();
    await first;
    const latencies: number[] = [];
    let on = false;
    const flipCpu0 = process.cpuUsage();
    const FLIPS = 200;
    for (let i = 0; i < FLIPS; i++) {
      on = !on;
      const got = next();
      const t0 = performance.now();
      service.stdin!.write(`dnd ${on ? 'on' : 'off'}\n`);
      await got;
      latencies.push(performance.now() - t0);
    }
    const used = process.cpuUsage(flipCpu0);
    const perSignal = (used.user + used.system) / 1000 / FLIPS;
    latencies.sort((a, b) => a - b);
    rows.push([
      'signal: Do Not Disturb flip (D-Bus PropertiesChanged)',
      `${fmt(perSignal, 3)} ms`,
      `median ${fmt(latencies[FLIPS >> 1])} ms, max ${fmt(latencies[FLIPS - 1])} ms`,
      `${fmt(perSignal * 20, 2)} ms/h at 20 changes/h`,
      'CPU of Mobes only',
    ]);
    source.stop();
    link.close();
  } finally {
    for (const c of children.reverse()) await kill(c);
    await bus.stop();
    rmSync(home, { recursive: true, force: true });
  }

  const header = ['measure', 'CPU per poll', 'wall per poll', 'CPU per hour sitting', 'note'];
  const widths = header.map((_, c) => Math.max(...[header, ...rows].map((r) => r[c].length)));
  const line = (r: string[]) =>
    r
      .map((cell, c) => cell.padEnd(widths[c]))
      .join('  ')
      .trimEnd();
  console.log(
    `Busy-detector bench (node ${process.version}, ${N} polls each after a warm-up; polled detectors run ` +
      `${POLLS_PER_HOUR} times an hour while sitting or due, never while paused, away, off hours or locked)\n`,
  );
  console.log(line(header));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const r of rows) console.log(line(r));
  console.log(
    `\nWakeups: one poll timer, ${POLLS_PER_HOUR} cycles an hour while polling is allowed (2 a minute), none otherwise.`,
  );
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
