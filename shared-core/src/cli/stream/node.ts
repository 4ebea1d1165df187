// The streaming parts of the CLI's real I/O: files and stdin read in chunks,
// and a spool on disk whose content reaches stdout only on commit.
import { closeSync, existsSync, mkdtempSync, openSync, readSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { CliError } from '../errors';

const CHUNK = 1 << 20;

/** Reads `fd` to its end, one chunk at a time; stdin that is not ready yet (EAGAIN) is waited for. */
function* readFd(fd: number): Generator<string> {
  const decoder = new StringDecoder('utf8');
  const buffer = Buffer.allocUnsafe(CHUNK);
  for (;;) {
    let read: number;
    try {
      read = readSync(fd, buffer, 0, CHUNK, null);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20);
      continue;
    }
    if (read === 0) break;
    const text = decoder.write(buffer.subarray(0, read));
    if (text !== '') yield text;
  }
  const rest = decoder.end();
  if (rest !== '') yield rest;
}

/** FILE, or stdin for `-` or none, as text chunks. */
export function* nodeChunks(file: string | undefined): Generator<string> {
  if (file === undefined || file === '-') {
    yield* readFd(0);
    return;
  }
  if (!existsSync(file)) throw new CliError(`${file}: no such file`);
  if (statSync(file).isDirectory()) throw new CliError(`${file}: is a directory, not a file`);
  const fd = openSync(file, 'r');
  try {
    yield* readFd(fd);
  } finally {
    closeSync(fd);
  }
}

/** Where a streamed result waits until the whole input was read and checked. */
export interface Spool {
  write: (text: string) => void;
  /** Gives everything written to `out` (the CLI's stdout), then frees the spool. */
  commit: (out: (text: string) => void) => Promise<void>;
  /** Frees the spool; nothing is given out. */
  discard: () => void;
}

/** A spool in memory, for tests and small results. */
export function memorySpool(): Spool {
  let parts: string[] = [];
  return {
    write: (text) => {
      parts.push(text);
    },
    commit: async (out) => {
      out(parts.join(''));
      parts = [];
    },
    discard: () => {
      parts = [];
    },
  };
}

/**
 * A spool in a temporary file, so memory stays flat however large the
 * output. The file (readable by this user only, in the system's temporary
 * folder) is removed on commit and on discard.
 */
export function nodeSpool(): Spool {
  const dir = mkdtempSync(join(tmpdir(), 'ma-maturity-'));
  const fd = openSync(join(dir, 'output'), 'w+', 0o600);
  let pending: string[] = [];
  let pendingLength = 0;
  let written = 0;
  let open = true;
  const flush = (): void => {
    if (pendingLength === 0) return;
    const bytes = Buffer.from(pending.join(''), 'utf8');
    for (let offset = 0; offset < bytes.length; ) offset += writeSync(fd, bytes, offset, bytes.length - offset, written + offset);
    written += bytes.length;
    pending = [];
    pendingLength = 0;
  };
  const close = (): void => {
    if (!open) return;
    open = false;
    closeSync(fd);
    rmSync(dir, { recursive: true, force: true });
  };
  return {
    write: (text) => {
      pending.push(text);
      pendingLength += text.length;
      if (pendingLength >= CHUNK) flush();
    },
    commit: async (out) => {
      try {
        flush();
        const decoder = new StringDecoder('utf8');
        const buffer = Buffer.allocUnsafe(CHUNK);
        for (let position = 0; position < written; ) {
          const read = readSync(fd, buffer, 0, CHUNK, position);
          position += read;
          // process.stdout.write answers false when a slower reader's pipe is full: wait, so the copy keeps memory flat too.
          if ((out(decoder.write(buffer.subarray(0, read))) as unknown) === false) await new Promise((resolve) => process.stdout.once('drain', resolve));
        }
        out(decoder.end());
      } finally {
        close();
      }
    },
    discard: close,
  };
}
