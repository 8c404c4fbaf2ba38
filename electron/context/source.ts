import type { ContextSignal, SignalReadings } from '../../shared/context/reasons';

/** What a detector reports: its readings, and when it could not tell, why (shown in settings, logged once). */
export interface SourceReading {
  signals: SignalReadings;
  /** Set when every signal is `unknown`: what is missing or failed ("no session bus", ...). */
  problem?: string;
}

export type ReadingListener = (reading: SourceReading) => void;

/**
 * One busy detector. Signal detectors subscribe to OS events in start() and report each change; polled
 * detectors report from poll(), which the hub calls (one timer for all of them, never while polling is
 * not allowed). Neither may throw: a failure is a reading with every signal `unknown` and a problem.
 */
export interface ContextSource {
  readonly id: string;
  readonly label: string;
  readonly signals: readonly ContextSignal[];
  start(): void;
  stop(): void;
  /** Present on polled detectors only. Resolves when the reading is reported. */
  poll?(): Promise<void>;
  onChange(listener: ReadingListener): () => void;
}

/** A reading of `unknown` for every signal, with the reason. */
export function unknownReading(signals: readonly ContextSignal[], problem: string): SourceReading {
  return { signals: Object.fromEntries(signals.map((s) => [s, 'unknown'])), problem };
}

/** The listener bookkeeping every source shares. */
export function readingEmitter() {
  const listeners = new Set<ReadingListener>();
  return {
    emit(reading: SourceReading) {
      for (const l of listeners) l(reading);
    },
    onChange(listener: ReadingListener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}

/** The message of anything thrown, for a reading's problem. */
export function describeError(err: unknown): string {
  if (err instanceof Error) return err.message;
  return String(err);
}
