/**
 * The one test double of the Electron API used by every tests/main suite, via
 *   vi.mock('electron', async () => (await import('./electronDouble')).electronModule);
 *
 * It models the parts of Electron the shell uses, with Electron's documented behaviour where it
 * matters to our code (each class `implements` the matching slice of Electron's own types, so a
 * signature drift fails type-checking):
 * - new BrowserWindow emits app 'web-contents-created'; loadURL resolves and emits 'did-finish-load'
 *   then 'ready-to-show'; show() focuses, showInactive() does not; close() emits a cancellable 'close'
 *   then 'closed'; every method of a destroyed window throws "Object has been destroyed".
 * - will-navigate / will-redirect / will-attach-webview get cancellable events; setWindowOpenHandler
 *   is consulted by openWindow().
 * - ipcMain.handle refuses a second handler for a channel; ipcRenderer.invoke reaches the handler with
 *   an event whose senderFrame.url is the calling page's URL; a throwing handler rejects the invoke.
 * - protocol.registerSchemesAsPrivileged throws after 'ready'; protocol.handle refuses a scheme twice.
 * - Menu.buildFromTemplate builds MenuItems; clicking a checkbox flips `checked` before calling click.
 * - nativeImage.createFromPath gives an empty image for a missing file.
 * - powerMonitor: idle time / idle state are set by the test; getSystemIdleState reports 'idle' once the
 *   idle time reaches the threshold, 'locked' when the test locks the screen.
 * - app.dock exists only on macOS; login item settings are kept per platform.
 * - globalShortcut.register returns false for a key another app holds (state.takenShortcuts).
 */
import type {
  GlobalShortcut,
  BrowserWindow as ElectronBrowserWindow,
  BrowserWindowConstructorOptions,
  CustomScheme,
  Display,
  HandlerDetails,
  LoginItemSettings,
  Menu as ElectronMenu,
  MenuItem as ElectronMenuItem,
  MenuItemConstructorOptions,
  NativeImage,
  Point,
  Rectangle,
  SaveDialogOptions,
  SaveDialogReturnValue,
  Settings as LoginSettings,
  Tray as ElectronTray,
  WindowOpenHandlerResponse,
} from 'electron';
import { EventEmitter } from 'node:events';
import { existsSync } from 'node:fs';

type Platform = 'linux' | 'darwin' | 'win32';

const destroyedError = () => new TypeError('Object has been destroyed');

interface Cancellable {
  defaultPrevented: boolean;
  preventDefault(): void;
}
function cancellable<T extends object>(extra?: T): Cancellable & T {
  const e = {
    defaultPrevented: false,
    preventDefault() {
      e.defaultPrevented = true;
    },
    ...(extra ?? ({} as T)),
  };
  return e as Cancellable & T;
}

// ---------------------------------------------------------------------------------------------- state

export const state = {
  platform: 'linux' as Platform,
  ready: false,
  trayBounds: { x: 0, y: 0, width: 0, height: 0 } as Rectangle,
  displays: [] as Display[],
  primaryDisplayId: 1,
  cursor: { x: 100, y: 100 } as Point,
  paths: {} as Record<string, string>,
  appPath: '/app',
  isPackaged: false,
  singleInstance: true,
  loginItem: { openAtLogin: false } as { openAtLogin: boolean },
  appUserModelId: null as string | null,
  quitCalls: 0,
  dockHidden: false,
  idleSeconds: 0,
  screenLocked: false,
  idleStateCalls: [] as number[],
  opened: [] as string[],
  saveDialogResult: { canceled: true } as SaveDialogReturnValue,
  saveDialogCalls: [] as SaveDialogOptions[],
  messageBoxes: [] as { message: string; detail?: string }[],
  notifications: [] as { title?: string; body?: string }[],
  privilegedSchemes: [] as CustomScheme[],
  windows: [] as FakeBrowserWindow[],
  trays: [] as FakeTray[],
  /** Accelerators another app holds: registering them fails, as Electron reports it (false). */
  takenShortcuts: [] as string[],
  /** What app.getPreferredSystemLanguages() and app.getSystemLocale() report (the OS's settings). */
  preferredSystemLanguages: ['en-GB'] as string[],
  systemLocale: 'en-GB',
};

// ---------------------------------------------------------------------------------------- web contents

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

// ------------------------------------------------------------------------------------------- windows

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

// ------------------------------------------------------------------------------------- menu and tray

