/** webContents and its main frame: loads, sends, and what a page can attempt (navigate, open, attach). */
import type { HandlerDetails, WindowOpenHandlerResponse } from 'electron';
import { EventEmitter } from 'node:events';
import { cancellable, destroyedError } from './state';

let nextContentsId = 1;

export class FakeWebFrame {
  constructor(public url: string) {}
}

export class FakeWebContents extends EventEmitter {
  readonly id = nextContentsId++;
  url = '';
  loads: string[] = [];
  sent: { channel: string; args: unknown[] }[] = [];
  private destroyed = false;
  private openHandler: ((details: HandlerDetails) => WindowOpenHandlerResponse) | null = null;
  readonly mainFrame = new FakeWebFrame('');

  send(channel: string, ...args: unknown[]): void {
    if (this.destroyed) throw destroyedError();
    this.sent.push({ channel, args });
  }
  getURL(): string {
    return this.url;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  setWindowOpenHandler(handler: (details: HandlerDetails) => WindowOpenHandlerResponse): void {
    this.openHandler = handler;
  }
  async loadURL(url: string): Promise<void> {
    if (this.destroyed) throw destroyedError();
    this.url = url;
    this.mainFrame.url = url;
    this.loads.push(url);
    await Promise.resolve();
    this.emit('did-finish-load');
  }
  destroy(): void {
    this.destroyed = true;
    this.emit('destroyed');
  }

  // ---- test helpers: what a page can attempt
  /** A page-initiated navigation; returns whether it was allowed (not prevented). */
  navigate(url: string): boolean {
    const event = cancellable({ url });
    this.emit('will-navigate', event, url);
    return !event.defaultPrevented;
  }
  redirect(url: string): boolean {
    const event = cancellable({ url });
    this.emit('will-redirect', event, url);
    return !event.defaultPrevented;
  }
  attachWebview(): boolean {
    const event = cancellable();
    this.emit('will-attach-webview', event, {}, {});
    return !event.defaultPrevented;
  }
  openWindow(url: string): WindowOpenHandlerResponse {
    if (!this.openHandler) return { action: 'allow' };
    return this.openHandler({
      url,
      frameName: '',
      features: '',
      disposition: 'new-window',
      referrer: { url: '', policy: 'default' },
    } as HandlerDetails);
  }
  /** Messages sent on one channel, payloads only. */
  sentOn(channel: string): unknown[] {
    return this.sent.filter((m) => m.channel === channel).map((m) => m.args[0]);
  }
}
