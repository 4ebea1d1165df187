// ma-setup-properties: creates the app's property group and every company and
// contact property the app stores its data in, skipping what exists. Safe to
// run again. Portal-wide, so only a HubSpot super admin may;
// `setupProperties` is the work itself, which scripts/setup-properties.mjs
// runs with the app's own token.
const { z } = require('./maCore.cjs');
const { defineFunction } = require('./fn-runtime.cjs');
const { GROUP, PROPERTIES_BY_OBJECT } = require('./fn-properties.cjs');
const { requireSuperAdmin } = require('./fn-access.cjs');

const Params = z.object({ lang: z.enum(['ja', 'en']).optional() });

exports.main = defineFunction(Params, async (_params, crm, _lang, caller) => {
  await requireSuperAdmin(crm, await caller(), { ja: 'アプリのプロパティ', en: "the app's properties" });
  return setupProperties(crm);
});

/** @param {import('@hubspot/api-client').Client} crm */
async function setupProperties(crm) {
  const created = [];
  const existing = [];
  for (const [objectType, definitions] of Object.entries(PROPERTIES_BY_OBJECT)) {
    const groups = await crm.crm.properties.groupsApi.getAll(objectType);
    if (!groups.results.some((g) => g.name === GROUP.name)) {
      await crm.crm.properties.groupsApi.create(objectType, GROUP);
    }
    const present = new Set((await crm.crm.properties.coreApi.getAll(objectType)).results.map((p) => p.name));
    const missing = definitions.filter((d) => !present.has(d.name));
    for (const d of definitions) if (present.has(d.name)) existing.push(`${objectType}.${d.name}`);
    if (missing.length > 0) {
      await crm.crm.properties.batchApi.create(objectType, {
        inputs: missing.map((d) => ({ ...d, groupName: GROUP.name })),
      });
      for (const d of missing) created.push(`${objectType}.${d.name}`);
    }
  }
  return { created, existing };
}
exports.setupProperties = setupProperties;
