import type { ContextSignal, SignalReadings } from '../../../shared/context/reasons';
import { describeError, readingEmitter, unknownReading, type ContextSource } from '../source';
import type { DBusLink, SignalMatch } from './dbusLink';

export interface BusValueSpec {
  id: string;
  label: string;
  signals: readonly ContextSignal[];
  link: DBusLink;
  /** The well-known name of the service; while it has no owner every signal is `unknown`. */
  service: string;
  /** What to say while the service is not on the bus. */
  absent: string;
  /** Reads the current value from the service. */
  read(link: DBusLink): Promise<SignalReadings>;
  /** Signals after which the value is read again. `value`, when given, reads it from the signal itself. */
  changes: readonly { match: SignalMatch; value?: (body: unknown[]) => SignalReadings | null }[];
}

/**
 * A detector for a value a D-Bus service publishes and signals changes of. It follows the service's
 * name: when the service goes away the reading becomes unknown, and when it comes back (a new owner)
 * the value is read again. Reads answer in order: a late reply never overwrites a newer one.
 */
export function createBusValueSource(spec: BusValueSpec): ContextSource {
  const { emit, onChange } = readingEmitter();
  let offs: (() => void)[] = [];
  let owned = false;
  let seq = 0;

  const unknown = (problem: string) => emit(unknownReading(spec.signals, problem));

  const read = () => {
    const mine = ++seq;
    spec.read(spec.link).then(
      (signals) => {
        if (mine === seq && owned) emit({ signals });
      },
      (err) => {
        if (mine === seq && owned) unknown(`${spec.service}: ${describeError(err)}`);
      },
    );
  };

  return {
    id: spec.id,
    label: spec.label,
    signals: spec.signals,
    onChange,
    start() {
      if (offs.length) return;
      for (const change of spec.changes) {
        offs.push(
          spec.link.subscribe(change.match, (body) => {
            if (!owned) return;
            const value = change.value?.(body);
            if (value) {
              seq++;
              emit({ signals: value });
            } else read();
          }),
        );
      }
      offs.push(
        spec.link.watchName(spec.service, (isOwned, problem) => {
          owned = isOwned;
          if (isOwned) read();
          else {
            seq++;
            unknown(problem ?? spec.absent);
          }
        }),
      );
      offs.push(
        spec.link.onConnection((problem) => {
          if (problem) {
            owned = false;
            seq++;
            unknown(problem);
          }
        }),
      );
    },
    stop() {
      for (const off of offs) off();
      offs = [];
      owned = false;
      seq++;
    },
  };
}
