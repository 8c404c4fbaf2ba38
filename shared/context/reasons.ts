import type { HoldBreaksDuring } from '../settings/contextSettings';

/**
 * What the busy detectors speak: the reasons a user is busy now, and the signals the OS adapters read.
 *
 * A detector reports *signals* (the microphone is in use, Do Not Disturb is on); the combiner turns the
 * signals of every detector, filtered by the user's per-source settings, into *busy reasons*, the names
 * the engine input and the replay trace use.
 */
export const BUSY_REASONS = ['call', 'screen-share', 'presenting', 'fullscreen', 'dnd', 'meeting'] as const;
export type BusyReason = (typeof BUSY_REASONS)[number];

export function isBusyReason(value: unknown): value is BusyReason {
  return typeof value === 'string' && (BUSY_REASONS as readonly string[]).includes(value);
}

/** What one detector can observe. `idle-inhibitor` is not a busy reason: it marks idle time as passive use. */
export const CONTEXT_SIGNALS = [
  'microphone',
  'camera',
  'screen-share',
  'presenting',
  'fullscreen',
  'dnd',
  'idle-inhibitor',
] as const;
export type ContextSignal = (typeof CONTEXT_SIGNALS)[number];

/** One reading of one signal. `unknown` (the detector could not tell) counts as free. */
export type Tri = 'busy' | 'free' | 'unknown';

/** The latest reading of one detector: a value per signal it observes. */
export type SignalReadings = Partial<Record<ContextSignal, Tri>>;

/** The busy reason a signal stands for, and the setting that turns it on or off. */
const SIGNAL_RULES: Record<
  Exclude<ContextSignal, 'idle-inhibitor'>,
  { reason: BusyReason; setting: keyof HoldBreaksDuring }
> = {
  microphone: { reason: 'call', setting: 'calls' },
  camera: { reason: 'call', setting: 'calls' },
  'screen-share': { reason: 'screen-share', setting: 'screenSharing' },
  presenting: { reason: 'presenting', setting: 'screenSharing' },
  fullscreen: { reason: 'fullscreen', setting: 'fullScreen' },
  dnd: { reason: 'dnd', setting: 'doNotDisturb' },
};

/** The setting a signal answers to, or null for the idle inhibitor (which no setting holds breaks for). */
export function settingOfSignal(signal: ContextSignal): keyof HoldBreaksDuring | null {
  return signal === 'idle-inhibitor' ? null : SIGNAL_RULES[signal].setting;
}

export interface DetectedContext {
  /** Busy reasons, in BUSY_REASONS order, without duplicates. Empty means free. */
  busy: BusyReason[];
  /** Some app holds an idle inhibitor (video playback, a call in a browser): idle time is passive use. */
  idleInhibited: boolean;
}

export const FREE: DetectedContext = Object.freeze({ busy: [], idleInhibited: false }) as DetectedContext;

/**
 * Combines the readings of every detector into the busy set. A signal counts when at least one detector
 * reads it as busy and the user's setting for it is on; `unknown` is free, so a detector that fails can
 * never hold breaks. `manual` adds reasons the user set by hand (meeting mode), whatever the settings.
 */
export function combineReadings(
  readings: Iterable<SignalReadings>,
  settings: HoldBreaksDuring,
  manual: Iterable<BusyReason> = [],
): DetectedContext {
  const busy = new Set<BusyReason>(manual);
  let idleInhibited = false;
  for (const reading of readings) {
    for (const [signal, value] of Object.entries(reading) as [ContextSignal, Tri | undefined][]) {
      if (value !== 'busy') continue;
      if (signal === 'idle-inhibitor') {
        idleInhibited = true;
        continue;
      }
      const rule = SIGNAL_RULES[signal];
      if (rule && settings[rule.setting]) busy.add(rule.reason);
    }
  }
  return { busy: BUSY_REASONS.filter((r) => busy.has(r)), idleInhibited };
}

export function sameContext(a: DetectedContext, b: DetectedContext): boolean {
  return (
    a.idleInhibited === b.idleInhibited &&
    a.busy.length === b.busy.length &&
    a.busy.every((r, i) => r === b.busy[i])
  );
}

/**
 * How one detector is doing on this machine, for the settings view (plain data, safe to send over IPC).
 * - `working`: it answered its last check.
 * - `unavailable`: it cannot answer here (`detail` says why: no session bus, tool not installed, ...).
 * - `waiting`: not checked yet (a polled detector before its first poll).
 */
export interface DetectorStatus {
  id: string;
  /** Short human label, e.g. "Microphone in use (PipeWire)". */
  label: string;
  signals: ContextSignal[];
  /** Signal detectors react to OS events; polled ones are read at most every 30 s while it matters. */
  mode: 'signal' | 'poll';
  state: 'working' | 'unavailable' | 'waiting';
  detail?: string;
}
