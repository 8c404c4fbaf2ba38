import { usageError } from './errors';

export interface OptionSpec {
  /** Options without a value, e.g. --json. */
  flags?: readonly string[];
  /** Options that take a value, e.g. --goal 6 or --goal=6. */
  values?: readonly string[];
}

export interface ParsedArgs {
  positionals: string[];
  flags: Set<string>;
  values: Map<string, string>;
}

/**
 * A small strict option parser: unknown options and missing values are usage errors naming the
 * option. "--" ends the options, so a file named "-x" can still be given.
 */
export function parseArgs(command: string, argv: readonly string[], spec: OptionSpec): ParsedArgs {
  const flags = new Set<string>();
  const values = new Map<string, string>();
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = (eq >= 0 ? arg.slice(0, eq) : arg).replace(/^--?/, '');
    if (spec.flags?.includes(name)) {
      if (eq >= 0) throw usageError(`option --${name} of "${command}" takes no value`);
      flags.add(name);
    } else if (spec.values?.includes(name)) {
      const value = eq >= 0 ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined || value === '')
        throw usageError(`option --${name} of "${command}" needs a value`);
      values.set(name, value);
    } else {
      throw usageError(`unknown option ${arg.slice(0, eq >= 0 ? eq : undefined)} for "${command}"`);
    }
  }
  return { positionals, flags, values };
}

/** Exactly one positional argument (a file), or a usage error saying what is missing or extra. */
export function onePositional(command: string, args: ParsedArgs, noun: string): string {
  if (args.positionals.length === 0) throw usageError(`"${command}" needs a ${noun}`);
  if (args.positionals.length > 1) {
    throw usageError(
      `"${command}" takes one ${noun}, got ${args.positionals.length}: ${args.positionals.join(' ')}`,
    );
  }
  return args.positionals[0];
}
