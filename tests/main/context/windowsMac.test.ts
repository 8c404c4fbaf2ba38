import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  cameraInUse,
  DEFAULT_INPUT_DEVICE,
  DEVICES,
  fourCC,
  microphoneInUse,
  RUNNING_SOMEWHERE,
  SYSTEM_OBJECT,
  type PropertyAddress,
  type PropertyApi,
} from '../../../electron/context/mac/coreAudio';
import { focusFromAssertions, readFocus } from '../../../electron/context/mac/focusAssertions';
import type { ToolRunner } from '../../../electron/context/runTool';
import {
  appsInUse,
  createConsentStoreSource,
  runningImages,
} from '../../../electron/context/windows/consentStore';
import {
  createWindowsNotificationStateSource,
  QUNS,
} from '../../../electron/context/windows/notificationState';
import { recordReadings } from './readings';

/**
 * Windows and macOS cannot run here: their adapters are tested against fakes of the one thin function
 * each OS call sits behind (the koffi bindings themselves are only type-checked).
 */
describe('Windows: SHQueryUserNotificationState', () => {
  const pollWith = async (hr: number, state: number) => {
    const source = createWindowsNotificationStateSource(() => () => ({ hr, state }));
    const rec = recordReadings(source);
    await source.poll!();
    return rec.last();
  };

  it('maps each state to full screen, presenting or quiet time', async () => {
    const free = { fullscreen: 'free', presenting: 'free', dnd: 'free' };
    expect((await pollWith(0, QUNS.ACCEPTS_NOTIFICATIONS)).signals).toEqual(free);
    expect((await pollWith(0, QUNS.NOT_PRESENT)).signals).toEqual(free);
    for (const s of [QUNS.BUSY, QUNS.RUNNING_D3D_FULL_SCREEN, QUNS.APP])
      expect((await pollWith(0, s)).signals).toEqual({ ...free, fullscreen: 'busy' });
    expect((await pollWith(0, QUNS.PRESENTATION_MODE)).signals).toEqual({ ...free, presenting: 'busy' });
    expect((await pollWith(0, QUNS.QUIET_TIME)).signals).toEqual({ ...free, dnd: 'busy' });
  });

  it('a failed call or an unknown state is unknown, with the reason', async () => {
    expect(await pollWith(0x80004005 | 0, QUNS.BUSY)).toMatchObject({
      signals: { fullscreen: 'unknown' },
      problem: 'SHQueryUserNotificationState failed (HRESULT 0x80004005)',
    });
    expect((await pollWith(0, 42)).problem).toBe('unknown state 42');
  });

  it('binds koffi once, on the first poll; a binding that fails is unknown', async () => {
    const bind = vi.fn(() => () => ({ hr: 0, state: QUNS.BUSY }));
    const source = createWindowsNotificationStateSource(bind);
    expect(bind).not.toHaveBeenCalled();
    await source.poll!();
    await source.poll!();
    expect(bind).toHaveBeenCalledOnce();
    const broken = createWindowsNotificationStateSource(() => {
      throw new Error('Cannot find module koffi.node');
    });
    const rec = recordReadings(broken);
    await broken.poll!();
    expect(rec.last().problem).toBe('Cannot find module koffi.node');
  });
});

/** reg.exe's output format for `reg query KEY /s`: a key line, then indented "name type data" lines. */
const REG = (entries: [string, string, string][]) =>
  entries
    .map(([key, start, stop]) =>
      [
        `HKEY_CURRENT_USER\\${key}`,
        `    LastUsedTimeStart    REG_QWORD    ${start}`,
        `    LastUsedTimeStop    REG_QWORD    ${stop}`,
        '',
      ].join('\r\n'),
    )
    .join('\r\n');
const MIC = 'Software\\Microsoft\\Windows\\CurrentVersion\\CapabilityAccessManager\\ConsentStore\\microphone';

describe('Windows: ConsentStore', () => {
  it('an app with a start time and no stop time is using the device', () => {
    const out = REG([
      [`${MIC}\\Microsoft.SkypeApp_kzf8qxf38zg5c`, '0x1d9a5b7c3e2f1a0', '0x0'],
      [`${MIC}\\NonPackaged\\C:#Program Files#Zoom#bin#Zoom.exe`, '0x1d9a5b7c3e2f1a0', '0x0'],
      [`${MIC}\\NonPackaged\\C:#Tools#old.exe`, '0x1d9a5b7c3e2f1a0', '0x1d9a5b7c3e2f1b0'],
      [`${MIC}\\NonPackaged\\C:#Tools#never.exe`, '0x0', '0x0'],
    ]);
    expect(appsInUse(out)).toEqual([
      { key: `HKEY_CURRENT_USER\\${MIC}\\Microsoft.SkypeApp_kzf8qxf38zg5c`, exe: null },
      { key: `HKEY_CURRENT_USER\\${MIC}\\NonPackaged\\C:#Program Files#Zoom#bin#Zoom.exe`, exe: 'zoom.exe' },
    ]);
    expect(runningImages('"Zoom.exe","1234","Console","1","120,000 K"\r\n"explorer.exe","1"')).toEqual(
      new Set(['zoom.exe', 'explorer.exe']),
    );
  });

  it('counts a desktop app only while its exe runs; a failing reg.exe is unknown', async () => {
    const zoom = REG([[`${MIC}\\NonPackaged\\C:#Zoom#Zoom.exe`, '0x1d9', '0x0']]);
    const runner =
      (tasks: string): ToolRunner =>
      async (command, args) =>
        command === 'tasklist'
          ? { ok: true, stdout: tasks }
          : { ok: true, stdout: String(args[1]).endsWith('microphone') ? zoom : '' };
    const read = async (run: ToolRunner) => {
      const source = createConsentStoreSource(run);
      const rec = recordReadings(source);
      await source.poll!();
      return rec.last();
    };
    expect((await read(runner('"Zoom.exe","1"'))).signals).toEqual({ microphone: 'busy', camera: 'free' });
    expect((await read(runner('"explorer.exe","1"'))).signals).toEqual({
      microphone: 'free',
      camera: 'free',
    });
    expect(await read(async () => ({ ok: false, problem: 'reg failed: access denied' }))).toMatchObject({
      signals: { microphone: 'unknown', camera: 'unknown' },
      problem: 'reg failed: access denied',
    });
  });
});

