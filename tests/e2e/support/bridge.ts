import type { Page } from '@playwright/test';
import type { Mobe } from '../../../shared/catalog/types';
import type { BreakView, SettingsView } from '../../../shared/ipc/contract';
import { DEFAULT_SHORTCUTS } from '../../../shared/shortcuts/accelerator';

/** Requests the bridge can be told to fail, with the message the page should show. */
export type Failures = Partial<Record<'skipBreak' | 'snoozeBreak' | 'completeBreak' | 'hideMobe', string>>;

interface TestBridge {
  push(view: BreakView): void;
  /** What answerFeel answers next (default: nothing more to say). */
  feelResult: unknown;
  /** The requests the page made, by name, with their payloads (the focus requests). */
  calls: [string, unknown][];
  shortcut(action: string): void;
  /** The settings changed (only `language` matters to the windows' texts). */
  settingsChanged(settings: unknown): void;
  fail: Failures;
}
export type BridgeWindow = Window & { __bridge: TestBridge };

/** A break as main hands it to the window, with the default global shortcuts registered. */
export function breakViewFor(mobe: Mobe, promptId: string, extra: Partial<BreakView> = {}): BreakView {
  const targetReps = mobe.reps.max;
  return {
    promptId,
    reason: 'due',
    mobe,
    targetReps,
    breakSeconds: Math.round(targetReps * mobe.secondsPerRep),
    sound: false,
    reducedMotion: 'system',
    today: { day: '2025-03-03', done: 3, goal: 8, streaks: { current: 4, best: 11 } },
    shortcuts: { ...DEFAULT_SHORTCUTS },
    ...extra,
  };
}

/**
 * A preload-like window.mobes for opening a window page on its own: it answers as main would, can be
 * told to fail a request, and pushes breaks and global-shortcut presses to the page
 * (window.__bridge.push / .shortcut), so one page load serves many breaks.
 */
export async function installBridge(
  page: Page,
  first: BreakView | null,
  settingsView: SettingsView | null = null,
): Promise<void> {
  await page.addInitScript(
    ([initial, settings]: [BreakView | null, SettingsView | null]) => {
      const listeners: Record<string, Set<(p: unknown) => void>> = {};
      const on = (name: string) => (l: (p: unknown) => void) => {
        (listeners[name] ??= new Set()).add(l);
        return () => listeners[name].delete(l);
      };
      const emit = (name: string, payload: unknown) => listeners[name]?.forEach((l) => l(payload));
      let current = initial;
      const fail: Record<string, string> = {};
      const answer = (name: string, value: unknown) =>
        Promise.resolve(
          fail[name]
            ? { ok: false, error: { code: 'unavailable', message: fail[name] } }
            : { ok: true, value },
        );
      const calls: [string, unknown][] = [];
      const bridge = { feelResult: { hurtTwice: false, switchTo: null, smallerNext: false } as unknown };
      const unavailable = () =>
        Promise.resolve({ ok: false, error: { code: 'unavailable', message: 'not in this test' } });
      (window as unknown as { mobes: unknown }).mobes = {
        getCurrentBreak: () => answer('getCurrentBreak', current),
        completeBreak: () => answer('completeBreak', current?.today),
        skipBreak: () => answer('skipBreak', null),
        snoozeBreak: () => answer('snoozeBreak', null),
        hideMobe: () => answer('hideMobe', null),
        closeBreak: () => answer('closeBreak', null),
        previewMobe: () => answer('previewMobe', null),
        getHistory: unavailable,
        exportHistory: () => answer('exportHistory', { saved: false }),
        getSettings: () => (settings ? answer('getSettings', settings) : unavailable()),
        updateSettings: () => (settings ? answer('updateSettings', settings.settings) : unavailable()),
        getPreferredLanguages: () => answer('getPreferredLanguages', [...navigator.languages]),
        declineFocus: (p: unknown) => (calls.push(['declineFocus', p]), answer('declineFocus', null)),
        answerFeel: (p: unknown) => (calls.push(['answerFeel', p]), answer('answerFeel', bridge.feelResult)),
        switchFocus: (p: unknown) => (
          calls.push(['switchFocus', p]),
          answer('switchFocus', settings?.settings)
        ),
        onBreakShown: on('breakShown'),
        onBreakEnded: on('breakEnded'),
        onHistoryChanged: on('historyChanged'),
        onSettingsChanged: on('settingsChanged'),
        onBreakShortcut: on('breakShortcut'),
      };
      (window as unknown as { __bridge: unknown }).__bridge = Object.assign(bridge, {
        calls,
        push(view: BreakView) {
          current = view;
          emit('breakShown', view);
        },
        shortcut(action: string) {
          emit('breakShortcut', { action });
        },
        settingsChanged(next: unknown) {
          emit('settingsChanged', next);
        },
        fail,
      });
    },
    [first, settingsView] as [BreakView | null, SettingsView | null],
  );
}

export async function setFailures(page: Page, failures: Failures): Promise<void> {
  await page.evaluate((f) => {
    const fail = (window as unknown as BridgeWindow).__bridge.fail;
    for (const k of Object.keys(fail)) delete fail[k as keyof Failures];
    Object.assign(fail, f);
  }, failures);
}

export async function pushBreak(page: Page, view: BreakView): Promise<void> {
  await page.evaluate((v) => (window as unknown as BridgeWindow).__bridge.push(v), view);
}
