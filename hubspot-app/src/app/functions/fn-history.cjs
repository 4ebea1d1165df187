// The program's past leads, as the backtest and the suggested model read
// them: the program's contacts (by `ma_program_id`; for the default program
// also the contacts of no program the engine evaluated), found with CRM
// search page by page and read in batches (fn-leads: the mapped inputs, the
// primary company, meetings when a model scores them), each turned into a
// past lead by the core (`hubspotLead`, `hubspotContactFacts`, `pastLead`:
// judged as of its handoff decision, with ma_opportunity_at and ma_won_at).
// Every request goes through `send` (fn-retry's back-off), so a burst over
// HubSpot's limits waits instead of failing.
const core = require('./maCore.cjs');
const { searchFilter } = require('./fn-runtime.cjs');
const { chunks, readContacts } = require('./fn-leads.cjs');

/** CRM search answers at most 200 a page (and never past 10,000 results). */
const PAGE = 200;

/**
 * The ids of the program's contacts, up to `max`, and whether there are more.
 * @param {import('@hubspot/api-client').Client} crm @param {import('./fn-leads.cjs').Send} send
 * @param {{ programId: string, isDefault: boolean, max: number }} options
 */
async function programContactIds(crm, send, { programId, isDefault, max }) {
  const groups = [{ filters: [searchFilter('ma_program_id', 'EQ', programId)] }];
  if (isDefault) groups.push({ filters: [searchFilter('ma_program_id', 'NOT_HAS_PROPERTY'), searchFilter('ma_evaluated_at', 'HAS_PROPERTY')] });
  const ids = [];
  let total = 0;
  /** @type {string | undefined} */
  let after = '0';
  while (after !== undefined && ids.length < max) {
    const cursor = after;
    const page = await send(() =>
      crm.crm.contacts.searchApi.doSearch({ filterGroups: groups, properties: ['hs_object_id'], limit: Math.min(PAGE, max - ids.length), after: cursor }),
    );
    total = page.total;
    ids.push(...page.results.map((c) => String(c.id)));
    after = page.paging && page.paging.next ? page.paging.next.after : undefined;
  }
  return { ids, truncated: total > ids.length };
}

const scoresMeetings = (models) => models.some((m) => m && Array.isArray(m.engagement) && m.engagement.some((r) => r.event === 'meeting'));

/**
 * The program's past leads (the history `backtest` and `suggestModel` read),
 * scored by `models` (meetings are read only when one of them scores them).
 * @param {import('@hubspot/api-client').Client} crm @param {import('./fn-leads.cjs').Send} send
 * @param {{ companyId: string, isDefault: boolean, program: { fieldMapping: Record<string, string> } }} view
 * @param {unknown[]} models
 * @param {number} max
 */
async function programHistory(crm, send, view, models, max) {
  const { ids, truncated } = await programContactIds(crm, send, { programId: view.companyId, isDefault: view.isDefault, max });
  const plan = core.planHubspotMapping(view.program.fieldMapping);
  const withMeetings = scoresMeetings(models);
  const leads = [];
  for (const part of chunks(ids)) {
    for (const contact of await readContacts(crm, send, part, plan, withMeetings)) {
      const lead = core.hubspotLead(contact.id, plan, contact.properties, contact.company, contact.meetings);
      const facts = core.hubspotContactFacts(contact.id, contact.properties);
      leads.push(core.pastLead(lead, facts, { createdAt: core.hubspotInstant(contact.properties.createdate) }));
    }
  }
  return { leads, truncated };
}

module.exports = { programContactIds, programHistory };
