import type { Tri } from '../../../shared/context/reasons';
import { readingEmitter, unknownReading, type ContextSource } from '../source';
import type { ToolRunner } from '../runTool';
import type { DBusLink } from './dbusLink';

export const BANNERS_SCHEMA = 'org.gnome.desktop.notifications';
export const BANNERS_KEY = 'show-banners';
const BANNERS_PATH = '/org/gnome/desktop/notifications/';

/** GNOME's Do Not Disturb switch is `show-banners` turned off. */
export function dndFromBanners(value: string): Tri {
  const v = value.trim();
  return v === 'false' ? 'busy' : v === 'true' ? 'free' : 'unknown';
}

/** Whether a dconf Notify(prefix, changes, tag) touches the notification keys. */
export function touchesBanners(body: unknown[]): boolean {
  const prefix = typeof body[0] === 'string' ? body[0] : '';
  const changes = Array.isArray(body[1]) ? (body[1] as unknown[]) : [''];
  return changes.some((c) => {
    const key = prefix + String(c);
    return key.startsWith(BANNERS_PATH) || BANNERS_PATH.startsWith(key);
  });
}

/**
 * Do Not Disturb on GNOME: the `show-banners` key. Changes come from dconf's own D-Bus signal
 * (ca.desrt.dconf.Writer Notify, sent by dconf-service on every write), so nothing polls and no child
 * stays running; the value is read with `gsettings get`, since the D-Bus interface only announces
 * changes and the stored value sits in dconf's binary GVDB file, which GLib's own client reads for us.
 * The match rule is confirmed before the first read, so no change can slip between the two.
 * https://gitlab.gnome.org/GNOME/dconf/-/blob/main/service/ca.desrt.dconf.xml
 */
export function createGnomeBannersSource(run: ToolRunner, session: DBusLink): ContextSource {
  const { emit, onChange } = readingEmitter();
  const signals = ['dnd'] as const;
  let off: (() => void) | null = null;
  let seq = 0;

  const read = async () => {
    const mine = ++seq;
    const out = await run('gsettings', ['get', BANNERS_SCHEMA, BANNERS_KEY]);
    if (mine !== seq || !off) return;
    if (!out.ok) return emit(unknownReading(signals, out.problem));
    const dnd = dndFromBanners(out.stdout);
    emit(
      dnd === 'unknown'
        ? unknownReading(signals, `gsettings said "${out.stdout.trim()}"`)
        : { signals: { dnd } },
    );
  };

  return {
    id: 'linux-gnome-show-banners',
    label: 'Do Not Disturb (GNOME)',
    signals,
    onChange,
    start() {
      if (off) return;
      off = session.subscribe({ interface: 'ca.desrt.dconf.Writer', member: 'Notify' }, (body) => {
        if (touchesBanners(body)) void read();
      });
      void session.subscribed().then(read);
    },
    stop() {
      off?.();
      off = null;
      seq++;
    },
  };
}
