import type { ContextSource } from '../source';
import { createPolledSource, type PollResult } from '../polledSource';
import type { DBusLink } from './dbusLink';

/**
 * Idle inhibitors held through systemd-logind (system bus): ListInhibitors returns a(ssssuu) of what,
 * who, why, mode, uid, pid; an entry whose `what` includes `idle` in `block` mode keeps the system from
 * going idle. logind sends no signal when the list changes, so this one is polled.
 * https://www.freedesktop.org/software/systemd/man/latest/org.freedesktop.login1.html
 */
export function idleInhibitedFromList(list: unknown, ownPid: number): PollResult {
  if (!Array.isArray(list)) return { problem: 'ListInhibitors did not return a list' };
  const held = list.some(
    (entry) =>
      Array.isArray(entry) &&
      String(entry[0]).split(':').includes('idle') &&
      entry[3] === 'block' &&
      Number(entry[5]) !== ownPid,
  );
  return { signals: { 'idle-inhibitor': held ? 'busy' : 'free' } };
}

export function createLogindInhibitorsSource(systemBus: DBusLink, ownPid = process.pid): ContextSource {
  return createPolledSource({
    id: 'linux-logind-idle-inhibitors',
    label: 'Apps keeping the system awake (logind)',
    signals: ['idle-inhibitor'],
    async read() {
      const list = await systemBus.call({
        destination: 'org.freedesktop.login1',
        path: '/org/freedesktop/login1',
        interface: 'org.freedesktop.login1.Manager',
        member: 'ListInhibitors',
      });
      return idleInhibitedFromList(list, ownPid);
    },
  });
}