export class FakeMenuItem {
  id: string;
  label: string;
  type: NonNullable<MenuItemConstructorOptions['type']>;
  enabled: boolean;
  checked: boolean;
  visible: boolean;
  submenu: FakeMenu | null;
  private readonly onClick: MenuItemConstructorOptions['click'];

  constructor(options: MenuItemConstructorOptions) {
    this.id = options.id ?? '';
    this.label = options.label ?? '';
    this.type = options.type ?? (options.submenu ? 'submenu' : 'normal');
    this.enabled = options.enabled ?? true;
    this.checked = options.checked ?? false;
    this.visible = options.visible ?? true;
    this.submenu = Array.isArray(options.submenu) ? FakeMenu.buildFromTemplate(options.submenu) : null;
    this.onClick = options.click;
  }
  /** What Electron does on a click: checkboxes flip first, then the click handler runs. */
  click(): void {
    if (!this.enabled) return;
    if (this.type === 'checkbox') this.checked = !this.checked;
    this.onClick?.(
      this as unknown as ElectronMenuItem,
      undefined,
      {} as KeyboardEvent & Electron.KeyboardEvent,
    );
  }
}

export class FakeMenu {
  static buildFromTemplate(template: Array<MenuItemConstructorOptions | ElectronMenuItem>): FakeMenu {
    const menu = new FakeMenu();
    for (const options of template) {
      const o = options as MenuItemConstructorOptions;
      if (
        o.type &&
        !['normal', 'separator', 'submenu', 'checkbox', 'radio', 'header', 'palette'].includes(o.type)
      ) {
        throw new TypeError(`Invalid menu item type: ${o.type}`);
      }
      menu.items.push(new FakeMenuItem(o));
    }
    return menu;
  }
  items: FakeMenuItem[] = [];
  /** Finds an item by id anywhere in the menu. */
  find(id: string): FakeMenuItem | undefined {
    for (const item of this.items) {
      if (item.id === id) return item;
      const inner = item.submenu?.find(id);
      if (inner) return inner;
    }
    return undefined;
  }
}

export class FakeNativeImage {
  private template = false;
  constructor(readonly path: string) {}
  isEmpty(): boolean {
    return !this.path || !existsSync(this.path);
  }
  setTemplateImage(option: boolean): void {
    this.template = option;
  }
  isTemplateImage(): boolean {
    return this.template;
  }
}

type TraySlice = Pick<
  ElectronTray,
  'setImage' | 'setToolTip' | 'setContextMenu' | 'popUpContextMenu' | 'getBounds' | 'destroy' | 'isDestroyed'
>;

export class FakeTray extends EventEmitter implements TraySlice {
  image: FakeNativeImage;
  tooltip = '';
  contextMenu: FakeMenu | null = null;
  calls = { setImage: 0, setToolTip: 0, setContextMenu: 0, popUpContextMenu: 0 };
  private destroyed = false;