/** A fake Core Audio / CoreMediaIO property store: objects hold 32-bit values or lists by selector. */
function fakeProperties(store: Record<number, Record<number, number[]>>, failing?: number): PropertyApi {
  const find = (id: number, a: PropertyAddress) => {
    expect(a.scope).toBe(fourCC('glob'));
    expect(a.element).toBe(0);
    return store[id]?.[a.selector];
  };
  return {
    getData(id, a, size) {
      const v = find(id, a);
      if (!v || a.selector === failing) return { status: 2003332927, data: Buffer.alloc(0) }; // 'who?'
      const data = Buffer.alloc(Math.min(size, v.length * 4));
      v.slice(0, data.length / 4).forEach((x, i) => data.writeUInt32LE(x, i * 4));
      return { status: 0, data };
    },
    getSize(id, a) {
      const v = find(id, a);
      return v ? { status: 0, size: v.length * 4 } : { status: 2003332927, size: 0 };
    },
  };
}

describe('macOS: Core Audio microphone and CoreMediaIO camera', () => {
  const gone = RUNNING_SOMEWHERE.selector;
  it('the default input device running somewhere is the microphone in use', () => {
    const api = (running: number) =>
      fakeProperties({
        [SYSTEM_OBJECT]: { [DEFAULT_INPUT_DEVICE.selector]: [77] },
        77: { [gone]: [running] },
      });
    expect(microphoneInUse(api(1))).toEqual({ signals: { microphone: 'busy' } });
    expect(microphoneInUse(api(0))).toEqual({ signals: { microphone: 'free' } });
    expect(
      microphoneInUse(fakeProperties({ [SYSTEM_OBJECT]: { [DEFAULT_INPUT_DEVICE.selector]: [0] } })),
    ).toEqual({
      signals: { microphone: 'free' },
    });
    expect(microphoneInUse(fakeProperties({}))).toEqual({
      problem: 'reading the default input device failed (OSStatus 2003332927)',
    });
  });

  it('any camera running somewhere is the camera in use', () => {
    const api = (a: number, b: number) =>
      fakeProperties({
        [SYSTEM_OBJECT]: { [DEVICES.selector]: [5, 6] },
        5: { [gone]: [a] },
        6: { [gone]: [b] },
      });
    expect(cameraInUse(api(0, 1))).toEqual({ signals: { camera: 'busy' } });
    expect(cameraInUse(api(0, 0))).toEqual({ signals: { camera: 'free' } });
    expect(cameraInUse(fakeProperties({ [SYSTEM_OBJECT]: { [DEVICES.selector]: [] } }))).toEqual({
      signals: { camera: 'free' },
    });
    expect(
      cameraInUse(fakeProperties({ [SYSTEM_OBJECT]: { [DEVICES.selector]: [5] }, 5: { [gone]: [1] } }, gone)),
    ).toEqual({
      problem: 'reading DeviceIsRunningSomewhere failed (OSStatus 2003332927)',
    });
  });

  it('four-character codes are big-endian, as in Apple’s headers', () => {
    expect(fourCC('glob')).toBe(0x676c6f62);
    expect(DEFAULT_INPUT_DEVICE.selector).toBe(0x64496e20);
  });
});

describe('macOS: Focus from ~/Library/DoNotDisturb/DB', () => {
  it('assertion records mean a Focus is on', () => {
    expect(focusFromAssertions('{"data":[{"storeAssertionRecords":[{"assertionDetails":{}}]}]}')).toEqual({
      signals: { dnd: 'busy' },
    });
    expect(focusFromAssertions('{"data":[{"storeAssertionRecords":[]}]}')).toEqual({
      signals: { dnd: 'free' },
    });
    expect(focusFromAssertions('{"data":[{}]}')).toEqual({ signals: { dnd: 'free' } });
    expect(focusFromAssertions('{"nope":1}')).toEqual({ problem: 'Assertions.json has no data list' });
    expect(focusFromAssertions('{')).toEqual({ problem: 'Assertions.json is not JSON' });
  });

  it('reads the real file; no file is off', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mobes-focus-'));
    try {
      expect(await readFocus(dir)).toEqual({ signals: { dnd: 'free' } });
      writeFileSync(join(dir, 'Assertions.json'), '{"data":[{"storeAssertionRecords":[{}]}]}');
      expect(await readFocus(dir)).toEqual({ signals: { dnd: 'busy' } });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
