/** BrowserWindow: visibility, focus, bounds, always-on-top, and a cancellable close. */
import type {
  BrowserWindow as ElectronBrowserWindow,
  BrowserWindowConstructorOptions,
  Rectangle,
} from 'electron';
import { EventEmitter } from 'node:events';
import { app } from './app';
import { cancellable, destroyedError, state } from './state';
import { FakeWebContents } from './webContents';

type WindowSlice = Pick<
  ElectronBrowserWindow,
  | 'show'
  | 'showInactive'
  | 'hide'
  | 'focus'
  | 'isVisible'
  | 'isFocused'
  | 'isDestroyed'
  | 'isMinimized'
  | 'restore'
  | 'destroy'
  | 'close'
  | 'setBounds'
  | 'getBounds'
  | 'getContentSize'
  | 'setAlwaysOnTop'
  | 'isAlwaysOnTop'
>;

let nextWindowId = 1;

export class FakeBrowserWindow extends EventEmitter implements WindowSlice {
  static getAllWindows(): FakeBrowserWindow[] {
    return state.windows.filter((w) => !w.destroyed);
  }
  readonly id = nextWindowId++;
  readonly options: BrowserWindowConstructorOptions;
  readonly webContents = new FakeWebContents();
  private visible = false;
  private focused = false;
  private destroyed = false;
  private minimized = false;
  private bounds: Rectangle;
  alwaysOnTop: { flag: boolean; level?: string } = { flag: false };
  /** Calls to show(), showInactive() and hide(), in order. */
  readonly visibility: string[] = [];

  constructor(options: BrowserWindowConstructorOptions = {}) {
    super();
    this.options = options;
    this.bounds = {
      x: options.x ?? 0,
      y: options.y ?? 0,
      width: options.width ?? 800,
      height: options.height ?? 600,
    };
    this.alwaysOnTop = { flag: options.alwaysOnTop ?? false };
    state.windows.push(this);
    app.emit('web-contents-created', cancellable(), this.webContents);
    app.emit('browser-window-created', cancellable(), this);
  }
  private alive() {
    if (this.destroyed) throw destroyedError();
  }
  async loadURL(url: string): Promise<void> {
    this.alive();
    await this.webContents.loadURL(url);
    this.emit('ready-to-show');
  }
  show(): void {
    this.alive();
    this.visible = true;
    this.focused = this.options.focusable !== false;
    this.visibility.push('show');
    this.emit('show');
  }
  showInactive(): void {
    this.alive();
    this.visible = true;
    this.visibility.push('showInactive');
    this.emit('show');
  }
  hide(): void {
    this.alive();
    this.visible = false;
    this.focused = false;
    this.visibility.push('hide');
    this.emit('hide');
  }
  focus(): void {
    this.alive();
    if (this.options.focusable !== false) this.focused = true;
  }
  isVisible(): boolean {
    this.alive();
    return this.visible;
  }
  isFocused(): boolean {
    this.alive();
    return this.focused;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  isMinimized(): boolean {
    this.alive();
    return this.minimized;
  }
  restore(): void {
    this.alive();
    this.minimized = false;
  }
  setBounds(bounds: Partial<Rectangle>): void {
    this.alive();
    this.bounds = { ...this.bounds, ...bounds };
  }
  getBounds(): Rectangle {
    this.alive();
    return { ...this.bounds };
  }
  /**
   * The page's size. With a frame and without useContentSize, width/height are the outer size, so
   * the content is smaller by the frame (modelled as a 28 px title bar); otherwise they are equal.
   */
  getContentSize(): number[] {
    this.alive();
    const framed = this.options.frame !== false && !this.options.useContentSize;
    return [this.bounds.width, this.bounds.height - (framed ? 28 : 0)];
  }
  setAlwaysOnTop(flag: boolean, level?: Parameters<ElectronBrowserWindow['setAlwaysOnTop']>[1]): void {
    this.alive();
    this.alwaysOnTop = { flag, level };
  }
  isAlwaysOnTop(): boolean {
    this.alive();
    return this.alwaysOnTop.flag;
  }
  /** Like a click on the window's close button or Alt+F4. */
  close(): void {
    this.alive();
    const event = cancellable();
    this.emit('close', event);
    if (!event.defaultPrevented) this.destroy();
  }
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.visible = false;
    this.webContents.destroy();
    this.emit('closed');
  }
}
