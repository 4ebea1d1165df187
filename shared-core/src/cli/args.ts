import { CliError } from './errors';

export interface ParsedArgs {
  /** Positional arguments after the command name (file paths or `-`). */
  positionals: string[];
  /** `--name value` and `--name=value` flags; a flag without a value is `true`. */
  flags: Map<string, string | true>;
}

/**
 * Parses `--flag value`, `--flag=value` and positionals. `booleanFlags` never
 * take a value. Unknown flags are refused so a typo is not silently ignored.
 */
export function parseArgs(argv: string[], valueFlags: readonly string[], booleanFlags: readonly string[] = []): ParsedArgs {
  const positionals: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '-' || !arg.startsWith('--')) {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
    if (booleanFlags.includes(name)) {
      flags.set(name, true);
      continue;
    }
    if (!valueFlags.includes(name)) throw new CliError(`--${name}: unknown option`);
    const value = eq === -1 ? argv[++i] : arg.slice(eq + 1);
    if (value === undefined || value === '') throw new CliError(`--${name}: a value is required`);
    flags.set(name, value);
  }
  return { positionals, flags };
}

export function flag(args: ParsedArgs, name: string): string | undefined {
  const value = args.flags.get(name);
  return typeof value === 'string' ? value : undefined;
}

export function requiredFlag(args: ParsedArgs, name: string): string {
  const value = flag(args, name);
  if (value === undefined) throw new CliError(`--${name}: this option is required`);
  return value;
}
