import type { Message, MessageBus } from 'dbus-native';
import { describeError } from '../source';

/** A method call on the bus. `signature`/`body` as in the D-Bus wire format. */
export interface DBusCall {
  destination: string;
  path: string;
  interface: string;
  member: string;
  signature?: string;
  body?: unknown[];
}

/** Which signals a subscription wants; every given field must match. */
export interface SignalMatch {
  path?: string;
  interface: string;
  member: string;
  /** The first argument, as in a match rule's arg0 (NameOwnerChanged's name). */
  arg0?: string;
}

export type SignalHandler = (body: unknown[]) => void;

/**
 * The few things the Linux detectors need from a D-Bus connection, over dbus-native. One link per bus
 * is shared by the detectors on it. Every call fails soft: a missing or dropped bus rejects with a
 * message the detectors turn into `unknown`.
 */
export interface DBusLink {
  call(call: DBusCall): Promise<unknown>;
  getProperty(destination: string, path: string, iface: string, name: string): Promise<unknown>;
  /** Adds the match rule and calls the handler for each matching signal; returns the unsubscribe. */
  subscribe(match: SignalMatch, handler: SignalHandler): () => void;
  /** Resolves once the bus has confirmed every match rule added so far (or refused it). */
  subscribed(): Promise<void>;
  /**
   * Calls back with whether `name` has an owner now, and again each time that changes; with a problem
   * instead when the bus cannot be asked.
   */
  watchName(name: string, handler: (owned: boolean, problem?: string) => void): () => void;
  /** Called when the connection is lost (`problem`) and when it is back after a reconnect. */
  onConnection(handler: (problem: string | null) => void): () => void;
  close(): void;
}

const NO_AUTO_START = 2;
const SIGNAL = 4;

/** A match rule string, quoting each value as the spec asks. */
export function matchRule(m: SignalMatch): string {
  const parts = [`type='signal'`, `interface='${m.interface}'`, `member='${m.member}'`];
  if (m.path) parts.push(`path='${m.path}'`);
  if (m.arg0 !== undefined) parts.push(`arg0='${m.arg0}'`);
  return parts.join(',');
}

/** Connects lazily: nothing touches the bus until the first call or subscription. */
export function createDBusLink(connect: () => MessageBus, label: string): DBusLink {
  let bus: MessageBus | null = null;
  let failed: string | null = null;
  const subs = new Set<{ match: SignalMatch; handler: SignalHandler }>();
  let matchesAdded: Promise<unknown> = Promise.resolve();
  const connectionHandlers = new Set<(problem: string | null) => void>();
  const tellConnection = (problem: string | null) => {
    for (const h of connectionHandlers) h(problem);
  };

  const open = (): MessageBus => {
    if (bus) return bus;
    if (failed) throw new Error(failed);
    try {
      bus = connect();
    } catch (err) {
      failed = `no ${label} bus (${describeError(err)})`;
      throw new Error(failed);
    }
    const conn = bus.connection;
    // Without an 'error' listener a refused socket would be an uncaught exception.
    conn.on('error', (err: Error) => {
      failed = `${label} bus: ${err.message}`;
      tellConnection(failed);
    });
    conn.on('close', () => tellConnection(failed ?? `${label} bus closed`));
    bus.on('reconnected', () => {
      failed = null;
      tellConnection(null);
    });
    conn.on('message', (msg: Message) => {
      if (msg.type !== SIGNAL) return;
      for (const { match, handler } of subs) {
        if (match.member !== msg.member || match.interface !== msg.interface) continue;
        if (match.path && match.path !== msg.path) continue;
        const body = (msg.body ?? []) as unknown[];
        if (match.arg0 !== undefined && body[0] !== match.arg0) continue;
        handler(body);
      }
    });
    return bus;
  };

  const call = async (c: DBusCall): Promise<unknown> => {
    const b = open();
    // NO_AUTO_START: asking about a service must never launch it (a notification daemon is often
    // activatable). https://dbus.freedesktop.org/doc/dbus-specification.html#message-protocol-messages
    return b.invoke({ ...c, flags: NO_AUTO_START } as Message);
  };

  const subscribe = (match: SignalMatch, handler: SignalHandler): (() => void) => {
    const sub = { match, handler };
    subs.add(sub);
    const rule = matchRule(match);
    try {
      const added = open()
        .addMatch(rule)
        .catch(() => {});
      matchesAdded = Promise.all([matchesAdded, added]);
    } catch {
      // The caller learns of the missing bus from its own first call.
    }
    return () => {
      subs.delete(sub);
      if (bus && !failed) bus.removeMatch(rule).catch(() => {});
    };
  };

  return {
    call,
    getProperty: (destination, path, iface, name) =>
      call({
        destination,
        path,
        interface: 'org.freedesktop.DBus.Properties',
        member: 'Get',
        signature: 'ss',
        body: [iface, name],
      }),
    subscribe,
    subscribed: () => matchesAdded.then(() => {}),
    watchName(name, handler) {
      const ask = () =>
        call({
          destination: 'org.freedesktop.DBus',
          path: '/org/freedesktop/DBus',
          interface: 'org.freedesktop.DBus',
          member: 'NameHasOwner',
          signature: 's',
          body: [name],
        }).then(
          (owned) => handler(owned === true),
          (err) => handler(false, describeError(err)),
        );
      const off = subscribe(
        {
          path: '/org/freedesktop/DBus',
          interface: 'org.freedesktop.DBus',
          member: 'NameOwnerChanged',
          arg0: name,
        },
        (body) => handler(typeof body[2] === 'string' && body[2] !== ''),
      );
      void ask();
      return off;
    },
    onConnection(handler) {
      connectionHandlers.add(handler);
      return () => void connectionHandlers.delete(handler);
    },
    close() {
      subs.clear();
      connectionHandlers.clear();
      const b = bus;
      bus = null;
      if (b) b.close().catch(() => {});
    },
  };
}
