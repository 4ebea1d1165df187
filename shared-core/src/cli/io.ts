import { existsSync, readFileSync, statSync } from 'node:fs';
import { CliError } from './errors';
import { nodeChunks, nodeSpool, type Spool } from './stream/node';

/** What a command may touch: injected so tests can run commands in-process. */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => string;
  readFile: (path: string) => string;
  /** Today's date for `--as-of` defaults: the CLI reads the clock, the core never does. */
  now: () => Date;
  /** True when stderr is a terminal (progress output is shown only then). */
  isTTY: boolean;
  /** FILE (stdin for `-` or none) in chunks, for commands that read record by record; without it, the whole text is one chunk. */
  readChunks?: (file: string | undefined) => Iterable<string>;
  /** Holds a streamed result until it is complete (see stream/records.ts); without it, memory holds it. */
  spool?: () => Spool;
}

export function nodeIO(): CliIO {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readStdin: () => readFileSync(0, 'utf8'),
    readFile: (path) => {
      if (!existsSync(path)) throw new CliError(`${path}: no such file`);
      if (statSync(path).isDirectory()) throw new CliError(`${path}: is a directory, not a file`);
      return readFileSync(path, 'utf8');
    },
    now: () => new Date(),
    isTTY: Boolean(process.stderr.isTTY),
    readChunks: nodeChunks,
    spool: nodeSpool,
  };
}

/**
 * Reads FILE, or stdin for `-` or no file; refuses empty input. The one reader
 * of every command's input: a UTF-8 BOM (Excel and Windows editors write one) is dropped here.
 */
export function readInput(io: CliIO, file: string | undefined, label = 'input'): string {
  const read = file === undefined || file === '-' ? io.readStdin() : io.readFile(file);
  const text = read.charCodeAt(0) === 0xfeff ? read.slice(1) : read;
  if (text.trim() === '') throw new CliError(`${label}: the input is empty`);
  return text;
}

/** Parses JSON text; a syntax error becomes a CliError naming the input. */
export function parseJson(text: string, label = 'input'): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new CliError(`${label}: not valid JSON (${(error as Error).message})`);
  }
}
