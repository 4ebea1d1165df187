// The workbench server: node:http, the local org over SQLite in `dataDir`
// (loaded with the sample org on first start), the page, the bundle and SLDS.
import { createServer } from 'node:http';
import { join } from 'node:path';
import { loadSchema } from '../org/schema.mjs';
import { openStore } from '../org/store.mjs';
import { createOrg } from '../org/org.mjs';
import { dataModelPath, distDir, forceAppDir, sldsDir } from '../build/paths.mjs';
import { handleApi } from './api.mjs';
import { renderPage } from './page.mjs';
import { serveFile } from './static.mjs';

export function openOrg(dataDir) {
    const schema = loadSchema({ forceAppDir, dataModelPath });
    const store = openStore(join(dataDir, 'org.sqlite'));
    return createOrg({ schema, store });
}

/** The sample users by role, as the sample generator recorded them. */
export function sampleUsers(org) {
    const ids = JSON.parse(org.store.meta('users') || '{}');
    const users = {};
    for (const [role, id] of Object.entries(ids)) {
        const user = org.store.get(id);
        if (user) users[role] = { id, name: user.fields.Name };
    }
    return users;
}

/** `hubspot`: the started HubSpot preview (hubspot/preview.mjs), whose routes live under /hubspot/. */
export function createWorkbenchServer(org, { hubspot } = {}) {
    return createServer((req, res) => {
        const url = new URL(req.url, 'http://localhost');
        handleApi(org, req, res, url)
            .then((handled) => handled || (hubspot ? hubspot.handle(req, res, url) : false))
            .then((handled) => {
                if (handled) return;
                if (req.method !== 'GET' && req.method !== 'HEAD') {
                    res.writeHead(405);
                    res.end();
                    return;
                }
                if (url.pathname === '/' || url.pathname === '/index.html') {
                    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
                    res.end(renderPage({ users: sampleUsers(org) }));
                    return;
                }
                if (url.pathname === '/favicon.ico') {
                    res.writeHead(204);
                    res.end();
                    return;
                }
                if (url.pathname === '/app.js' || url.pathname === '/app.js.map') {
                    if (serveFile(res, distDir, url.pathname.slice(1))) return;
                }
                if (url.pathname.startsWith('/slds/') && serveFile(res, sldsDir, decodeURIComponent(url.pathname.slice('/slds/'.length)))) return;
                res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
                res.end('Not found');
            })
            .catch((error) => {
                console.error(error);
                if (!res.headersSent) res.writeHead(500);
                res.end();
            });
    });
}
