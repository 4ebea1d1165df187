// ma-save-score: writes the score a card computed back onto the contact and,
// the first time it is an MQL, the MQL date and the definition version, so
// the handoff clock starts and the KPIs can count it.
const { z } = require('./maCore.cjs');
const { defineFunction } = require('./fn-runtime.cjs');
const { IdSchema } = require('./fn-program.cjs');
const { CONTACT_READ, IsoInstant, assertUnchanged, contactAnswer } = require('./fn-contacts.cjs');

const Params = z.object({
  contactId: IdSchema,
  total: z.number().finite(),
  grade: z.enum(['A', 'B', 'C', 'D']),
  mql: z.boolean(),
  definitionVersion: z.number().int().min(1).optional(),
  expectedLastModified: IsoInstant,
  lang: z.enum(['ja', 'en']).optional(),
});

exports.main = defineFunction(Params, async (params, crm) => {
  const contact = await crm.crm.contacts.basicApi.getById(params.contactId, CONTACT_READ);
  assertUnchanged(contact, params.expectedLastModified);
  /** @type {Record<string, string>} */
  const properties = { ma_score: String(Math.round(params.total * 10) / 10), ma_grade: params.grade };
  if (params.mql && !contact.properties.ma_mql_at) {
    properties.ma_mql_at = new Date().toISOString();
    if (params.definitionVersion) properties.ma_definition_version = String(params.definitionVersion);
  }
  const updated = await crm.crm.contacts.basicApi.update(params.contactId, { properties });
  return contactAnswer({ ...contact, properties: { ...contact.properties, ...updated.properties } });
});
