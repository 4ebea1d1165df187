// What the HubSpot project declares, read from its own *-hsmeta.json files
// (hubspot-app/src/app/**), so a new card, settings page or app function
// shows up in the preview without a change here:
//   extensions: cards (`card`, a CRM location and object types), the settings
//               page (`settings`) and app pages (`page`), each with its entry file;
//   functions:  `app-function` uid -> the entry file HubSpot would run, the
//               endpoint it serves over HTTP (if any) and the secrets it declares.
// Every path comes from the project, checked to stay inside its folder; no
// request ever names a file.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { repoRoot } from '../build/paths.mjs';

// MA_HUBSPOT_SRC previews another project's src folder (the tests preview a copy with extra extensions).
export const hubspotSrcDir = process.env.MA_HUBSPOT_SRC ? resolve(process.env.MA_HUBSPOT_SRC) : join(repoRoot, 'hubspot-app', 'src');
export const hubspotAppDir = join(hubspotSrcDir, 'app');

// HubSpot's uid rule (project-parsing-lib 0.23: ^[a-zA-Z0-9_\-.]+$, at most 64).
const UID = /^[a-zA-Z0-9_\-.]{1,64}$/;

// Where each extension type is drawn, as HubSpot places it.
const LOCATION_OF_TYPE = { settings: 'settings', page: 'home' };

function hsmetaFiles(dir) {
    if (!existsSync(dir)) return [];
    const out = [];
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
        if (entry.name === 'node_modules') continue;
        const path = join(dir, entry.name);
        if (entry.isDirectory()) out.push(...hsmetaFiles(path));
        else if (entry.name.endsWith('-hsmeta.json')) out.push(path);
    }
    return out.sort();
}

/** `/app/cards/X.tsx` (HubSpot's entrypoint, relative to srcDir) as an absolute path inside `folder`, or null. */
function entryFile(entrypoint, folder) {
    if (typeof entrypoint !== 'string' || !entrypoint.startsWith('/app/')) return null;
    const path = resolve(hubspotSrcDir, `.${entrypoint}`);
    if (!path.startsWith(folder + sep) || !existsSync(path)) return null;
    return path;
}

/** An endpoint function's `{ path, methods }` (hsmeta `config.endpoint`), or null for a private function. */
function endpointOf(endpoint) {
    if (!endpoint || typeof endpoint.path !== 'string' || !/^\/[A-Za-z0-9_\-./]{1,200}$/.test(endpoint.path)) return null;
    const methods = Array.isArray(endpoint.methods) ? endpoint.methods.filter((m) => typeof m === 'string').map((m) => m.toUpperCase()) : [];
    // Methods are the hsmeta's own; none listed serves none (the preview guesses no default).
    return { path: endpoint.path, methods };
}

function readMeta(file) {
    try {
        const meta = JSON.parse(readFileSync(file, 'utf8'));
        return meta && typeof meta === 'object' && typeof meta.uid === 'string' && UID.test(meta.uid) ? meta : null;
    } catch {
        return null;
    }
}

/** The name as the user's language shows it: the project names cards "日本語 / English". */
export function localName(name, lang) {
    const parts = String(name || '').split(' / ');
    return parts.length === 2 ? parts[lang === 'en' ? 1 : 0].trim() : String(name || '');
}

/**
 * Everything the preview can show and run. `problems` lists hsmeta files it
 * skipped and why (the project's own checks fail on those too).
 */
export function readProject() {
    const extensions = [];
    const functions = new Map();
    const problems = [];
    let app = null;
    for (const file of hsmetaFiles(hubspotAppDir)) {
        const where = relative(repoRoot, file);
        const meta = readMeta(file);
        if (!meta) {
            problems.push(`${where}: not JSON with a valid uid`);
            continue;
        }
        const config = meta.config || {};
        const folder = join(file, '..');
        if (meta.type === 'app') {
            app = { uid: meta.uid, name: config.name || meta.uid };
            continue;
        }
        if (meta.type === 'app-function') {
            const entry = entryFile(config.entrypoint, folder);
            if (!entry || !entry.endsWith('.js')) problems.push(`${where}: entrypoint ${config.entrypoint} is not a .js file beside it`);
            else functions.set(meta.uid, { uid: meta.uid, entry, endpoint: endpointOf(config.endpoint), secretKeys: Array.isArray(config.secretKeys) ? config.secretKeys.filter((k) => typeof k === 'string') : [] });
            continue;
        }
        if (meta.type === 'card' || meta.type in LOCATION_OF_TYPE) {
            const entry = entryFile(config.entrypoint, folder);
            if (!entry) {
                problems.push(`${where}: entrypoint ${config.entrypoint} not found`);
                continue;
            }
            extensions.push({
                uid: meta.uid,
                type: meta.type,
                name: config.name || meta.uid,
                description: config.description || '',
                location: meta.type === 'card' ? config.location : LOCATION_OF_TYPE[meta.type],
                objectTypes: Array.isArray(config.objectTypes) ? config.objectTypes : [],
                entry,
            });
        }
    }
    return { app, extensions, functions, problems };
}
