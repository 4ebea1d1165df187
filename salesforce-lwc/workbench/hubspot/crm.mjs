// The local HubSpot portal: the CRM stand-in the function tests use
// (hubspot-app/test/functions/crm-stand-in.ts, bundled for Node, not copied),
// listening on loopback. Its whole state is kept in the local org's SQLite
// file (one meta key), written after every request that changed it, so what
// the cards save is still there after a restart, and `npm run sample:reset`
// (which regenerates that file) restores the sample portal.
import { join } from 'node:path';
import { repoRoot } from '../build/paths.mjs';
import { bundleForNode } from '../sample/core.mjs';

export const CRM_STATE_KEY = 'hubspot.crm';
const standInPath = join(repoRoot, 'hubspot-app', 'test', 'functions', 'crm-stand-in.ts');

export async function loadStandIn() {
    const { CrmStandIn } = await bundleForNode(standInPath, 'crm-stand-in');
    return CrmStandIn;
}

/** A request that changed the stand-in (everything but reads and searches). */
export function isWrite({ method, path }) {
    if (method === 'GET') return false;
    if (method === 'POST') return !/\/(search|batch\/read)$/.test(path);
    return true;
}

/**
 * Starts a stand-in over `state` (CrmStandIn.exportState()). `save(state)`
 * is called with the new state whenever `persist()` finds a write since the
 * last one.
 */
export async function startCrm(state, save) {
    const CrmStandIn = await loadStandIn();
    const standIn = new CrmStandIn();
    if (state) standIn.importState(state);
    const baseUrl = await standIn.start();
    return {
        standIn,
        baseUrl,
        token: standIn.token,
        /** Saves the state when a request since the last call wrote something; the request log is emptied either way. */
        persist() {
            const wrote = standIn.requests.some(isWrite);
            standIn.requests.length = 0;
            if (wrote) save(standIn.exportState());
            return wrote;
        },
        stop: () => standIn.stop(),
    };
}

/** The portal kept in the org's store (null before the sample portal was generated). */
export function storedCrmState(store) {
    const text = store.meta(CRM_STATE_KEY);
    return text ? JSON.parse(text) : null;
}

export function saveCrmState(store, state) {
    store.setMeta(CRM_STATE_KEY, JSON.stringify(state));
}
