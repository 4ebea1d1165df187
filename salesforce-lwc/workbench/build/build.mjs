// Builds the workbench page: the real components of force-app (compiled in
// place by @lwc/rollup-plugin), lightning-base-components from npm, the
// workbench's platform modules and its shell, into dist/app.js.
// `node build.mjs` builds; `ensureBuilt()` builds only when a source is newer.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { rollup } from 'rollup';
import lwc from '@lwc/rollup-plugin';
import replace from '@rollup/plugin-replace';
import nodeResolve from '@rollup/plugin-node-resolve';
import { loadSchema } from '../org/schema.mjs';
import { loadSecurity } from '../org/security.mjs';
import { buildHubspotPreview, ensureHubspotBuilt } from '../hubspot/build.mjs';
import { newestMtime } from './mtime.mjs';
import { salesforceModules } from './salesforce-modules.mjs';
import { bundlePath, dataModelPath, distDir, forceAppDir, lwcDir, platformDir, shellDir, workbenchDir } from './paths.mjs';

// The platform modules the workbench implements, by the specifier components import.
const PLATFORM_MODULES = {
    'lightning/uiRecordApi': 'lightning/uiRecordApi.js',
    'lightning/uiObjectInfoApi': 'lightning/uiObjectInfoApi.js',
    'lightning/graphql': 'lightning/graphql.js',
    'lightning/uiGraphQLApi': 'lightning/uiGraphQLApi.js',
    'lightning/platformShowToastEvent': 'lightning/platformShowToastEvent.js',
    'lightning/platformResourceLoader': 'lightning/platformResourceLoader.js',
};

/** One alias record per component folder: SFDX keeps `c` components flat in lwc/. */
function componentRecords() {
    if (!existsSync(lwcDir)) return [];
    return readdirSync(lwcDir, { withFileTypes: true })
        .filter((d) => d.isDirectory() && existsSync(join(lwcDir, d.name, `${d.name}.js`)))
        .map((d) => ({ name: `c/${d.name}`, path: join(lwcDir, d.name, `${d.name}.js`) }));
}

// The page components the shell places, by name; a missing one is shown as
// "not yet in force-app" instead of breaking the build while others write them.
const PAGE_COMPONENTS = ['maDiagnosis', 'maPlan', 'maDefinitions', 'maSuggestion', 'maFunnel', 'maLeadScore'];

function pageComponents(records) {
    const id = '\0workbench:components';
    return {
        name: 'workbench-page-components',
        resolveId: (source) => (source === 'workbench:components' ? id : null),
        load(loadId) {
            if (loadId !== id) return null;
            const present = PAGE_COMPONENTS.filter((name) => records.some((r) => r.name === `c/${name}`));
            const imports = present.map((name) => `import ${name} from 'c/${name}';`).join('\n');
            return `${imports}\nexport const COMPONENTS = { ${present.join(', ')} };\n`;
        },
    };
}

export async function buildBundle({ quiet = false } = {}) {
    const schema = loadSchema({ forceAppDir, dataModelPath });
    const { customPermissions } = loadSecurity({ forceAppDir });
    const components = componentRecords();
    const modules = [
        ...Object.entries(PLATFORM_MODULES).map(([name, file]) => ({ name, path: join(platformDir, file) })),
        ...components,
        { dir: join(shellDir, 'modules') },
        { npm: 'lightning-base-components' },
    ];
    const started = Date.now();
    // Rollup's module cache (transformed modules, kept beside the bundle) makes a
    // rebuild after one component changed take seconds instead of a minute.
    // Keyed by the build's own code: a changed compiler option must not reuse old transforms.
    const key = createHash('sha1').update(readFileSync(fileURLToPath(import.meta.url))).update(readFileSync(join(workbenchDir, 'build', 'salesforce-modules.mjs'))).digest('hex').slice(0, 12);
    const cacheFile = join(distDir, `rollup-cache-${key}.json`);
    for (const old of existsSync(distDir) ? readdirSync(distDir).filter((f) => f.startsWith('rollup-cache') && f !== `rollup-cache-${key}.json`) : []) rmSync(join(distDir, old));
    let cache;
    try {
        cache = existsSync(cacheFile) ? JSON.parse(readFileSync(cacheFile, 'utf8')) : undefined;
    } catch {
        cache = undefined;
    }
    const bundle = await rollup({
        cache,
        input: join(shellDir, 'main.js'),
        plugins: [
            salesforceModules({ schema, customPermissions }),
            pageComponents(components),
            replace({
                preventAssignment: true,
                values: { 'process.env.NODE_ENV': JSON.stringify('production'), 'import.meta.env.SSR': 'false' },
            }),
            lwc({ rootDir: workbenchDir, modules, enableDynamicComponents: true, enableSyntheticElementInternals: true, exclude: ['**/*.mjs', '**/*.css?inline'] }),
            nodeResolve({ browser: true }),
        ],
        onwarn(warning, warn) {
            // A missing export is an error here: the platform would refuse the import too.
            if (warning.code === 'MISSING_EXPORT' || warning.code === 'UNRESOLVED_IMPORT') throw new Error(warning.message);
            if (!quiet && warning.code !== 'CIRCULAR_DEPENDENCY' && warning.code !== 'THIS_IS_UNDEFINED') warn(warning);
        },
    });
    await bundle.write({ file: bundlePath, format: 'esm', sourcemap: true, inlineDynamicImports: true });
    mkdirSync(distDir, { recursive: true });
    writeFileSync(cacheFile, JSON.stringify(bundle.cache));
    await bundle.close();
    return { ms: Date.now() - started, components: components.map((r) => r.name) };
}

/** True when dist/app.js is missing or older than a component, platform module or shell file. */
export function isStale() {
    if (!existsSync(bundlePath)) return true;
    const built = statSync(bundlePath).mtimeMs;
    const sources = [lwcDir, join(forceAppDir, 'objects'), join(forceAppDir, 'customPermissions'), join(forceAppDir, 'staticresources'), platformDir, shellDir, join(workbenchDir, 'build')];
    return sources.some((dir) => newestMtime(dir) > built);
}

export async function ensureBuilt(log = console.log) {
    const hubspot = await ensureHubspotBuilt(log);
    if (!isStale()) return hubspot;
    log('Building the workbench bundle (components, lightning-base-components, platform modules)...');
    const { ms, components } = await buildBundle({ quiet: true });
    log(`Built ${components.length} components into ${bundlePath} in ${(ms / 1000).toFixed(1)} s`);
    return true;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
    Promise.all([buildBundle(), buildHubspotPreview()]).then(
        ([{ ms, components }, hubspot]) => console.log(`workbench bundle: ${components.join(', ')} in ${ms} ms; HubSpot preview: ${hubspot.extensions.join(', ')} in ${hubspot.ms} ms -> ${distDir}`),
        (error) => {
            console.error(error.message);
            process.exit(1);
        }
    );
}
