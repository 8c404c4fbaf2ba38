import {
  combineReadings,
  FREE,
  sameContext,
  settingOfSignal,
  type DetectedContext,
  type DetectorStatus,
  type SignalReadings,
} from '../../shared/context/reasons';
import type { HoldBreaksDuring } from '../../shared/settings/contextSettings';
import { describeError, unknownReading, type ContextSource, type SourceReading } from './source';

/** Polled detectors are read at most this often (and only while the shell allows polling). */
export const POLL_INTERVAL_MS = 30_000;
/** A polled detector that has not answered by then reads as unknown for that cycle. */
export const POLL_TIMEOUT_MS = 5_000;

export interface ContextHubOptions {
  sources: readonly ContextSource[];
  settings: HoldBreaksDuring;
  log(message: string): void;
  now?: () => number;
}

export interface ContextHub {
  /** Starts the signal detectors. Polled ones wait for setPolling(true). */
  start(): void;
  stop(): void;
  /**
   * Whether polled detectors may run: true only while the user is sitting or a break is due; false while
   * paused, away, outside work hours or locked. Turning it off also drops the polled readings, so a stale
   * "on a call" cannot outlive the moment it was read.
   */
  setPolling(allowed: boolean): void;
  setSettings(settings: HoldBreaksDuring): void;
  /** Polls now unless a poll ran in the last 30 s (call it when a break becomes due). */
  refresh(): Promise<void>;
  current(): DetectedContext;
  detectors(): DetectorStatus[];
  onChange(listener: (context: DetectedContext) => void): () => void;
  /** Poll cycles run so far (for the bench and tests). */
  readonly cycles: number;
}

interface Entry {
  source: ContextSource;
  mode: 'signal' | 'poll';
  reading: SourceReading | null;
  /** The last reading's verdict, kept for the settings view even after the reading itself is dropped. */
  status: Pick<DetectorStatus, 'state' | 'detail'>;
  logged: Set<string>;
  unsubscribe: () => void;
}

export function createContextHub(options: ContextHubOptions): ContextHub {
  const now = options.now ?? Date.now;
  let settings = options.settings;
  let running = false;
  let allowed = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let inFlight: Promise<void> | null = null;
  let lastCycleAt = Number.NEGATIVE_INFINITY;
  let cycles = 0;
  let context: DetectedContext = FREE;
  const listeners = new Set<(c: DetectedContext) => void>();

  const entries: Entry[] = options.sources.map((source) => ({
    source,
    mode: source.poll ? 'poll' : 'signal',
    reading: null,
    status: { state: 'waiting' },
    logged: new Set(),
    unsubscribe: () => {},
  }));

  const record = (entry: Entry, reading: SourceReading) => {
    entry.reading = reading;
    entry.status = reading.problem ? { state: 'unavailable', detail: reading.problem } : { state: 'working' };
    if (reading.problem && !entry.logged.has(reading.problem) && entry.logged.size < 5) {
      entry.logged.add(reading.problem);
      options.log(
        `busy detection: ${entry.source.label} is unavailable (${reading.problem}); it counts as free`,
      );
    }
    recompute();
  };

  const recompute = () => {
    const readings: SignalReadings[] = [];
    for (const e of entries) {
      if (e.reading && (e.mode === 'signal' || allowed)) readings.push(e.reading.signals);
    }
    const next = combineReadings(readings, settings);
    if (sameContext(next, context)) return;
    context = next;
    for (const l of listeners) {
      try {
        l(context);
      } catch (err) {
        options.log(`busy detection: a listener failed: ${describeError(err)}`);
      }
    }
  };

  /** A polled detector is skipped while none of its signals would count. */
  const wanted = (e: Entry) =>
    e.source.signals.some((s) => {
      const setting = settingOfSignal(s);
      return setting === null || settings[setting];
    });

  const pollOne = async (e: Entry) => {
    let timeout: ReturnType<typeof setTimeout> | undefined;
    const timedOut = new Promise<'timeout'>((resolve) => {
      timeout = setTimeout(() => resolve('timeout'), POLL_TIMEOUT_MS);
    });
    try {
      const result = await Promise.race([e.source.poll!().then(() => 'done' as const), timedOut]);
      if (result === 'timeout')
        record(e, unknownReading(e.source.signals, `did not answer in ${POLL_TIMEOUT_MS / 1000} s`));
    } catch (err) {
      record(e, unknownReading(e.source.signals, describeError(err)));
    } finally {
      clearTimeout(timeout);
    }
  };

  const cycle = (): Promise<void> => {
    if (inFlight) return inFlight;
    if (timer) clearTimeout(timer);
    timer = null;
    lastCycleAt = now();
    cycles++;
    const polled = entries.filter((e) => e.mode === 'poll' && wanted(e));
    inFlight = Promise.all(polled.map(pollOne)).then(() => {
      inFlight = null;
      schedule();
    });
    return inFlight;
  };

  /** One timer for every polled detector, armed for 30 s after the last cycle began. */
  function schedule() {
    if (timer) clearTimeout(timer);
    timer = null;
    if (!running || !allowed || inFlight) return;
    if (!entries.some((e) => e.mode === 'poll')) return;
    const delay = Math.max(0, lastCycleAt + POLL_INTERVAL_MS - now());
    timer = setTimeout(() => void cycle(), delay);
  }

  return {
    start() {
      if (running) return;
      running = true;
      for (const e of entries) {
        e.unsubscribe = e.source.onChange((reading) => {
          if (running) record(e, reading);
        });
        try {
          e.source.start();
        } catch (err) {
          record(e, unknownReading(e.source.signals, describeError(err)));
        }
      }
      schedule();
    },
    stop() {
      running = false;
      if (timer) clearTimeout(timer);
      timer = null;
      for (const e of entries) {
        e.unsubscribe();
        try {
          e.source.stop();
        } catch (err) {
          options.log(`busy detection: stopping ${e.source.label} failed: ${describeError(err)}`);
        }
      }
    },
    setPolling(next) {
      if (next === allowed) return;
      allowed = next;
      if (!allowed) for (const e of entries) if (e.mode === 'poll') e.reading = null;
      recompute();
      schedule();
    },
    setSettings(next) {
      settings = next;
      recompute();
    },
    refresh() {
      if (!running || !allowed) return Promise.resolve();
      if (inFlight) return inFlight;
      if (now() - lastCycleAt < POLL_INTERVAL_MS) return Promise.resolve();
      return cycle();
    },
    current: () => context,
    detectors: () =>
      entries.map(({ source, mode, status }) => ({
        id: source.id,
        label: source.label,
        signals: [...source.signals],
        mode,
        ...status,
      })),
    onChange(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    get cycles() {
      return cycles;
    },
  };
}
