import { spawn } from 'node:child_process';
import { mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cameraInUse } from '../../../electron/context/linux/cameraProc';
import { createX11FullscreenSource } from '../../../electron/context/linux/x11Fullscreen';
import { createToolRunner } from '../../../electron/context/runTool';
import { firstLine, kill } from './privateBus';
import { recordReadings } from './readings';

describe('camera in use: /proc scan against a real process', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mobes-cam-'));
  const device = join(dir, 'fake-video0');
  writeFileSync(device, '');
  const devices = { dir, name: /^fake-video\d+$/ };
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is busy while another process holds the device open, free once it is gone', async () => {
    expect(await cameraInUse(devices)).toEqual({ signals: { camera: 'free' } });
    const fd = openSync(device, 'r');
    // A real child holding the "device" on its stdin, as a call app holds /dev/video0.
    const child = spawn('sleep', ['60'], { stdio: [fd, 'ignore', 'ignore'] });
    try {
      await new Promise((r) => child.once('spawn', r));
      expect(await cameraInUse(devices, process.pid)).toEqual({ signals: { camera: 'busy' } });
    } finally {
      await kill(child);
    }
    expect(await cameraInUse(devices, process.pid)).toEqual({ signals: { camera: 'free' } });
  });

  it('does not count Mobes itself holding the device', async () => {
    const fd = openSync(device, 'r');
    try {
      expect(await cameraInUse(devices, process.pid)).toEqual({ signals: { camera: 'free' } });
      expect(await cameraInUse(devices, -1)).toEqual({ signals: { camera: 'busy' } });
    } finally {
      (await import('node:fs')).closeSync(fd);
    }
  });

  it('no device at all is free without scanning; an unreadable folder is a problem', async () => {
    expect(await cameraInUse({ dir, name: /^nothing$/ })).toEqual({ signals: { camera: 'free' } });
    expect(await cameraInUse({ dir: join(dir, 'missing'), name: /x/ })).toEqual({
      problem: expect.stringContaining('ENOENT'),
    });
  });
});

describe('full screen on X11: a real window under Xvfb', () => {
  let xvfb: ReturnType<typeof spawn>;
  let win: ReturnType<typeof spawn>;
  let env: NodeJS.ProcessEnv;
  const run = (args: string[]) => createToolRunner(env)('xprop', args);

  // Xvfb and xmessage start in well under a second alone, but several seconds on a loaded 2-core machine.
  const APPEAR_MS = 30_000;
  beforeAll(async () => {
    // -displayfd: Xvfb picks a free display and prints its number once it accepts clients.
    xvfb = spawn('Xvfb', ['-displayfd', '1', '-screen', '0', '640x480x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    env = { ...process.env, DISPLAY: `:${await firstLine(xvfb, 'Xvfb')}` };
    win = spawn('xmessage', ['-title', 'mobes-fullscreen-test', 'hello'], { env, stdio: 'ignore' });
    for (const until = Date.now() + APPEAR_MS; Date.now() < until;) {
      const r = await createToolRunner(env)('xwininfo', ['-name', 'mobes-fullscreen-test']);
      const id = r.ok ? /Window id: (0x[0-9a-f]+)/.exec(r.stdout)?.[1] : undefined;
      if (id) {
        env.MOBES_TEST_WINDOW = id;
        return;
      }
      await new Promise((res) => setTimeout(res, 100));
    }
    throw new Error(`the xmessage window did not appear within ${APPEAR_MS / 1000} s`);
  }, APPEAR_MS + 10_000);
  afterAll(async () => {
    if (win) await kill(win);
    if (xvfb) await kill(xvfb);
  });

  it('follows the active window’s _NET_WM_STATE_FULLSCREEN', async () => {
    const id = env.MOBES_TEST_WINDOW!;
    const source = createX11FullscreenSource(createToolRunner(env));
    const rec = recordReadings(source);

    // No window manager has named an active window yet.
    await source.poll!();
    expect(rec.last()).toEqual({ signals: { fullscreen: 'free' } });

    // What a window manager does: name the active window, then mark it full screen.
    expect(
      (await run(['-root', '-f', '_NET_ACTIVE_WINDOW', '32x', '-set', '_NET_ACTIVE_WINDOW', id])).ok,
    ).toBe(true);
    await source.poll!();
    expect(rec.last()).toEqual({ signals: { fullscreen: 'free' } });

    await run(['-id', id, '-f', '_NET_WM_STATE', '32a', '-set', '_NET_WM_STATE', '_NET_WM_STATE_FULLSCREEN']);
    await source.poll!();
    expect(rec.last()).toEqual({ signals: { fullscreen: 'busy' } });

    await run(['-id', id, '-f', '_NET_WM_STATE', '32a', '-set', '_NET_WM_STATE', '_NET_WM_STATE_ABOVE']);
    await source.poll!();
    expect(rec.last()).toEqual({ signals: { fullscreen: 'free' } });
  });

  it('without a display, or without xprop, it is unknown with the reason', async () => {
    const noDisplay = createX11FullscreenSource(createToolRunner({ ...process.env, DISPLAY: ':999' }));
    const rec = recordReadings(noDisplay);
    await noDisplay.poll!();
    expect(rec.last()).toMatchObject({
      signals: { fullscreen: 'unknown' },
      problem: expect.stringContaining('xprop'),
    });

    const noTool = createX11FullscreenSource(createToolRunner({ ...env, PATH: '/nonexistent' }));
    const rec2 = recordReadings(noTool);
    await noTool.poll!();
    expect(rec2.last()).toEqual({ signals: { fullscreen: 'unknown' }, problem: 'xprop is not installed' });
  });
});
