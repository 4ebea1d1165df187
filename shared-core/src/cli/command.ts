import type { CliIO } from './io';

/**
 * One CLI command. `run` returns what goes on stdout (JSON or a text report),
 * and throws CliError for bad input; it never writes stdout itself, so
 * nothing is printed when it fails.
 */
export interface Command {
  summary: string;
  usage: string;
  run: (argv: string[], io: CliIO) => Promise<string> | string;
}
