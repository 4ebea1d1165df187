// `npm run bench`: bundles bench/main.ts with esbuild into a temporary file
// and runs it in one Node process (both engines measured in the same process).
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
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
  // 100,000 leads with 20 events each, held twice (raw and parsed), need more than the default heap.
  const run = spawnSync(process.execPath, ['--max-old-space-size=6144', outfile], { stdio: 'inherit' });
  process.exitCode = run.status ?? 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
