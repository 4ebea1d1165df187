// `npm run bench`: builds the CLI (the benchmark runs `ma-maturity` as a
// user does), bundles bench/main.ts with esbuild into a temporary file and
// runs it in one Node process (the in-process engines measured side by side).
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
await import('./build.mjs');
const dir = mkdtempSync(join(tmpdir(), 'ma-bench-'));
const outfile = join(dir, 'bench.cjs');
try {
  await build({
    entryPoints: [join(here, '..', 'bench', 'main.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'warning',
  });
  // Scoring allocates many short-lived objects (contributions, counted events); a larger young
  // generation halves the time spent in scavenges. Both engines run under the same flags. The
  // backtest holds the whole 100,000-lead history, hence the larger old space.
  // The CLI it starts runs with Node's defaults, as installed.
  const run = spawnSync(process.execPath, ['--max-semi-space-size=64', '--max-old-space-size=4096', outfile], {
    stdio: 'inherit',
    env: { ...process.env, MA_BENCH_BIN: join(here, '..', 'bin', 'ma-maturity.cjs') },
  });
  process.exitCode = run.status ?? 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
