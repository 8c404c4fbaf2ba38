import type { Tri } from '../../../shared/context/reasons';
import type { ContextSource } from '../source';
import { createBusValueSource } from './busValueSource';
import type { DBusLink } from './dbusLink';

const tri = (busy: unknown): Tri => (busy === true ? 'busy' : busy === false ? 'free' : 'unknown');

export const NOTIFICATIONS = {
  service: 'org.freedesktop.Notifications',
  path: '/org/freedesktop/Notifications',
  iface: 'org.freedesktop.Notifications',
};

/**
 * Do Not Disturb from the notification server's `Inhibited` property (KDE Plasma and other servers that
 * implement it; GNOME Shell does not, see gnomeBanners.ts), followed through PropertiesChanged.
 * https://specifications.freedesktop.org/notification-spec/latest/ (Inhibited, spec 1.3)
 */
export function createNotificationsInhibitedSource(link: DBusLink): ContextSource {
  const { service, path, iface } = NOTIFICATIONS;
  return createBusValueSource({
    id: 'linux-notifications-inhibited',
    label: 'Do Not Disturb (notification server)',
    signals: ['dnd'],
    link,
    service,
    absent: 'no notification server on the session bus',
    read: async (l) => ({ dnd: tri(await l.getProperty(service, path, iface, 'Inhibited')) }),
    changes: [
      {
        match: { path, interface: 'org.freedesktop.DBus.Properties', member: 'PropertiesChanged' },
        value: (body) => {
          if (body[0] !== iface) return null;
          const changed = body[1] as Record<string, unknown> | undefined;
          return changed && 'Inhibited' in changed ? { dnd: tri(changed.Inhibited) } : null;
        },
      },
    ],
  });
}

export const GNOME_SESSION = {
  service: 'org.gnome.SessionManager',
  path: '/org/gnome/SessionManager',
  iface: 'org.gnome.SessionManager',
  /** GsmInhibitorFlag: 8 = inhibit the session being marked as idle. */
  idleFlag: 8,
};

/**
 * Idle inhibitors through GNOME's session manager (browsers and video players inhibit idle while they
 * play or call): IsInhibited(8), asked again on InhibitorAdded/InhibitorRemoved.
 * https://gitlab.gnome.org/GNOME/gnome-session/-/blob/main/gnome-session/org.gnome.SessionManager.xml
 */
export function createGnomeIdleInhibitSource(link: DBusLink): ContextSource {
  const { service, path, iface, idleFlag } = GNOME_SESSION;
  return createBusValueSource({
    id: 'linux-gnome-idle-inhibitors',
    label: 'Apps keeping the session active (GNOME)',
    signals: ['idle-inhibitor'],
    link,
    service,
    absent: 'no GNOME session manager on the session bus',
    read: async (l) => ({
      'idle-inhibitor': tri(
        await l.call({
          destination: service,
          path,
          interface: iface,
          member: 'IsInhibited',
          signature: 'u',
          body: [idleFlag],
        }),
      ),
    }),
    changes: [
      { match: { path, interface: iface, member: 'InhibitorAdded' } },
      { match: { path, interface: iface, member: 'InhibitorRemoved' } },
    ],
  });
}