  constructor(image: NativeImage | string) {
    super();
    this.image =
      typeof image === 'string' ? new FakeNativeImage(image) : (image as unknown as FakeNativeImage);
    state.trays.push(this);
  }
  private alive() {
    if (this.destroyed) throw destroyedError();
  }
  setImage(image: NativeImage | string): void {
    this.alive();
    this.image =
      typeof image === 'string' ? new FakeNativeImage(image) : (image as unknown as FakeNativeImage);
    this.calls.setImage++;
  }
  setToolTip(toolTip: string): void {
    this.alive();
    this.tooltip = toolTip;
    this.calls.setToolTip++;
  }
  setContextMenu(menu: ElectronMenu | null): void {
    this.alive();
    this.contextMenu = menu as unknown as FakeMenu | null;
    this.calls.setContextMenu++;
  }
  popUpContextMenu(): void {
    this.alive();
    this.calls.popUpContextMenu++;
  }
  getBounds(): Rectangle {
    this.alive();
    return { ...state.trayBounds };
  }
  destroy(): void {
    this.destroyed = true;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  /** A left click; Linux AppIndicator trays never deliver one. */
  clickIcon(): void {
    if (state.platform === 'linux') return;
    this.emit('click', cancellable(), this.getBounds(), { x: 0, y: 0 });
  }
}

// ------------------------------------------------------------------------------------------------ ipc

type InvokeHandler = (event: unknown, ...args: unknown[]) => unknown;
const handlers = new Map<string, InvokeHandler>();

export const ipcMain = {
  handle(channel: string, handler: InvokeHandler): void {
    if (handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    handlers.set(channel, handler);
  },
  removeHandler(channel: string): void {
    handlers.delete(channel);
  },
  /** Test helper: what ipcRenderer.invoke from a page at `url` does. Rejects if the handler throws. */
  async invokeFrom(url: string | null, channel: string, ...args: unknown[]): Promise<unknown> {
    const handler = handlers.get(channel);
    if (!handler)
      throw new Error(
        `Error invoking remote method '${channel}': Error: No handler registered for '${channel}'`,
      );
    const event = {
      senderFrame: url === null ? null : new FakeWebFrame(url),
      sender: new FakeWebContents(),
      processId: 1,
      frameId: 1,
    };
    return await handler(event, ...args);
  },
  channels: () => [...handlers.keys()],
};

export const ipcRendererState = { pageUrl: 'mobes://app/break.html' };

class FakeIpcRenderer extends EventEmitter {
  invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    // Structured clone, as IPC does: functions and class instances do not cross.
    return ipcMain.invokeFrom(ipcRendererState.pageUrl, channel, ...args.map((a) => structuredClone(a)));
  }
}
export const ipcRenderer = new FakeIpcRenderer();

export const exposed: Record<string, unknown> = {};
export const contextBridge = {
  exposeInMainWorld(apiKey: string, api: unknown): void {
    if (apiKey in exposed)
      throw new Error(`Cannot bind an API on top of an existing property on the window object`);
    exposed[apiKey] = api;
  },
};

// ------------------------------------------------------------------------------------ protocol, session

type ProtocolHandler = (request: Request) => Response | Promise<Response>;
const protocolHandlers = new Map<string, ProtocolHandler>();

export const protocol = {
  registerSchemesAsPrivileged(schemes: CustomScheme[]): void {
    if (state.ready)
      throw new Error('protocol.registerSchemesAsPrivileged should be called before app is ready');
    state.privilegedSchemes.push(...schemes);
  },
  handle(scheme: string, handler: ProtocolHandler): void {
    if (protocolHandlers.has(scheme)) throw new Error(`Failed to register protocol: ${scheme}`);
    protocolHandlers.set(scheme, handler);
  },
  unhandle(scheme: string): void {
    protocolHandlers.delete(scheme);
  },
  isProtocolHandled(scheme: string): boolean {
    return protocolHandlers.has(scheme);
  },
  /** Test helper: what the page's fetch of `url` gets. */
  async fetch(url: string, init?: RequestInit): Promise<Response> {
    const scheme = new URL(url).protocol.slice(0, -1);
    const handler = protocolHandlers.get(scheme);
    if (!handler) throw new Error(`net::ERR_UNKNOWN_URL_SCHEME ${url}`);
    return handler(new Request(url, init));
  },
};

type HeadersListener = (
  details: { url: string; responseHeaders?: Record<string, string[]> },
  callback: (response: { responseHeaders?: Record<string, string[] | string>; cancel?: boolean }) => void,
) => void;

type RequestHandler = (
  wc: unknown,
  permission: string,
  cb: (granted: boolean) => void,
  details: unknown,
) => void;
type CheckHandler = (wc: unknown, permission: string, origin: string, details: unknown) => boolean;

const sessionState = { headersListener: null as HeadersListener | null };

export const defaultSession = {
  permissionRequestHandler: null as RequestHandler | null,
  permissionCheckHandler: null as CheckHandler | null,
  setPermissionRequestHandler(h: RequestHandler | null) {
    this.permissionRequestHandler = h;
  },
  setPermissionCheckHandler(h: CheckHandler | null) {
    this.permissionCheckHandler = h;
  },
  webRequest: {
    onHeadersReceived(listener: HeadersListener | null): void {
      sessionState.headersListener = listener;
    },
  },
  protocol,
  /** Test helper: asks for a permission the way Chromium does; unhandled means granted (Electron's default). */
  requestPermission(permission: string): Promise<boolean> {
    const h = this.permissionRequestHandler;
    if (!h) return Promise.resolve(true);
    return new Promise((resolve) => h(null, permission, resolve, { requestingUrl: 'mobes://app/' }));
  },
  checkPermission(permission: string): boolean {
    return this.permissionCheckHandler
      ? this.permissionCheckHandler(null, permission, 'mobes://app', {})
      : true;
  },
  /** Test helper: the headers a response ends up with after onHeadersReceived. */
  receiveHeaders(
    url: string,
    responseHeaders: Record<string, string[]>,
  ): Promise<Record<string, string[] | string>> {
    const l = sessionState.headersListener;
    if (!l) return Promise.resolve(responseHeaders);
    return new Promise((resolve) =>
      l({ url, responseHeaders }, (r) => resolve(r.responseHeaders ?? responseHeaders)),
    );
  },
};
export const session = { defaultSession };

// --------------------------------------------------------------------------------------- power, screen

class FakePowerMonitor extends EventEmitter {
  getSystemIdleTime(): number {
    return state.idleSeconds;
  }
  getSystemIdleState(idleThreshold: number): 'active' | 'idle' | 'locked' | 'unknown' {
    state.idleStateCalls.push(idleThreshold);
    if (state.screenLocked) return 'locked';
    return state.idleSeconds >= idleThreshold ? 'idle' : 'active';
  }
}
export const powerMonitor = new FakePowerMonitor();

export const screen = {
  getAllDisplays: (): Display[] => state.displays.map((d) => ({ ...d })),
  getPrimaryDisplay: (): Display =>
    state.displays.find((d) => d.id === state.primaryDisplayId) ?? state.displays[0],
  getCursorScreenPoint: (): Point => ({ ...state.cursor }),
};

/** A display as Electron describes one (DIP bounds and work area). */
export function makeDisplay(id: number, bounds: Rectangle, workArea: Rectangle, scaleFactor = 1): Display {
  return {
    id,
    bounds,
    workArea,
    scaleFactor,
    size: { width: bounds.width, height: bounds.height },
    workAreaSize: { width: workArea.width, height: workArea.height },
    rotation: 0,
    internal: false,
    touchSupport: 'unknown',
    monochrome: false,
    accelerometerSupport: 'unknown',
    colorDepth: 24,
    colorSpace: '',
    depthPerComponent: 8,
    displayFrequency: 60,
    label: `display ${id}`,
    maximumCursorSize: { width: 0, height: 0 },
    nativeOrigin: { x: bounds.x, y: bounds.y },
    detected: true,
  } as Display;
}

// ----------------------------------------------------------------------------------------------- app

class FakeApp extends EventEmitter {
  private readyWaiters: (() => void)[] = [];
  get isPackaged(): boolean {
    return state.isPackaged;
  }
  get dock(): { hide(): void; show(): Promise<void> } | undefined {
    if (state.platform !== 'darwin') return undefined;
    return {
      hide: () => {
        state.dockHidden = true;
      },
      show: async () => {
        state.dockHidden = false;
      },
    };
  }
  isReady(): boolean {
    return state.ready;
  }
  whenReady(): Promise<void> {
    if (state.ready) return Promise.resolve();
    return new Promise((resolve) => this.readyWaiters.push(resolve));
  }
  /** Test helper: Electron finished starting. */
  becomeReady(): void {
    state.ready = true;
    this.emit('ready');
    this.readyWaiters.splice(0).forEach((r) => r());
  }
  requestSingleInstanceLock(): boolean {
    return state.singleInstance;
  }
  getPath(name: string): string {
    const p = state.paths[name];
    if (!p) throw new Error(`Failed to get '${name}' path`);
    return p;
  }
  setPath(name: string, value: string): void {
    state.paths[name] = value;
  }
  getAppPath(): string {
    return state.appPath;
  }
  getName(): string {
    return 'Mobes';
  }
  getVersion(): string {
    return '0.1.0';
  }
  getPreferredSystemLanguages(): string[] {
    return [...state.preferredSystemLanguages];
  }
  getSystemLocale(): string {
    return state.systemLocale;
  }
  setAppUserModelId(id: string): void {
    state.appUserModelId = id;
  }
  getLoginItemSettings(): LoginItemSettings {
    // On Linux Electron has no login items: always off.
    const open = state.platform === 'linux' ? false : state.loginItem.openAtLogin;
    return { openAtLogin: open } as LoginItemSettings;
  }
  setLoginItemSettings(settings: LoginSettings): void {
    if (state.platform === 'linux') return;
    state.loginItem.openAtLogin = settings.openAtLogin ?? false;
  }
  quit(): void {
    state.quitCalls++;
    const event = cancellable();
    this.emit('before-quit', event);
    if (event.defaultPrevented) return;
    this.emit('will-quit', cancellable());
    this.emit('quit', cancellable(), 0);
  }
  exit(): void {
    state.quitCalls++;
  }
  focus(): void {}
}
export const app = new FakeApp();

// ------------------------------------------------------------------------------------ shell, dialogs

export const shell = {
  async openExternal(url: string): Promise<void> {
    state.opened.push(url);
  },
};

export const dialog = {
  async showSaveDialog(a: unknown, b?: SaveDialogOptions): Promise<SaveDialogReturnValue> {
    state.saveDialogCalls.push((b ?? a) as SaveDialogOptions);
    return state.saveDialogResult;
  },
  async showMessageBox(a: unknown, b?: { message: string; detail?: string }) {
    const options = (b ?? a) as { message: string; detail?: string };
    state.messageBoxes.push({ message: options.message, detail: options.detail });
    return { response: 0, checkboxChecked: false };
  },
  showErrorBox(title: string, content: string): void {
    state.messageBoxes.push({ message: title, detail: content });
  },
};

export class Notification {
  static isSupported(): boolean {
    return true;
  }
  constructor(private readonly options: { title?: string; body?: string } = {}) {}
  show(): void {
    state.notifications.push(this.options);
  }
}

export const nativeImage = {
  createFromPath: (path: string) => new FakeNativeImage(path),
  createEmpty: () => new FakeNativeImage(''),
};

// ------------------------------------------------------------------------------------ global shortcuts

/**
 * globalShortcut as documented: register() returns false when another app holds the accelerator
 * (state.takenShortcuts) or we hold it already, and throws on an accelerator Electron cannot parse;
 * press() is the test's key press.
 */
class FakeGlobalShortcut implements Pick<
  GlobalShortcut,
  'register' | 'unregister' | 'isRegistered' | 'unregisterAll'
> {
  readonly registered = new Map<string, () => void>();
  register(accelerator: string, callback: () => void): boolean {
    if (!/^(\w+\+)+(\w|F\d+|Plus|Up|Down|Left|Right)$/.test(accelerator)) {
      throw new Error(`Failed to parse accelerator: ${accelerator}`);
    }
    const key = accelerator.toLowerCase();
    if (state.takenShortcuts.some((t) => t.toLowerCase() === key) || this.registered.has(key)) return false;
    this.registered.set(key, callback);
    return true;
  }
  unregister(accelerator: string): void {
    this.registered.delete(accelerator.toLowerCase());
  }
  isRegistered(accelerator: string): boolean {
    return this.registered.has(accelerator.toLowerCase());
  }
  unregisterAll(): void {
    this.registered.clear();
  }
  /** Test helper: the user pressed the accelerator; true when one of ours was registered for it. */
  press(accelerator: string): boolean {
    const cb = this.registered.get(accelerator.toLowerCase());
    cb?.();
    return Boolean(cb);
  }
}
export const globalShortcut = new FakeGlobalShortcut();

// ------------------------------------------------------------------------------------------- module

export const electronModule = {
  app,
  BrowserWindow: FakeBrowserWindow,
  Tray: FakeTray,
  Menu: FakeMenu,
  MenuItem: FakeMenuItem,
  nativeImage,
  powerMonitor,
  screen,
  ipcMain,
  ipcRenderer,
  contextBridge,
  protocol,
  session,
  shell,
  dialog,
  Notification,
  globalShortcut,
};

/** Puts the double back to a fresh, not-yet-ready Electron on `platform`. */
export function resetElectron(platform: Platform = 'linux'): void {
  for (const w of state.windows) w.removeAllListeners();
  Object.assign(state, {
    platform,
    ready: false,
    trayBounds: { x: 0, y: 0, width: 0, height: 0 },
    displays: [
      makeDisplay(1, { x: 0, y: 0, width: 1920, height: 1080 }, { x: 0, y: 0, width: 1920, height: 1040 }),
    ],
    primaryDisplayId: 1,
    cursor: { x: 100, y: 100 },
    paths: {},
    appPath: '/app',
    isPackaged: false,
    singleInstance: true,
    loginItem: { openAtLogin: false },
    appUserModelId: null,
    quitCalls: 0,
    dockHidden: false,
    idleSeconds: 0,
    screenLocked: false,
    idleStateCalls: [],
    opened: [],
    saveDialogResult: { canceled: true },
    saveDialogCalls: [],
    messageBoxes: [],
    notifications: [],
    privilegedSchemes: [],
    windows: [],
    trays: [],
    takenShortcuts: [],
    preferredSystemLanguages: ['en-GB'],
    systemLocale: 'en-GB',
  });
  globalShortcut.unregisterAll();
  handlers.clear();
  protocolHandlers.clear();
  for (const key of Object.keys(exposed)) delete exposed[key];
  ipcRenderer.removeAllListeners();
  powerMonitor.removeAllListeners();
  app.removeAllListeners();
  defaultSession.permissionRequestHandler = null;
  defaultSession.permissionCheckHandler = null;
  sessionState.headersListener = null;
  ipcRendererState.pageUrl = 'mobes://app/break.html';
}

resetElectron();
