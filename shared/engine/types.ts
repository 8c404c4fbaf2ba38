import type { Area } from '../catalog/types';
import type { BusyReason } from '../context/reasons';
import type { FocusMark } from '../focus/types';
import type { CloseOutcome, HistoryRecord, PromptReason } from '../history/types';
import type { Settings } from '../settings/schema';
import type { EpochMs, Zone } from '../time/types';

export type PowerEvent = 'suspend' | 'resume' | 'lock' | 'unlock' | 'shutdown';

export type UserAction =
  | { action: 'start-break'; mobeId?: string }
  /** "Start a focus set now" (tray): a focus set of the focus period's mobe, when one is set. */
  | { action: 'start-focus' }
  /** The focus set showing becomes an ordinary microbreak (key D in the break window). */
  | { action: 'decline-focus' }
  | { action: 'preview'; mobeId?: string }
  | { action: 'snooze' }
  | { action: 'skip' }
  | { action: 'done'; reps: number }
  | { action: 'pause'; until: EpochMs }
  | { action: 'resume' }
  /** Manual meeting mode: breaks are held until `until`, or until ended when null. */
  | { action: 'meeting'; until: EpochMs | null }
  | { action: 'end-meeting' };

/**
 * Everything the engine reacts to. `at` is the wall clock when it happened; inputs arrive in order.
 * A wall-clock jump or a time-zone change is reported as its own `clock` input (the shell notices it by
 * comparing wall time with a monotonic clock, or Intl's resolved zone); the engine never trusts the gap
 * across it.
 */
export type EngineInput =
  | { type: 'idle'; at: EpochMs; idleSeconds: number }
  | { type: 'power'; at: EpochMs; event: PowerEvent }
  | ({ type: 'action'; at: EpochMs } & UserAction)
  | { type: 'settings'; at: EpochMs; settings: Settings }
  | { type: 'clock'; at: EpochMs; zone?: Zone }
  /**
   * What the busy detectors see now: the reasons the user is busy (empty means free) and whether some
   * app holds an idle inhibitor. Replaces the previous context; `meeting` is the engine's own (from the
   * meeting actions) and is ignored here.
   */
  | { type: 'context'; at: EpochMs; busy: readonly BusyReason[]; idleInhibited?: boolean }
  /** The engine's own wakeup came due with nothing else to report (e.g. a pause ended). */
  | { type: 'wake'; at: EpochMs };

/**
 * - off-hours: outside work hours; no prompts, no sampling.
 * - paused: the user paused prompts until a time.
 * - away: a natural break is under way (long idle, locked, asleep).
 * - sitting: the sitting clock is running toward the next break.
 * - due: a break is due and waits for a lull in typing.
 * - prompting: the break window is showing a mobe.
 */
export type Phase = 'off-hours' | 'paused' | 'away' | 'sitting' | 'due' | 'prompting';

export interface ActivePrompt {
  id: string;
  at: EpochMs;
  reason: PromptReason;
  mobeId: string;
  area: Area;
  targetReps: number;
  /** Set on a break that was held while the user was busy: what they were busy with. */
  after?: BusyReason[];
  /** Set when the prompt is a focus set (`set`) or one the user turned into a microbreak (`declined`). */
  focus?: FocusMark;
}

export interface EngineSnapshot {
  at: EpochMs;
  phase: Phase;
  zone: Zone;
  /** Active seconds of the current sitting bout. */
  sittingSeconds: number;
  /** Active seconds of sitting still to go before the next break (0 when due or prompting). */
  secondsToNextBreak: number;
  /** Wall time the pause ends, when paused. */
  pausedUntil: EpochMs | null;
  /** Wall time the next work period starts, when off hours. */
  nextWorkStart: EpochMs | null;
  prompt: ActivePrompt | null;
  /** Why breaks are held now (detected reasons and the manual meeting); empty when free. */
  busy: BusyReason[];
  /** When manual meeting mode ends; null when it is off or runs until ended. */
  meetingUntil: EpochMs | null;
  meeting: boolean;
}

export type EngineDecision =
  | { type: 'prompt'; at: EpochMs; prompt: ActivePrompt }
  | { type: 'close-prompt'; at: EpochMs; promptId: string; outcome: CloseOutcome }
  | { type: 'record'; at: EpochMs; record: HistoryRecord }
  | { type: 'phase'; at: EpochMs; from: Phase; to: Phase };

/**
 * What the engine needs to start a prompt: which mobe and how many reps, and whether it is a focus
 * set. Null when none is eligible. `ask` is 'focus' when the user asked for a focus set, 'declined'
 * when a focus set is being turned into an ordinary microbreak; otherwise the host decides whether a
 * due prompt becomes a focus set (shared/focus/offer.ts).
 */
export type PickMobe = (
  reason: PromptReason,
  requestedId: string | undefined,
  ask?: 'focus' | 'declined',
) => { mobeId: string; area: Area; targetReps: number; focus?: FocusMark } | null;

export interface EngineOptions {
  settings: Settings;
  zone: Zone;
  /** Wall time the engine starts at. */
  at: EpochMs;
  pickMobe: PickMobe;
  /** Makes a prompt id; deterministic in tests and replays. */
  newId?: () => string;
  /**
   * false runs every idle sample through the full path, never the fast one (for the test that the
   * two agree, tests/unit/engine.fastPath.test.ts). Default true.
   */
  fastPath?: boolean;
}
