#!/usr/bin/env node
// `npm start`: builds the page if a component changed, opens the local org in
// MA_WORKBENCH_DATA (default salesforce-lwc/workbench/.data, gitignored), loads
// the sample org on first start, runs the org's scheduled engine job once (the
// catch-up) and then every quarter hour of the org's clock (MA_WORKBENCH_SCHEDULE=off
// stops the timer), and serves http://127.0.0.1:$PORT (default 3000). It
// listens on loopback only unless HOST says otherwise (with a warning).
import { join } from 'node:path';
import { ensureBuilt } from '../build/build.mjs';
import { workbenchDir } from '../build/paths.mjs';
import { loadCore, loadLeadScoreInput } from '../sample/core.mjs';
import { generateSampleOrg } from '../sample/generate.mjs';
import { listenAddress } from './listen.mjs';
import { startHubspotPreview } from '../hubspot/preview.mjs';
import { createWorkbenchServer, openOrg } from './server.mjs';

const dataDir = process.env.MA_WORKBENCH_DATA || join(workbenchDir, '.data');
const port = Number(process.env.PORT || 3000);
const sampleLang = process.env.MA_SAMPLE_LANG === 'en' ? 'en' : 'ja';
const scheduled = process.env.MA_WORKBENCH_SCHEDULE !== 'off';
/** How often the timer looks whether a quarter hour of the org's clock has passed. */
const TICK_MS = 20000;

async function main() {
    const address = listenAddress(process.env.HOST);
    if (address.warning) console.warn(address.warning);
    await ensureBuilt();
    const org = await openOrg(dataDir);
    if (org.store.count() === 0) {
        const started = Date.now();
        const core = await loadCore();
        const leadScoreInput = await loadLeadScoreInput();
        const sample = await generateSampleOrg(org, { core, leadScoreInput }, { lang: sampleLang });
        console.log(`Loaded the sample org (${sample.leads} leads, ${sample.tasks} plan tasks) into ${dataDir} in ${Date.now() - started} ms`);
    }
    const hubspot = await startHubspotPreview(org);
    // The scheduled job's first run: what fell due while the workbench was stopped.
    const runStarted = Date.now();
    const summaries = org.schedule.runNow();
    if (summaries) {
        const counts = [...summaries.values()].reduce((a, s) => ({ evaluated: a.evaluated + s.evaluated, updated: a.updated + s.updated, actions: a.actions + s.actionCount() }), { evaluated: 0, updated: 0, actions: 0 });
        console.log(`Engine run: ${counts.evaluated} leads and contacts evaluated, ${counts.updated} updated, ${counts.actions} handoff actions, in ${Date.now() - runStarted} ms`);
    }
    const timer = scheduled ? setInterval(() => org.schedule.tick(), TICK_MS) : null;
    const server = createWorkbenchServer(org, { hosts: address.hosts, hubspot });
    server.on('error', (error) => {
        console.error(error.code === 'EADDRINUSE' ? `Port ${port} is in use: start with another, e.g. PORT=${port + 1} npm start` : error.message);
        process.exit(1);
    });
    server.listen(port, address.host, () => {
        const actual = server.address().port;
        console.log(`MA maturity workbench: http://${address.urlHost}:${actual}/`);
        console.log(`HubSpot cards, local preview: http://${address.urlHost}:${actual}/#/hubspot (the real cards and app functions over a local CRM)`);
    });
    const stop = () => server.close(async () => {
        if (timer) clearInterval(timer);
        await hubspot.stop();
        org.store.close();
        process.exit(0);
    });
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
}

main().catch((error) => {
    console.error(error && error.message ? error.message : error);
    process.exit(1);
});
