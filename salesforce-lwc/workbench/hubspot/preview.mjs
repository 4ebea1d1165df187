// The HubSpot view of `npm start`: the local CRM over the org's store (the
// sample portal generated from the sample org when the store has none), the
// app functions run against it as the signed-in portal user, the endpoint
// functions HubSpot would call, and the routes the preview page uses.
import { randomBytes } from 'node:crypto';
import { loadCore } from '../sample/core.mjs';
import { saveCrmState, startCrm, storedCrmState } from './crm.mjs';
import { createFunctionRunner } from './functions.mjs';
import { PORTAL_KEY, portalFromOrg, storedPortal } from './portal.mjs';
import { localName, readProject } from './project.mjs';
import { createPreviewRoutes } from './routes.mjs';
import { generateSamplePortal } from './sample.mjs';

const projectFunctions = () => readProject().functions;

/**
 * Writes the sample portal (from the org's sample records) into the org's
 * store, replacing any portal there. Used on first start and by sample:reset.
 */
export async function resetSamplePortal(org) {
    const lang = org.store.meta('sampleLang') === 'en' ? 'en' : 'ja';
    const portal = portalFromOrg(org.store, lang);
    const crm = await startCrm(null, () => {}, portal);
    try {
        const run = createFunctionRunner({ functions: projectFunctions, crm, log: () => {} });
        const summary = await generateSamplePortal({ org, crm, run, core: await loadCore(), portal });
        org.store.transaction(() => {
            org.store.setMeta(PORTAL_KEY, JSON.stringify(portal));
            saveCrmState(org.store, crm.standIn.exportState());
        });
        return summary;
    } finally {
        await crm.stop();
    }
}

export async function startHubspotPreview(org, { log = console.log } = {}) {
    if (!storedCrmState(org.store) || !storedPortal(org.store)) {
        const summary = await resetSamplePortal(org);
        log(`Loaded the HubSpot sample portal (${summary.contacts} contacts evaluated by the app's rescoring, ${summary.mqls} new MQLs, ${summary.tasks} plan tasks)`);
    }
    const portal = storedPortal(org.store);
    const crm = await startCrm(storedCrmState(org.store), (state) => saveCrmState(org.store, state), portal);
    const run = createFunctionRunner({ functions: projectFunctions, crm, settled: () => crm.persist(), log });
    const users = Object.values(portal.users);
    const programCompanyId = () => {
        const company = crm.standIn.all('companies').find((c) => c.properties.ma_program_default === 'true');
        return company ? company.id : null;
    };
    // The app's client secret, with which HubSpot signs what it delivers to the
    // endpoint (the app's Auth tab shows it); MA_HUBSPOT_CLIENT_SECRET sets it
    // so a delivery can be signed by hand, else it is new on every start.
    const clientSecret = process.env.MA_HUBSPOT_CLIENT_SECRET || randomBytes(24).toString('hex');
    const preview = {
        crm,
        run,
        /**
         * The secrets set up for the app's functions, as README step "Secrets of
         * the endpoint function" sets them in a portal (`hs secret add`): the
         * client secret, and the endpoint's URL as this server serves it.
         */
        secrets: (endpointUrl) => ({ MA_CLIENT_SECRET: clientSecret, MA_ENDPOINT_URL: endpointUrl }),
        userById: (id) => users.find((u) => u.id === id) || null,
        pageConfig: () => {
            const { app, extensions } = readProject();
            return {
                portal,
                app,
                programCompanyId: programCompanyId(),
                extensions: extensions.map(({ uid, type, name, location, objectTypes }) => ({ uid, type, location, objectTypes, title: { ja: localName(name, 'ja'), en: localName(name, 'en') } })),
            };
        },
    };
    preview.handle = createPreviewRoutes(preview);
    preview.stop = () => crm.stop();
    return preview;
}
