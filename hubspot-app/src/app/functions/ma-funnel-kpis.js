// ma-funnel-kpis: every contact that became an MQL (of one program, when
// asked), read with the CRM search API and passed to the core's funnel KPIs,
// measured against the program's agreed first-touch SLA (its handoff rules;
// the core's default without a program) unless `slaMinutes` is given.
const core = require('./maCore.cjs');
const { z } = core;
const { defineFunction, searchFilter, unwrap } = require('./fn-runtime.cjs');
const { IdSchema, readCompany, toProgramView } = require('./fn-program.cjs');
const { CONTACT_READ, IsoInstant } = require('./fn-contacts.cjs');

const Params = z.object({
  asOf: IsoInstant.optional(),
  programCompanyId: IdSchema.optional(),
  slaMinutes: z.number().int().min(1).max(60 * 24 * 30).optional(),
  maxContacts: z.number().int().min(200).max(10000).optional(),
  lang: z.enum(['ja', 'en']).optional(),
});

/**
 * HubSpot's search pages 200 records at a time and stops at 10,000 results.
 * The default reads 5,000 (25 searches) so a function call stays short; a
 * card may ask for up to 10,000.
 */
const PAGE = 200;
const DEFAULT_MAX = 5000;

exports.main = defineFunction(Params, async (params, crm) => {
  const filters = [searchFilter('ma_mql_at', 'HAS_PROPERTY')];
  if (params.programCompanyId) filters.push(searchFilter('ma_program_id', 'EQ', params.programCompanyId));
  const contacts = [];
  let total = 0;
  /** @type {string | undefined} */
  let after = '0';
  const max = params.maxContacts ?? DEFAULT_MAX;
  while (after !== undefined && contacts.length < max) {
    const page = await crm.crm.contacts.searchApi.doSearch({
      filterGroups: [{ filters }],
      properties: CONTACT_READ,
      limit: Math.min(PAGE, max - contacts.length),
      after,
    });
    total = page.total;
    contacts.push(...page.results);
    after = page.paging && page.paging.next ? page.paging.next.after : undefined;
  }
  const handoff = params.programCompanyId ? toProgramView(await readCompany(crm, params.programCompanyId)).program.handoffRules : undefined;
  const options = {
    asOf: params.asOf ?? new Date().toISOString(),
    ...(handoff ? { handoff } : {}),
    ...(params.slaMinutes ? { slaMinutes: params.slaMinutes } : {}),
  };
  const leads = contacts.map((c) => core.hubspotContactFacts(String(c.id), c.properties));
  const kpis = unwrap(core.funnelKpis({ leads }, options), 'contacts');
  return { kpis, contacts: contacts.length, truncated: total > contacts.length };
});
