import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { catalogCommand } from './catalogCommand';
import { CliError, usageError } from './errors';
import type { CliIo } from './io';
import { nodeIo } from './io';
import { replayCommand } from './replayCommand';
import { statsCommand } from './statsCommand';

export const HELP = `mobes: the Mobes microbreak app's command line

Usage:
  mobes catalog [--json]              every mobe (exercise): a table, or JSON with --json
  mobes replay TRACE [--summary-only] replay a trace (JSON Lines of what a user did) through the app
                                      and print its decisions and a summary per day, as JSON Lines
  mobes stats FILE [--json] [--goal N] [--today YYYY-MM-DD] [--strict]
                                      daily summaries and streaks of a history (the JSON export, or
                                      JSON Lines of records such as history.jsonl), with the default
                                      work hours and goal (or --goal); streaks as of --today (default:
                                      the last day in the file). A table, or JSON Lines with --json.
                                      Every readable record counts; each unreadable line is named on
                                      stderr, and --strict makes any of them an error
  mobes --help                        this help

Exit status: 0 on success, 1 for a bad input file, 2 for wrong usage.
`;

const COMMANDS: Record<string, (argv: readonly string[], io: CliIo) => number> = {
  catalog: catalogCommand,
  replay: replayCommand,
  stats: statsCommand,
};

/** Runs the CLI with the given arguments (without node and the script); returns the exit status. */
export function main(argv: readonly string[], io: CliIo = nodeIo()): number {
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h' || command === 'help') {
    io.stdout(HELP);
    return 0;
  }
  try {
    if (command === undefined) throw usageError('a command is needed: catalog, replay or stats');
    const run = COMMANDS[command];
    if (!run) throw usageError(`unknown command "${command}"`);
    if (rest.includes('--help') || rest.includes('-h')) {
      io.stdout(HELP);
      return 0;
    }
    return run(rest, io);
  } catch (e) {
    if (e instanceof CliError) {
      io.stderr(`mobes: ${e.message}\n`);
      return e.exitCode;
    }
    // Not the user's fault: still one line, no stack trace (MOBES_DEBUG=1 shows it).
    io.stderr(`mobes: internal error: ${(e as Error).message ?? String(e)}\n`);
    if (process.env.MOBES_DEBUG) io.stderr(`${(e as Error).stack ?? ''}\n`);
    return 70;
  }
}

/** True when this module is the program being run (node out/cli/mobes.js, tsx electron/cli/main.ts, npm bin). */
function isEntry(): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return realpathSync(script) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isEntry()) {
  // `mobes ... | head` closes the pipe early: that is not an error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  process.exitCode = main(process.argv.slice(2));
}
