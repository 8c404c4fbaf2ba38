import type { BrowserWindow } from 'electron';
import type { EventName, Events } from '../../shared/ipc/contract';
import { EVENT_CHANNELS } from '../../shared/ipc/contract';

export type SendEvent = <K extends EventName>(name: K, payload: Events[K]) => void;

/**
 * Sends an event to our windows only: the windows the host passes in, and only while they show one
 * of our pages (never BrowserWindow.getAllWindows(), never a page that is not ours).
 */
export function eventSender(
  windows: () => readonly (BrowserWindow | null)[],
  isOurs: (url: string) => boolean,
) {
  const sendTo = windowSender(isOurs);
  const broadcast: SendEvent = (name, payload) => {
    for (const win of windows()) sendTo(win, name, payload);
  };
  return { sendTo, broadcast };
}

/** Sends an event to one window, only while it shows one of our pages. */
export function windowSender(isOurs: (url: string) => boolean) {
  return <K extends EventName>(win: BrowserWindow | null, name: K, payload: Events[K]): void => {
    if (!win || win.isDestroyed()) return;
    const contents = win.webContents;
    if (contents.isDestroyed() || !isOurs(contents.getURL())) return;
    contents.send(EVENT_CHANNELS[name], payload);
  };
}
