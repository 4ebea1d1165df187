// What the sample generator borrows so its data reads exactly as the
// components read it: the shared core (its TypeScript source, bundled for Node
// with esbuild) and the pure record-to-scoring-input module (c/maLeadInput).
import { build } from 'esbuild';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { distDir, lwcDir, repoRoot } from '../build/paths.mjs';

const cache = new Map();

/** Bundles a TypeScript or ES module file for Node (into dist/) and imports it, once per process. */
export async function bundleForNode(entry, name) {
    if (cache.has(name)) return cache.get(name);
    const outfile = join(distDir, `${name}.node.mjs`);
    await build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile, logLevel: 'error' });
    const loaded = await import(`${pathToFileURL(outfile).href}?t=${Date.now()}`);
    cache.set(name, loaded);
    return loaded;
}

export function loadCore() {
    return bundleForNode(join(repoRoot, 'shared-core', 'src', 'index.ts'), 'core');
}

/** `parseFieldMapping`, `scoringLead`: how the components turn a Lead and its Tasks/CampaignMembers into the scorer's input. */
export function loadLeadScoreInput() {
    return bundleForNode(join(lwcDir, 'maLeadInput', 'maLeadInput.js'), 'leadScoreInput');
}
