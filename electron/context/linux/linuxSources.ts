import dbus from 'dbus-native';
import type { ContextSource } from '../source';
import { createToolRunner } from '../runTool';
import { createUnavailableSource } from '../staticSource';
import { createGnomeIdleInhibitSource, createNotificationsInhibitedSource } from './busDetectors';
import { createCameraProcSource } from './cameraProc';
import { createDBusLink } from './dbusLink';
import { createGnomeBannersSource } from './gnomeBanners';
import { createLogindInhibitorsSource } from './logindInhibitors';
import { createPipeWireMicrophoneSource } from './pipewireCapture';
import { createX11FullscreenSource } from './x11Fullscreen';

/** Reconnect to a bus that restarts (a new login session), backing off to once every 30 s. */
const RECONNECT = { maxDelay: 30_000 };

export function isWayland(env: NodeJS.ProcessEnv): boolean {
  return env.XDG_SESSION_TYPE === 'wayland' || Boolean(env.WAYLAND_DISPLAY);
}

/** The Linux detectors, over one session-bus and one system-bus connection (both opened lazily). */
export function createLinuxSources(env: NodeJS.ProcessEnv = process.env): {
  sources: ContextSource[];
  close(): void;
} {
  const run = createToolRunner(env);
  const session = createDBusLink(
    () => dbus.createClient({ busAddress: env.DBUS_SESSION_BUS_ADDRESS, reconnect: RECONNECT }),
    'session',
  );
  const system = createDBusLink(() => dbus.systemBus(), 'system');
  const sources: ContextSource[] = [
    createNotificationsInhibitedSource(session),
    createGnomeIdleInhibitSource(session),
    createLogindInhibitorsSource(system),
    createPipeWireMicrophoneSource(run),
    createCameraProcSource(),
  ];
  if (/gnome/i.test(env.XDG_CURRENT_DESKTOP ?? '')) sources.push(createGnomeBannersSource(run, session));
  sources.push(
    isWayland(env)
      ? createUnavailableSource(
          'linux-wayland-fullscreen',
          'Full-screen window (Wayland)',
          ['fullscreen'],
          'Wayland does not tell other apps when a window is full screen',
        )
      : env.DISPLAY
        ? createX11FullscreenSource(run)
        : createUnavailableSource(
            'linux-x11-fullscreen',
            'Full-screen window (X11)',
            ['fullscreen'],
            'no X display',
          ),
  );
  return {
    sources,
    close() {
      session.close();
      system.close();
    },
  };
}
