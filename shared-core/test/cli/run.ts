// Runs the CLI in-process with an injected io: stdin text, a fixed clock, and
// the real file system for file arguments.
import { runCli } from '../../src/cli/main';
import { nodeIO, type CliIO } from '../../src/cli/io';

export interface CliRun {
  status: number;
  stdout: string;
  stderr: string;
}

export async function cli(argv: string[], options: { stdin?: string; now?: string } = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    ...nodeIO(),
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    readStdin: () => options.stdin ?? '',
    now: () => new Date(options.now ?? '2026-11-27T09:30:00Z'),
    isTTY: false,
  };
  const status = await runCli(argv, io);
  return { status, stdout, stderr };
}

export const example = (name: string) => `${__dirname}/../../examples/${name}`;
