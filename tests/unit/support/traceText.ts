/** Trace text for the parser tests: a header line plus the lines given, and the error a trace gets. */
import { parseTraceResult } from '../../../shared/trace/parse';
import type { TraceError } from '../../../shared/trace/format';

export const START = '{"type":"start","at":"2026-03-02T08:55:00","zone":"Europe/Berlin","seed":1}';

/** A trace of the header plus the given lines. */
export const trace = (...lines: (string | object)[]) =>
  [START, ...lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l)))].join('\n');

/** The parse error of a trace, as "line N: detail". */
export function errorOf(text: string): TraceError {
  const r = parseTraceResult(text);
  if (r.ok) throw new Error('expected the trace to be rejected');
  return r.error;
}
