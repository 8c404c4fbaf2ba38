import type { Mobe } from '../catalog/types';
import type { BusyReason, DetectorStatus } from '../context/reasons';
import type { FocusFeel } from '../focus/types';
import type { CloseOutcome, DaySummary, PromptReason, Streaks } from '../history/types';
import type { FieldError, Settings } from '../settings/schema';
import type { ShortcutAction } from '../shortcuts/accelerator';
import type { DayKey, EpochMs } from '../time/types';

/**
 * The one IPC contract between main and the windows. Channel names live only here; the preload,
 * the registrar and the browser host all derive from these tables. This file stays free of runtime
 * dependencies so the sandboxed preload bundle stays tiny; payload validators are in ./validators.
 */

export interface TodayStatus {
  day: DayKey;
  done: number;
  goal: number;
  streaks: Streaks;
}

/** A break that is a focus set: one unbroken set at the focus dose (targetReps). */
export interface BreakFocus {
  /** Fewer reps than the user's usual set, because the last one hurt: keep the movement small. */
  smaller: boolean;
  /** It came in place of a microbreak, so it can be turned back into one (key D). */
  declinable: boolean;
}

/** What follows an answer to "How did that feel?". */
export interface FeelResult {
  /** Two "it hurt" in a row for this mobe. */
  hurtTwice: boolean;
  /** Another mobe for the same area to switch the focus to, after two hurts; null when none. */
  switchTo: Mobe | null;
  /** The next set will be smaller. */
  smallerNext: boolean;
}

export interface BreakView {
  promptId: string;
  reason: PromptReason;
  mobe: Mobe;
  targetReps: number;
  /** Length of the guided break, seconds (reps x rhythm, within 30-60). */
  breakSeconds: number;
  sound: boolean;
  reducedMotion: Settings['reducedMotion'];
  today: TodayStatus;
  /**
   * Set when this break was held while the user was busy and comes now because that ended: what they
   * were busy with, so the window can say why it came now ("Your call ended: time to move").
   */
  after?: BusyReason[];
  /**
   * The global shortcuts registered for this break (the desktop host fills this in once it has
   * registered them); an action without one here has only its in-window key.
   */
  shortcuts?: Partial<Record<ShortcutAction, string>>;
  /** Set when the break is a focus set. */
  focus?: BreakFocus;
}

/** Whether a global shortcut works: ready, taken by another app, turned off, or not possible here. */
export type ShortcutState = 'ready' | 'taken' | 'off' | 'unsupported';
export type ShortcutReport = Record<ShortcutAction, { accelerator: string; state: ShortcutState }>;

export interface HistoryDay extends DaySummary {
  workDay: boolean;
  goalMet: boolean;
}

/** The focus period in the history view: sets per day against the chosen count, and the feel trend. */
export interface FocusHistoryView {
  /** The mobe the feel trend is about: the period's mobe, or the one its sets used last. */
  mobeId: string | null;
  since: EpochMs | null;
  until: EpochMs | null;
  setsPerDay: number;
  /** Each day of the period so far (at most the last 14), oldest first. */
  days: { day: DayKey; done: number; offered: number }[];
  /** The answers for that mobe during the period, oldest first. */
  feels: { at: EpochMs; day: DayKey; feel: FocusFeel }[];
}

export interface HistoryView {
  generatedAt: EpochMs;
  today: DayKey;
  goal: number;
  /** Today's summary, including the sitting bout still under way. */
  todaySummary: DaySummary;
  /** Active seconds of the sitting bout under way (0 when away, paused or off hours). */
  currentSittingSeconds: number;
  streaks: Streaks;
  /** The past 26 weeks, oldest first, ending today (182 days). */
  days: HistoryDay[];
  /** Today's spells when breaks were held because the user was busy, earliest first. */
  heldToday: HeldSpell[];
  /** Set while a focus period is set. */
  focus?: FocusHistoryView;
}

/** One spell of held breaks: when it began and ended, and every busy reason seen in it. */
export interface HeldSpell {
  start: EpochMs;
  end: EpochMs;
  reasons: BusyReason[];
}

export interface SettingsView {
  settings: Settings;
  catalog: readonly Mobe[];
  platform: 'linux' | 'darwin' | 'win32' | 'browser';
  /** How the global shortcuts fare (desktop only: a browser page cannot register any). */
  shortcuts?: ShortcutReport;
  /** The Linux desktop environment (XDG_CURRENT_DESKTOP), lower case; the welcome's tray hint uses it. */
  desktop?: string;
  /** The busy detectors on this machine and how each is doing (desktop only). */
  detectors?: DetectorStatus[];
}

export type ExportFormat = 'csv' | 'json';
export interface ExportResult {
  saved: boolean;
  /** Where the file went, when saved. */
  path?: string;
}

