// The HubSpot view of `npm start`: the local CRM over the org's store (the
// sample portal generated from the sample org when the store has none), the
// app functions run against it, and the routes the preview page uses.
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
export async function resetSamplePortal(org, { asOf = new Date() } = {}) {
    const lang = org.store.meta('sampleLang') === 'en' ? 'en' : 'ja';
    const portal = portalFromOrg(org.store, lang);
    const crm = await startCrm(null, () => {});
    try {
        const run = createFunctionRunner({ functions: projectFunctions, crm, log: () => {} });
        const summary = await generateSamplePortal({ org, crm, run, core: await loadCore(), portal, asOf });
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
        log(`Loaded the HubSpot sample portal (${summary.contacts} contacts, ${summary.tasks} plan tasks)`);
    }
    const portal = storedPortal(org.store);
    const crm = await startCrm(storedCrmState(org.store), (state) => saveCrmState(org.store, state));
    const run = createFunctionRunner({ functions: projectFunctions, crm, settled: () => crm.persist(), log });
    const users = Object.values(portal.users);
    const programCompanyId = () => {
        const company = crm.standIn.all('companies').find((c) => c.properties.ma_program_default === 'true');
        return company ? company.id : null;
    };
    const preview = {
        crm,
        run,
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
