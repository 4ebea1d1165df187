// The shared core for the sample generator: its TypeScript source bundled for
// Node with esbuild (the same source the components' maCore bundle comes from).
import { build } from 'esbuild';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { distDir, repoRoot } from '../build/paths.mjs';

let loaded = null;

export async function loadCore() {
    if (loaded) return loaded;
    const outfile = join(distDir, 'core.node.mjs');
    await build({
        entryPoints: [join(repoRoot, 'shared-core', 'src', 'index.ts')],
        bundle: true,
        platform: 'node',
        format: 'esm',
        target: 'node20',
        outfile,
        logLevel: 'error',
    });
    loaded = await import(`${pathToFileURL(outfile).href}?t=${Date.now()}`);
    return loaded;
}
