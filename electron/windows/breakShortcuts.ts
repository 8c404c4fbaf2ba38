import type { GlobalShortcut } from 'electron';
import type { ShortcutReport, ShortcutState } from '../../shared/ipc/contract';
import type { ShortcutAction, ShortcutSettings } from '../../shared/shortcuts/accelerator';
import { SHORTCUT_ACTIONS } from '../../shared/shortcuts/accelerator';

export type ShortcutRegistry = Pick<GlobalShortcut, 'register' | 'unregister'>;

export interface BreakShortcutsContext {
  registry: ShortcutRegistry;
  /** The shortcuts as currently set. */
  settings(): ShortcutSettings;
  /** A registered shortcut was pressed. */
  onPress(action: ShortcutAction): void;
  log?(message: string, error?: unknown): void;
}

export interface BreakShortcuts {
  /** Registers the shortcuts for a break now showing; returns those that took. Never throws. */
  activate(): Partial<Record<ShortcutAction, string>>;
  /** Unregisters ours (the break window went away, or the app quits). */
  deactivate(): void;
  /** The shortcuts registered now, or null when no break is up. */
  registered(): Partial<Record<ShortcutAction, string>> | null;
  /** Settings changed: while a break is up, swap to the new shortcuts. */
  refresh(): Partial<Record<ShortcutAction, string>> | null;
  /** How each shortcut fares, for the settings window: checked now when no break is up. */
  report(): ShortcutReport;
}

/**
 * Global shortcuts for done, skip and snooze, registered only while a break window is up: outside a
 * break they would take those keys from every other app for nothing. Registration can fail (another
 * app holds the key; Electron then returns false, and on Wayland global shortcuts may be unavailable):
 * that shortcut is left out and reported, and the break goes on with its buttons and in-window keys.
 * https://www.electronjs.org/docs/latest/api/global-shortcut#globalshortcutregisteraccelerator-callback
 */
export function createBreakShortcuts(ctx: BreakShortcutsContext): BreakShortcuts {
  let active: Map<ShortcutAction, string> | null = null;
  let lastStates: Partial<Record<ShortcutAction, ShortcutState>> = {};

  const tryRegister = (accelerator: string, callback: () => void): ShortcutState => {
    try {
      return ctx.registry.register(accelerator, callback) ? 'ready' : 'taken';
    } catch (error) {
      ctx.log?.(`global shortcut ${accelerator} could not be registered`, error);
      return 'unsupported';
    }
  };
  const release = (accelerator: string) => {
    try {
      ctx.registry.unregister(accelerator);
    } catch (error) {
      ctx.log?.(`global shortcut ${accelerator} could not be unregistered`, error);
    }
  };

  const deactivate = () => {
    if (!active) return;
    for (const accelerator of active.values()) release(accelerator);
    active = null;
  };

  const activate = () => {
    deactivate();
    active = new Map();
    const settings = ctx.settings();
    lastStates = {};
    const registered: Partial<Record<ShortcutAction, string>> = {};
    for (const action of SHORTCUT_ACTIONS) {
      const accelerator = settings[action];
      if (!accelerator) {
        lastStates[action] = 'off';
        continue;
      }
      const state = tryRegister(accelerator, () => ctx.onPress(action));
      lastStates[action] = state;
      if (state === 'ready') {
        active.set(action, accelerator);
        registered[action] = accelerator;
      }
    }
    return registered;
  };

  return {
    activate,
    deactivate,
    registered: () => (active ? Object.fromEntries(active) : null),
    refresh: () => (active ? activate() : null),
    report() {
      const settings = ctx.settings();
      const out = {} as ShortcutReport;
      for (const action of SHORTCUT_ACTIONS) {
        const accelerator = settings[action];
        let state: ShortcutState;
        if (!accelerator) state = 'off';
        else if (active) state = lastStates[action] ?? 'off';
        else {
          // No break is up: try it now, and let go at once.
          state = tryRegister(accelerator, () => {});
          if (state === 'ready') release(accelerator);
        }
        out[action] = { accelerator, state };
      }
      return out;
    },
  };
}
