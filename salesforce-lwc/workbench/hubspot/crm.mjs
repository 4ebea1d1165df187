// The local HubSpot portal: the CRM stand-in the function tests use
// (hubspot-app/test/functions/crm-stand-in.ts, bundled for Node, not copied),
// listening on loopback. Its whole state is kept in the local org's SQLite
// file (one meta key), written after every request that changed it, so what
// the cards save is still there after a restart, and `npm run sample:reset`
// (which regenerates that file) restores the sample portal.
// The portal's people are registered on every start: each preview user is a
// HubSpot user with a user-level token of their own (what HubSpot hands a
// function run on their behalf; the stand-in answers its metadata at
// GET /oauth/v1/access-tokens/{token}) and an owner in their team; the app
// has its own app-level token, which names no user. Tokens are minted anew on
// every start, as tokens expire.
import { randomBytes } from 'node:crypto';
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

const mintToken = (kind) => `pat-preview-${kind}-${randomBytes(16).toString('hex')}`;

/**
 * The portal's users (portal.mjs) as HubSpot users of the stand-in, each with
 * a user-level token, and as owners in their teams; answers the tokens by user id.
 */
function registerPeople(standIn, portal) {
    const tokens = new Map();
    for (const user of Object.values(portal.users)) {
        const added = standIn.addUser(user.role, { userId: user.id, email: user.email, token: mintToken('user') });
        tokens.set(user.id, added.token);
        const team = portal.teams.find((t) => t.id === user.team);
        standIn.addOwner({ id: String(user.id), email: user.email, userId: user.id, teams: team ? [{ id: String(team.id), name: team.name, primary: true }] : [] });
    }
    return tokens;
}

/**
 * Starts a stand-in over `state` (CrmStandIn.exportState()) with `portal`'s
 * people. `save(state)` is called with the new state whenever `persist()`
 * finds a write since the last one. `token` is the app's own token;
 * `tokenOf(userId)` a portal user's.
 */
export async function startCrm(state, save, portal) {
    const CrmStandIn = await loadStandIn();
    // Stamped with the real time, as HubSpot stamps what it stores (signatures are ordered by it).
    const standIn = new CrmStandIn({ realClock: true });
    if (state) standIn.importState(state);
    const app = standIn.addUser('app', { userLevel: false, token: mintToken('app') });
    const tokens = registerPeople(standIn, portal);
    const baseUrl = await standIn.start();
    return {
        standIn,
        baseUrl,
        token: app.token,
        /** The user-level token of a portal user (null for anyone else). */
        tokenOf: (userId) => tokens.get(userId) ?? null,
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
