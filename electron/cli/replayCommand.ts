import { TraceError } from '../../shared/trace/format';
import { parseTrace } from '../../shared/trace/parse';
import { replay, replayToJsonLines } from '../../shared/sim/replay';
import { onePositional, parseArgs } from './args';
import { CliError } from './errors';
import type { CliIo } from './io';
import { readInput } from './io';

/** `mobes replay TRACE [--summary-only]`: the app's decisions for a trace, as JSON Lines. */
export function replayCommand(argv: readonly string[], io: CliIo): number {
  const args = parseArgs('replay', argv, { flags: ['summary-only'] });
  const file = onePositional('replay', args, 'trace file');
  const text = readInput(io, file);
  let trace;
  try {
    trace = parseTrace(text);
  } catch (e) {
    if (e instanceof TraceError)
      throw new CliError(e.line > 0 ? `${file}:${e.line}: ${e.detail}` : `${file}: ${e.detail}`);
    throw e;
  }
  io.stdout(replayToJsonLines(replay(trace), { summaryOnly: args.flags.has('summary-only') }));
  return 0;
}
