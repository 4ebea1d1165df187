// What the sample generator borrows so its data reads exactly as the
// components read it: the shared core (its TypeScript source, bundled for Node
// with esbuild) and the pure record-to-scoring-input module (c/maLeadInput).
import { build } from 'esbuild';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { distDir, lwcDir, repoRoot } from '../build/paths.mjs';

const cache = new Map();

// A component module imports the core as the platform names it (`c/maCore`):
// for Node that is the core's TypeScript entry of the same part.
const lightningCore = {
    name: 'lightning-core',
    setup(build) {
        build.onResolve({ filter: /^c\/maCore$/ }, () => ({ path: join(repoRoot, 'shared-core', 'src', 'core.ts') }));
    },
};

/** Bundles a TypeScript or ES module file for Node (into dist/) and imports it, once per process. */
export async function bundleForNode(entry, name) {
    if (cache.has(name)) return cache.get(name);
    const outfile = join(distDir, `${name}.node.mjs`);
    await build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile, logLevel: 'error', plugins: [lightningCore] });
    const loaded = await import(`${pathToFileURL(outfile).href}?t=${Date.now()}`);
    cache.set(name, loaded);
    return loaded;
}

export function loadCore() {
    return bundleForNode(join(repoRoot, 'shared-core', 'src', 'index.ts'), 'core');
}

/** maLeadScore's mapping: a Lead and its Tasks/CampaignMembers as the core's lead, and the core's answers as field writes. */
export function loadLeadScoreInput() {
    return bundleForNode(join(lwcDir, 'maLeadInput', 'maLeadInput.js'), 'leadScoreInput');
}
