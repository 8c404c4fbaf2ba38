/** app: readiness, paths, languages, login items, the dock and quitting. */
import type { LoginItemSettings, Settings as LoginSettings } from 'electron';
import { EventEmitter } from 'node:events';
import { cancellable, state } from './state';

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
