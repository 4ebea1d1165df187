import type { Issue } from '../result';
import { describeIssues } from '../result';

/**
 * A problem with what the user gave the CLI. `main` prints its message on
 * stderr, prints nothing on stdout, and exits with status 2.
 */
export class CliError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliError';
  }

  static fromIssues(issues: Issue[], prefix = ''): CliError {
    const shown = prefix ? issues.map((i) => ({ ...i, path: i.path ? `${prefix}.${i.path}` : prefix })) : issues;
    return new CliError(describeIssues(shown));
  }

  /** Issues where an option of the core is named by the flag that gave it (`start` is shown as `--start`). */
  static fromOptionIssues(issues: Issue[], flags: ReadonlyMap<string, string>): CliError {
    return CliError.fromIssues(issues.map((i) => ({ ...i, path: flags.get(i.path) ?? i.path })));
  }
}
