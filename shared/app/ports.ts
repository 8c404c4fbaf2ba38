import type { CloseOutcome, HistoryRecord } from '../history/types';
import type { BreakView, TodayStatus } from '../ipc/contract';
import type { EngineDecision, Phase } from '../engine/types';
import type { Settings } from '../settings/schema';
import type { Translator } from '../i18n/translator';
import type { EpochMs, Random, Zone } from '../time/types';

/**
 * What the core (engine + history + settings + selection) needs from its host. The Electron main
 * process and the browser host used for tests and the demo both implement these.
 */
export interface CorePorts {
  now(): EpochMs;
  /** The user's current IANA zone (read fresh: it can change while the app runs). */
  zone(): Zone;
  random: Random;
  /** Appends records to durable history; called on state changes only, never per tick. */
  appendHistory(records: readonly HistoryRecord[]): void;
  saveSettings(settings: Settings): void;
  /** Told after every change a window or the tray should reflect. */
  notify(event: CoreEvent): void;
  /** Optional: the language the tray speaks, read fresh each time (it can change); English without it. */
  translator?(): Translator;
  /** Optional: sees every engine decision (the replay command prints them). */
  observe?(decision: EngineDecision): void;
}

export type CoreEvent =
  | { type: 'break-shown'; view: BreakView }
  | { type: 'break-ended'; promptId: string; outcome: CloseOutcome }
  /** The break window asked to close (after its completion view). */
  | { type: 'break-closed' }
  | { type: 'history-changed' }
  | { type: 'settings-changed'; settings: Settings }
  | { type: 'tray-changed'; tray: TrayState };

/** Which tray icon to show: sitting progress toward the next break in five steps, or a state. */
export type TrayIcon =
  'progress-0' | 'progress-1' | 'progress-2' | 'progress-3' | 'progress-4' | 'due' | 'paused' | 'off';

export interface TrayState {
  icon: TrayIcon;
  phase: Phase;
  /** Tooltip text: sitting time and when the next break is due (or why none is). */
  tooltip: string;
  /**
   * The same as a sentence for the top of the tray menu ("Sitting 12 min · next mobe in 3 min"):
   * AppIndicator trays on Linux show no tooltip, so the menu must say that Mobes is counting.
   */
  statusLine: string;
  /** Menu line, e.g. "Today 3 of 8 mobes · streak 4 days". */
  todayLine: string;
  today: TodayStatus;
  paused: boolean;
  /** Whether "snooze" makes sense now (a break is due or showing). */
  canSnooze: boolean;
  /** Whether "Start a focus set now" is offered: a focus period is on and no break is showing. */
  canStartFocus: boolean;
  /** The start-at-login setting, shown as the menu's checkbox. */
  startAtLogin: boolean;
  /** Why breaks are held now, as a menu line ("Breaks held: on a call"); null when they are not. */
  heldLine: string | null;
  /** Manual meeting mode is on (the menu offers to end it). */
  meeting: boolean;
}
