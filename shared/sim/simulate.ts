import type { EngineInput } from '../engine/types';
import type { EpochMs } from '../time/types';

/** An idle sample, the one input the simulation makes itself. */
export type IdleSample = Extract<EngineInput, { type: 'idle' }>;

/**
 * Something that happens at a given time. One whose type is 'clock' changes the wall clock: times
 * after it are on the new clock. Plain engine inputs are events; a replay queues its own kinds too.
 */
export interface TimedEvent {
  type: string;
  at: EpochMs;
}

/** Anything driven like the shell drives the core: inputs in, and when to sample next. */
export interface SimulationTarget<E extends TimedEvent = EngineInput> {
  input(input: E | IdleSample): void;
  nextWakeAt(): EpochMs | null;
}

export interface Simulation<E extends TimedEvent = EngineInput> {
  target: SimulationTarget<E>;
  /** Idle seconds the operating system would report at wall time t. */
  idleAt(t: EpochMs): number;
  /** Events that happen at given times (power events, actions, settings, clock changes), in order. */
  events: readonly E[];
  /** Wall time to stop at (in the clock epoch of the last event). */
  until: EpochMs;
  /** Called after each input; may schedule further events (e.g. a user answering a prompt). */
  after?(input: E | IdleSample, schedule: (event: E) => void): void;
  /**
   * Optional: for a clock event, the wall time on the old clock at which the change happened. Sampling
   * runs up to it before the change is fed (without it, a backwards change is fed right after the event
   * before it, as `at` is the new wall time).
   */
  jumpedAt?(event: E): EpochMs | undefined;
}

export interface SimulationResult {
  /** Idle samples the engine asked for. */
  samples: number;
  /** Inputs fed in all (samples and events). */
  inputs: number;
}

/**
 * Plays a simulation the way the Electron shell runs the app: it samples idle time exactly when the
 * engine asks (nextWakeAt) and feeds timed events in between. Events keep their given order, so a
 * backwards clock change can make later events earlier than earlier ones, as in a real trace.
 */
export function simulate<E extends TimedEvent = EngineInput>(sim: Simulation<E>): SimulationResult {
  const queue = [...sim.events];
  let position = 0;
  // `until` is on the clock of the last clock change: before that change, times are on older clocks
  // and only the next event bounds sampling.
  let clocksAhead = queue.filter((e) => e.type === 'clock').length;
  let samples = 0;
  let inputs = 0;
  const schedule = (input: E) => {
    let i = position;
    while (i < queue.length && queue[i].at <= input.at && queue[i].type !== 'clock') i++;
    queue.splice(i, 0, input);
    if (input.type === 'clock') clocksAhead++;
  };
  const feed = (input: E | IdleSample) => {
    inputs++;
    sim.target.input(input);
    sim.after?.(input, schedule);
  };
  for (;;) {
    const next = queue[position];
    const wake = sim.target.nextWakeAt();
    const horizon = next
      ? ((next.type === 'clock' ? sim.jumpedAt?.(next) : undefined) ?? next.at)
      : sim.until;
    if (wake !== null && wake < horizon && (wake <= sim.until || clocksAhead > 0)) {
      samples++;
      feed({ type: 'idle', at: wake, idleSeconds: Math.max(0, sim.idleAt(wake)) });
      continue;
    }
    if (!next) break;
    position++;
    if (next.type === 'clock') clocksAhead--;
    feed(next);
  }
  return { samples, inputs };
}
