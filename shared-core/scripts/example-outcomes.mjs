#!/usr/bin/env node
// `node scripts/example-outcomes.mjs`: writes examples/outcomes.csv and
// examples/outcomes-events.csv (see example-outcomes.ts), bundled with esbuild
// and run once, like the benchmark.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'ma-example-'));
try {
  const outfile = join(dir, 'example-outcomes.cjs');
  await build({ entryPoints: [join(here, 'example-outcomes.ts')], outfile, bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'warning' });
  const run = spawnSync(process.execPath, [outfile], { stdio: 'inherit', env: { ...process.env, MA_EXAMPLES_DIR: join(here, '..', 'examples') } });
  process.exitCode = run.status ?? 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
