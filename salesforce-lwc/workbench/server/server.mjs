// The workbench server: node:http, the local org over SQLite in `dataDir`
// (loaded with the sample org on first start), the page, the bundle and SLDS.
// Private by default: it answers only the hosts it listens for (a page on
// another site cannot reach it by rebinding a DNS name) and refuses writes a
// page of another origin sends.
import { createServer } from 'node:http';
import { join } from 'node:path';
import { loadSchema } from '../org/schema.mjs';
import { loadSecurity } from '../org/security.mjs';
import { openStore } from '../org/store.mjs';
import { createOrg } from '../org/org.mjs';
import { createAutomation } from '../org/automation.mjs';
import { createClock } from '../org/clock.mjs';
import { loadLabels } from '../org/labels.mjs';
import { createLifecycle } from '../org/lifecycle.mjs';
import { loadListViews } from '../org/listViews.mjs';
import { I18N } from '../org/locale.mjs';
import { createNotifications } from '../org/notifications.mjs';
import { createSchedule } from '../org/schedule.mjs';
import { loadCore, loadLeadScoreInput } from '../sample/core.mjs';
import { dataModelPath, distDir, forceAppDir, sldsDir } from '../build/paths.mjs';
import { handleApi } from './api.mjs';
import { handleClockApi } from './clockApi.mjs';
import { requestRefusal } from './guard.mjs';
import { renderPage } from './page.mjs';
import { serveFile } from './static.mjs';
import { serveStaticResource } from './resources.mjs';

/**
 * Opens the local org: schema, permission sets, validation rules and custom
 * labels from force-app, its clock, its notifications, and the automation
 * played by the core (the sign-off triggers; the lifecycle engine on Leads,
 * Contacts, Tasks and CampaignMembers, and its scheduled run).
 */
export async function openOrg(dataDir) {
    const schema = loadSchema({ forceAppDir, dataModelPath });
    const security = loadSecurity({ forceAppDir });
    const core = await loadCore();
    const leadInput = await loadLeadScoreInput();
    const store = openStore(join(dataDir, 'org.sqlite'));
    try {
        const clock = createClock(store);
        const notifications = createNotifications(store);
        const lifecycle = createLifecycle({ core, leadInput, labels: loadLabels({ forceAppDir }), notifications, timeZone: I18N.timeZone.ja });
        const org = createOrg({ schema, store, security, automation: { ...createAutomation(core), ...lifecycle.triggers }, now: clock.now });
        const schedule = createSchedule({ org, clock, lifecycle, runAs: () => scheduler(store) });
        const listViews = { Lead: loadListViews({ forceAppDir, objectApiName: 'Lead' }) };
        return { ...org, clock, notifications, lifecycle, schedule, listViews };
    } catch (error) {
        store.close();
        throw error;
    }
}

/** Who the scheduled job runs as: the app's admin, who schedules it (salesforce-lwc/README.md "Schedule the job"). */
function scheduler(store) {
    const admin = JSON.parse(store.meta('users') || '{}').admin;
    const user = admin ? store.get(admin) : null;
    return user ? { id: user.id, lang: user.fields.LanguageLocaleKey === 'en_US' ? 'en' : 'ja' } : null;
}

/** The sample users by role, as the sample generator recorded them, with the custom permissions they hold. */
export function sampleUsers(org) {
    const ids = JSON.parse(org.store.meta('users') || '{}');
    const users = {};
    for (const [role, id] of Object.entries(ids)) {
        const user = org.store.get(id);
        if (user) users[role] = { id, name: user.fields.Name, customPermissions: [...org.accessOf(id).customPermissions].sort() };
    }
    return users;
}

/**
 * `hosts`: the host names the server answers to (the port is the one it listens on);
 * `hubspot`: the started HubSpot preview (hubspot/preview.mjs), whose routes live under /hubspot/.
 */
export function createWorkbenchServer(org, { hosts = ['localhost', '127.0.0.1', '[::1]'], hubspot } = {}) {
    const server = createServer((req, res) => {
        const refusal = requestRefusal(req, { hosts, port: server.address().port });
        if (refusal) {
            res.writeHead(refusal.status, { 'Content-Type': 'text/plain; charset=utf-8' });
            res.end(refusal.message);
            return;
        }
        const url = new URL(req.url, 'http://localhost');
        handleApi(org, req, res, url)
            .then((handled) => handled || handleClockApi(org, req, res, url))
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
                    res.end(renderPage({ users: sampleUsers(org), clockOffsetMs: org.clock.offsetMs(), listViews: org.listViews }));
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
                if (url.pathname.startsWith('/resource/') && serveStaticResource(res, url.pathname)) return;
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
    return server;
}
