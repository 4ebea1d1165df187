import type { CliIO } from './io';
import type { StreamedOutput } from './stream/records';

/**
 * One CLI command. `run` returns what goes on stdout (JSON or a text report,
 * or a streamed result that `main` commits), and throws CliError for bad
 * input; it never writes stdout itself, so nothing is printed when it fails.
 */
export interface Command {
  summary: string;
  usage: string;
  run: (argv: string[], io: CliIO) => Promise<string | StreamedOutput> | string | StreamedOutput;
}
