import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../../src/cli/main';
import { CliError } from '../../src/cli/errors';
import type { CliIO } from '../../src/cli/io';

export const EXAMPLES = join(__dirname, '..', '..', 'examples');
export const example = (name: string) => join(EXAMPLES, name);

/**
 * Runs the CLI in-process with files from a map (else the disk), stdin text,
 * and a fixed clock; with `chunkSize`, record-by-record readers get the text
 * in pieces of that many characters, as a large file arrives.
 */
export async function run(
  argv: string[],
  options: { files?: Record<string, string>; stdin?: string; isTTY?: boolean; chunkSize?: number } = {},
): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    readStdin: () => options.stdin ?? '',
    readFile: (path) => {
      const mapped = options.files?.[path];
      if (mapped !== undefined) return mapped;
      if (!existsSync(path)) throw new CliError(`${path}: no such file`);
      return readFileSync(path, 'utf8');
    },
    now: () => new Date('2026-11-27T00:00:00Z'),
    isTTY: options.isTTY ?? false,
  };
  const size = options.chunkSize;
  if (size !== undefined) {
    io.readChunks = function* (file) {
      const text = file === undefined || file === '-' ? io.readStdin() : io.readFile(file);
      for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
    };
  }
  const status = await runCli(argv, io);
  return { status, stdout, stderr };
}
