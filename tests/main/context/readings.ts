import type { ContextSource, SourceReading } from '../../../electron/context/source';

/**
 * Records what a detector reports, and waits for a reading that satisfies a test, failing after a
 * deadline (the deadline is the requirement under test, not a measurement).
 */
export function recordReadings(source: ContextSource) {
  const seen: SourceReading[] = [];
  const waiters = new Set<() => void>();
  source.onChange((r) => {
    seen.push(r);
    for (const w of waiters) w();
  });
  return {
    seen,
    last: () => seen[seen.length - 1],
    /** Resolves with the first reading after index `from` that passes `test`. */
    waitFor(
      test: (r: SourceReading) => boolean,
      withinMs: number,
      from = seen.length,
    ): Promise<SourceReading> {
      return new Promise((resolve, reject) => {
        const check = () => {
          const hit = seen.slice(from).find(test);
          if (!hit) return false;
          clearTimeout(timer);
          waiters.delete(check);
          resolve(hit);
          return true;
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(
            new Error(`no matching reading within ${withinMs} ms; saw ${JSON.stringify(seen.slice(from))}`),
          );
        }, withinMs);
        waiters.add(check);
        check();
      });
    },
  };
}
