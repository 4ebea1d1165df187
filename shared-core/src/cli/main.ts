// `ma-maturity <command> ...`: the core's functions from a terminal, JSON in
// and out. Bad input exits 2 with one message naming the field, never a stack
// trace, and prints nothing on stdout.
import { CliError } from './errors';
import { nodeIO, type CliIO } from './io';
import { commands } from './commands';
import { hasOwn } from '../records';

const USAGE = `Usage: ma-maturity <command> [options]

Commands:
${Object.entries(commands)
  .map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}\n             ${c.usage}`)
  .join('\n')}
`;

/** Runs one CLI invocation; returns the exit status. Exported for in-process tests. */
export async function runCli(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  // Asked for, the usage is the output; without a command it is the error.
  if (name === '--help' || name === '-h' || name === 'help') {
    io.stdout(USAGE);
    return 0;
  }
  if (name === undefined) {
    io.stderr(`ma-maturity: a command is required\n${USAGE}`);
    return 2;
  }
  // Own names only: `ma-maturity constructor` is an unknown command, not Object's.
  const command = hasOwn(commands, name) ? commands[name] : undefined;
  if (!command) {
    io.stderr(`ma-maturity: unknown command "${name}"\n${USAGE}`);
    return 2;
  }
  try {
    const output = await command.run(rest, io);
    if (typeof output === 'string') io.stdout(output.endsWith('\n') ? output : `${output}\n`);
    else await output.commit(io);
    return 0;
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr(`ma-maturity ${name}: ${error.message}\n`);
      return 2;
    }
    // An unexpected failure is a bug; still no stack trace for the user.
    io.stderr(`ma-maturity ${name}: internal error: ${(error as Error)?.message ?? String(error)}\n`);
    return 1;
  }
}

/** Runs the CLI on this process's arguments. `bin/ma-maturity.cjs` calls it: when the bundle is required from the bin, it is not `require.main`. */
export function main(): void {
  runCli(process.argv.slice(2), nodeIO()).then((status) => {
    process.exitCode = status;
  });
}

if (require.main === module) main();
