// The contacts a run evaluates, read in batches: the contact's properties
// (the program's mapped inputs and the stored facts), its primary company's
// mapped properties and, when the model scores meetings, its meetings, the
// same inputs the contact card shows. Every request goes through the run's
// back-off (`send`), so a burst over HubSpot's limits waits instead of failing.
const core = require('./maCore.cjs');

/** Read for every contact besides the mapped inputs. */
const CONTACT_BASE = [...core.HUBSPOT_FACT_PROPERTY_NAMES, 'hubspot_owner_id', 'ma_program_id', 'ma_evaluated_at', 'firstname', 'lastname', 'email', 'createdate', 'hs_lastmodifieddate'];
/** HubSpot's batch endpoints take at most 100 inputs. */
const BATCH = 100;
/** Contact to company, primary (HUBSPOT_DEFINED type 1). */
const PRIMARY_COMPANY = 1;

/** @typedef {<T>(request: () => Promise<T>) => Promise<T>} Send */
/** @typedef {{ id: string, properties: Record<string, string | null>, company: Record<string, string | null>, meetings: { at: string | undefined, outcome: string | null | undefined }[] }} ContactInput */

const chunks = (list, size = BATCH) => Array.from({ length: Math.ceil(list.length / size) }, (_, i) => list.slice(i * size, (i + 1) * size));

/**
 * Every association from `ids` to `toType` (v4 batch read): from id -> [{ id, typeId, label }].
 * @param {import('@hubspot/api-client').Client} crm @param {Send} send
 */
async function associations(crm, send, fromType, ids, toType) {
  /** @type {Map<string, { id: string, typeId: number | undefined, label: string | null | undefined }[]>} */
  const out = new Map();
  for (const part of chunks(ids, 1000)) {
    const answer = await send(() => crm.crm.associations.v4.batchApi.getPage(fromType, toType, { inputs: part.map((id) => ({ id })) }));
    for (const row of answer.results) {
      out.set(
        String(row._from.id),
        row.to.map((t) => ({ id: String(t.toObjectId), typeId: t.associationTypes[0]?.typeId, label: t.associationTypes[0]?.label })),
      );
    }
  }
  return out;
}

/**
 * Records by id (batch read, 100 at a time).
 * @param {import('@hubspot/api-client').Client} crm @param {Send} send
 * @param {'contacts' | 'companies' | 'meetings' | 'tasks'} type
 */
async function readRecords(crm, send, type, ids, properties) {
  /** @type {Map<string, Record<string, string | null>>} */
  const out = new Map();
  const api = type === 'contacts' ? crm.crm.contacts.batchApi : type === 'companies' ? crm.crm.companies.batchApi : crm.crm.objects[type].batchApi;
  for (const part of chunks([...new Set(ids)])) {
    const answer = await send(() => api.read({ inputs: part.map((id) => ({ id })), properties, propertiesWithHistory: [] }));
    for (const record of answer.results) out.set(String(record.id), record.properties);
  }
  return out;
}

/** The primary company among a contact's companies (HubSpot's Primary label or type), else the first. */
const primaryOf = (links) => links.find((l) => l.typeId === PRIMARY_COMPANY || l.label === 'Primary') ?? links[0];

/**
 * The contacts with what the mapping reads; contacts HubSpot does not know are left out.
 * @param {import('@hubspot/api-client').Client} crm
 * @param {Send} send
 * @param {string[]} ids
 * @param {import('hubspot-app/shared/index').HubspotMappingPlan} plan
 * @param {boolean} withMeetings  whether the model scores meetings
 * @returns {Promise<ContactInput[]>}
 */
async function readContacts(crm, send, ids, plan, withMeetings) {
  const contacts = await readRecords(crm, send, 'contacts', ids, [...new Set([...CONTACT_BASE, ...plan.contactProperties])]);
  const found = ids.filter((id) => contacts.has(id));
  /** @type {Map<string, string>} */
  const companyOf = new Map();
  /** @type {Map<string, Record<string, string | null>>} */
  let companies = new Map();
  if (plan.companyProperties.length > 0 && found.length > 0) {
    for (const [contactId, links] of await associations(crm, send, 'contacts', found, 'companies')) {
      const primary = primaryOf(links);
      if (primary) companyOf.set(contactId, primary.id);
    }
    companies = await readRecords(crm, send, 'companies', [...companyOf.values()], plan.companyProperties);
  }
  /** @type {Map<string, string[]>} */
  const meetingsOf = new Map();
  /** @type {Map<string, Record<string, string | null>>} */
  let meetings = new Map();
  if (withMeetings && found.length > 0) {
    for (const [contactId, links] of await associations(crm, send, 'contacts', found, 'meetings')) meetingsOf.set(contactId, links.map((l) => l.id));
    meetings = await readRecords(crm, send, 'meetings', [...meetingsOf.values()].flat(), ['hs_timestamp', 'hs_meeting_outcome']);
  }
  return found.map((id) => ({
    id,
    properties: /** @type {Record<string, string | null>} */ (contacts.get(id)),
    company: companies.get(companyOf.get(id) ?? '') ?? {},
    meetings: (meetingsOf.get(id) ?? [])
      .map((m) => meetings.get(m))
      .filter((m) => m !== undefined)
      .map((m) => ({ at: core.hubspotInstant(m.hs_timestamp), outcome: m.hs_meeting_outcome })),
  }));
}

module.exports = { BATCH, CONTACT_BASE, associations, chunks, readContacts, readRecords };
