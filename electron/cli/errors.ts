/** A problem with what the user gave us (a file, a line, an option): printed as one line, never a stack. */
export class CliError extends Error {
  constructor(
    message: string,
    /** 2 for wrong usage (options, arguments), 1 for bad input files. */
    readonly exitCode: 1 | 2 = 1,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

export const usageError = (message: string) => new CliError(`${message} (see mobes --help)`, 2);
