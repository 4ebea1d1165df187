// Builds the HubSpot preview with esbuild into dist/hubspot/:
//   host.js, host.css  the page: React DOM drawing the remote component tree
//   worker.js          the extension worker's globals (worker/bootstrap.js)
//   ext/<uid>.js       each card, settings page or app page of the project,
//                      from its own entry file, with worker/mount.js; shared
//                      code (React, @hubspot/ui-extensions, the core) in chunks.
// The extensions are whatever hubspot-app's *-hsmeta.json files declare.
import { existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { newestMtime } from '../build/mtime.mjs';
import { distDir } from '../build/paths.mjs';
import { hubspotAppDir, readProject } from './project.mjs';

const here = dirname(fileURLToPath(import.meta.url));
// A previewed project other than hubspot-app (MA_HUBSPOT_SRC) gets bundles of its own (MA_HUBSPOT_DIST).
export const hubspotDistDir = process.env.MA_HUBSPOT_DIST ? resolve(process.env.MA_HUBSPOT_DIST) : join(distDir, 'hubspot');
const stampFile = join(hubspotDistDir, 'built.json');

const common = {
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    sourcemap: true,
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
};

/** One virtual entry per extension: its own entry file plus the mount helper, so both share one React. */
function extensionEntries(extensions) {
    return {
        name: 'hubspot-extensions',
        setup(b) {
            b.onResolve({ filter: /^hubspot-extension:/ }, (args) => ({ path: args.path.slice('hubspot-extension:'.length), namespace: 'hubspot-extension' }));
            b.onLoad({ filter: /.*/, namespace: 'hubspot-extension' }, (args) => {
                const extension = extensions.find((e) => e.uid === args.path);
                return {
                    contents: `export { mount } from ${JSON.stringify(join(here, 'worker', 'mount.js'))};\nimport ${JSON.stringify(extension.entry)};\n`,
                    resolveDir: dirname(extension.entry),
                    loader: 'js',
                };
            });
        },
    };
}

export async function buildHubspotPreview() {
    const started = Date.now();
    const { extensions } = readProject();
    rmSync(hubspotDistDir, { recursive: true, force: true });
    mkdirSync(hubspotDistDir, { recursive: true });
    await build({ ...common, entryPoints: { host: join(here, 'host', 'main.jsx') }, outdir: hubspotDistDir });
    await build({ ...common, entryPoints: { worker: join(here, 'worker', 'bootstrap.js') }, outdir: hubspotDistDir });
    if (extensions.length > 0) {
        await build({
            ...common,
            entryPoints: Object.fromEntries(extensions.map((e) => [e.uid, `hubspot-extension:${e.uid}`])),
            outdir: join(hubspotDistDir, 'ext'),
            splitting: true,
            chunkNames: 'chunk-[hash]',
            plugins: [extensionEntries(extensions)],
        });
    }
    writeFileSync(stampFile, JSON.stringify({ builtAt: new Date().toISOString(), extensions: extensions.map((e) => e.uid) }));
    return { ms: Date.now() - started, extensions: extensions.map((e) => e.uid) };
}

/** True when the bundles are missing or older than the project's extensions or the preview's own browser code. */
export function isHubspotStale() {
    if (!existsSync(stampFile)) return true;
    const built = statSync(stampFile).mtimeMs;
    // The host also reads the workbench's session module (platform/internal).
    return [hubspotAppDir, join(here, 'host'), join(here, 'worker'), join(here, '..', 'platform', 'internal')].some((dir) => newestMtime(dir) > built);
}

export async function ensureHubspotBuilt(log = console.log) {
    if (!isHubspotStale()) return false;
    const { ms, extensions } = await buildHubspotPreview();
    log(`Built the HubSpot preview (${extensions.join(', ')}) in ${(ms / 1000).toFixed(1)} s`);
    return true;
}