export type ErrorCode = 'bad-request' | 'not-found' | 'invalid-settings' | 'unavailable' | 'internal';
export interface IpcError {
  code: ErrorCode;
  /** For logs, in English. A window words the failure from `code`, or shows `text`. */
  message: string;
  fields?: FieldError[];
  /**
   * The failure in the user's language, with what only the host knows (the export's path and the
   * system's reason), when the host words it.
   */
  text?: string;
}
/** Every request answers with a value or an error value; nothing throws across the bridge. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: IpcError };

/** Requests from a window to main (ipcRenderer.invoke / ipcMain.handle). */
export interface Requests {
  getCurrentBreak: { request: void; response: BreakView | null };
  completeBreak: { request: { promptId: string; reps: number }; response: TodayStatus };
  skipBreak: { request: { promptId: string }; response: null };
  snoozeBreak: { request: { promptId: string }; response: null };
  /** "Not this one again": hides the mobe from future breaks. */
  hideMobe: { request: { mobeId: string }; response: null };
  /** Close the break window after the completion view. */
  closeBreak: { request: void; response: null };
  /** "Try a mobe now" from settings; a preview is not counted toward the goal. */
  previewMobe: { request: { mobeId?: string }; response: null };
  getHistory: { request: void; response: HistoryView };
  exportHistory: { request: { format: ExportFormat }; response: ExportResult };
  getSettings: { request: void; response: SettingsView };
  updateSettings: { request: Partial<Settings>; response: Settings };
  /** The focus set showing becomes an ordinary microbreak (key D). */
  declineFocus: { request: { promptId: string }; response: null };
  /** The answer to "How did that feel?" after the focus set `promptId`. */
  answerFeel: { request: { promptId: string; feel: FocusFeel }; response: FeelResult };
  /** Switch the focus period to another mobe (after two sets that hurt). */
  switchFocus: { request: { mobeId: string }; response: Settings };
  /** The system's preferred languages, best first (BCP 47 tags), for the `language: 'system'` setting. */
  getPreferredLanguages: { request: void; response: string[] };
}
export type RequestName = keyof Requests;

export const REQUEST_CHANNELS = {
  getCurrentBreak: 'mobes:break:current',
  completeBreak: 'mobes:break:complete',
  skipBreak: 'mobes:break:skip',
  snoozeBreak: 'mobes:break:snooze',
  hideMobe: 'mobes:break:hide-mobe',
  closeBreak: 'mobes:break:close',
  previewMobe: 'mobes:break:preview',
  getHistory: 'mobes:history:get',
  exportHistory: 'mobes:history:export',
  getSettings: 'mobes:settings:get',
  updateSettings: 'mobes:settings:update',
  getPreferredLanguages: 'mobes:system:preferred-languages',
  declineFocus: 'mobes:break:decline-focus',
  answerFeel: 'mobes:break:answer-feel',
  switchFocus: 'mobes:settings:switch-focus',
} as const satisfies Record<RequestName, string>;

/** Events from main to a window (webContents.send / ipcRenderer.on). */
export interface Events {
  /** A new break starts in the (reused) break window. */
  breakShown: BreakView;
  /** The break ended elsewhere (tray snooze, missed after a timeout): the window should close. */
  breakEnded: { promptId: string; outcome: CloseOutcome };
  historyChanged: null;
  settingsChanged: Settings;
  /** A global shortcut was pressed while the break window was up: act as if its button was clicked. */
  breakShortcut: { action: ShortcutAction };
}
export type EventName = keyof Events;

export const EVENT_CHANNELS = {
  breakShown: 'mobes:event:break-shown',
  breakEnded: 'mobes:event:break-ended',
  historyChanged: 'mobes:event:history-changed',
  settingsChanged: 'mobes:event:settings-changed',
  breakShortcut: 'mobes:event:break-shortcut',
} as const satisfies Record<EventName, string>;

type RequestFn<K extends RequestName> = Requests[K]['request'] extends void
  ? () => Promise<Result<Requests[K]['response']>>
  : (request: Requests[K]['request']) => Promise<Result<Requests[K]['response']>>;

type EventFnName<K extends EventName> = `on${Capitalize<K>}`;

/**
 * What the preload exposes as `window.mobes`: one function per request, one subscribe function per
 * event (returning its unsubscribe). Nothing else: no raw ipcRenderer, no generic send.
 */
export type MobesApi = { [K in RequestName]: RequestFn<K> } & {
  [K in EventName as EventFnName<K>]: (listener: (payload: Events[K]) => void) => () => void;
};

export const eventFnName = <K extends EventName>(k: K): EventFnName<K> =>
  `on${k[0].toUpperCase()}${k.slice(1)}` as EventFnName<K>;

/** Handlers main (or the browser host) provides, one per request, already given a valid payload. */
export type RequestHandlers = {
  [K in RequestName]: (
    request: Requests[K]['request'],
  ) => Result<Requests[K]['response']> | Promise<Result<Requests[K]['response']>>;
};

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string, fields?: FieldError[]): Result<never> => ({
  ok: false,
  error: fields ? { code, message, fields } : { code, message },
});
