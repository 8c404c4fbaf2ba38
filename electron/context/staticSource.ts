import type { ContextSignal } from '../../shared/context/reasons';
import { readingEmitter, unknownReading, type ContextSource } from './source';

/** A detector that cannot work here, listed so the settings view can say why (e.g. full screen on Wayland). */
export function createUnavailableSource(
  id: string,
  label: string,
  signals: readonly ContextSignal[],
  problem: string,
): ContextSource {
  const { emit, onChange } = readingEmitter();
  return {
    id,
    label,
    signals,
    onChange,
    start: () => emit(unknownReading(signals, problem)),
    stop() {},
  };
}
