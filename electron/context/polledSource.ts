import type { ContextSignal, SignalReadings } from '../../shared/context/reasons';
import { describeError, readingEmitter, unknownReading, type ContextSource } from './source';

/** What one poll found: the readings, or why it could not tell. */
export type PollResult = { signals: SignalReadings } | { problem: string };

export interface PolledSpec {
  id: string;
  label: string;
  signals: readonly ContextSignal[];
  /** One look at the OS. May throw or reject: that is a problem, never a crash. */
  read(): Promise<PollResult>;
}

/** A detector the hub polls: each poll() reads once and reports the result. */
export function createPolledSource(spec: PolledSpec): ContextSource {
  const { emit, onChange } = readingEmitter();
  return {
    id: spec.id,
    label: spec.label,
    signals: spec.signals,
    onChange,
    start() {},
    stop() {},
    async poll() {
      let result: PollResult;
      try {
        result = await spec.read();
      } catch (err) {
        result = { problem: describeError(err) };
      }
      emit('problem' in result ? unknownReading(spec.signals, result.problem) : { signals: result.signals });
    },
  };
}
