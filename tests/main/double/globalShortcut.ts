import type { GlobalShortcut } from 'electron';
import { state } from './state';

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
