import { describe, expect, it, vi } from 'vitest';

const loadKoffi = vi.hoisted(() =>
  vi.fn(() => {
    throw new Error('koffi is not available in this test');
  }),
);
vi.mock('../../../electron/context/loadKoffi', () => ({ loadKoffi }));

import { createPlatformSources } from '../../../electron/context/platformSources';

describe('the detectors for each OS', () => {
  it('Linux on X11 with GNOME: the D-Bus, PipeWire, /proc and X11 detectors, and never koffi', async () => {
    const { sources, close } = await createPlatformSources('linux', {
      DISPLAY: ':0',
      XDG_CURRENT_DESKTOP: 'ubuntu:GNOME',
      DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent/bus',
    });
    expect(sources.map((s) => s.id)).toEqual([
      'linux-notifications-inhibited',
      'linux-gnome-idle-inhibitors',
      'linux-logind-idle-inhibitors',
      'linux-pipewire-microphone',
      'linux-camera-proc',
      'linux-gnome-show-banners',
      'linux-x11-fullscreen',
    ]);
    close();
    expect(loadKoffi).not.toHaveBeenCalled();
  });

  it('Linux on Wayland lists full screen as unavailable, saying why', async () => {
    const { sources, close } = await createPlatformSources('linux', { XDG_SESSION_TYPE: 'wayland' });
    const fs = sources.find((s) => s.signals.includes('fullscreen'))!;
    const seen: unknown[] = [];
    fs.onChange((r) => seen.push(r));
    fs.start();
    expect(seen).toEqual([
      {
        signals: { fullscreen: 'unknown' },
        problem: 'Wayland does not tell other apps when a window is full screen',
      },
    ]);
    expect(sources.some((s) => s.id === 'linux-gnome-show-banners')).toBe(false);
    close();
  });

  it('Windows and macOS load koffi only on the first poll, and a failing load is unknown, not a crash', async () => {
    for (const platform of ['win32', 'darwin'] as const) {
      loadKoffi.mockClear();
      const { sources } = await createPlatformSources(platform, {});
      expect(loadKoffi).not.toHaveBeenCalled();
      const native = sources.filter((s) => /notification-state|coreaudio|coremediaio/.test(s.id));
      expect(native.length).toBeGreaterThan(0);
      for (const s of native) {
        const seen: { problem?: string }[] = [];
        s.onChange((r) => seen.push(r));
        await s.poll!();
        expect(seen[0].problem).toBe('koffi is not available in this test');
      }
      expect(loadKoffi).toHaveBeenCalled();
    }
  });
});
