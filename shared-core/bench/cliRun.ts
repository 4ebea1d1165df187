// Runs the installed `ma-maturity` command as a user does (a new Node
// process, start-up included) and measures its wall time and its memory
// high-water mark (peak resident set size, read by a preloaded hook at exit).
import { spawnSync } from 'node:child_process';
import { closeSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface CliRun {
  ms: number;
  /** Peak resident set size of the CLI process, in bytes. */
  maxRssBytes: number;
  status: number | null;
  stderr: string;
}

/** Runs `bin/ma-maturity.cjs <args>` with stdout to `outFile`. */
export function runCli(bin: string, args: string[], outFile: string, workDir: string): CliRun {
  const hook = join(workDir, 'max-rss.cjs');
  const rssFile = join(workDir, 'max-rss.txt');
  writeFileSync(hook, `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(rssFile)}, String(process.resourceUsage().maxRSS)));\n`);
  const out = openSync(outFile, 'w');
  try {
    const start = performance.now();
    const run = spawnSync(process.execPath, ['--require', hook, bin, ...args], { stdio: ['ignore', out, 'pipe'], encoding: 'utf8' });
    const ms = performance.now() - start;
    // resourceUsage().maxRSS is in kilobytes.
    return { ms, maxRssBytes: Number(readFileSync(rssFile, 'utf8')) * 1024, status: run.status, stderr: run.stderr };
  } finally {
    closeSync(out);
  }
}

/** The median of a few runs, so one hiccup of a shared machine does not decide. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}
