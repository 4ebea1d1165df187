// ma-backtest-model: what a scoring-model change would have done to the
// program's past leads, before an admin saves it. The history is the
// program's contacts the server has evaluated (their mapped inputs read as
// the engine reads them, scored as of their MQL date when they have one) with
// their deal outcomes (ma_opportunity_at, ma_won_at); the core's
// `compareModels` sets the stored model and the proposed one side by side
// (`backtest` alone when none is stored yet). Program admins only: it reads
// every evaluated contact. Nothing is written.
const core = require('./maCore.cjs');
const { z } = core;
const { FnError, invalidFromIssues, searchFilter } = require('./fn-runtime.cjs');
const { IdSchema, defineAdminWrite, toProgramView } = require('./fn-program.cjs');
const { chunks, readContacts } = require('./fn-leads.cjs');
const { withBackoff } = require('./fn-retry.cjs');

const Params = z.object({
  companyId: IdSchema,
  model: z.unknown(),
  maxContacts: z.number().int().min(100).max(5000).optional(),
  lang: z.enum(['ja', 'en']).optional(),
});

const PAGE = 200;
const DEFAULT_MAX = 2000;
const BUDGET_MS = 12000;

const WHAT = { ja: 'スコアリングモデルのバックテスト', en: 'the backtest of the scoring model' };

/** The ids of the program's evaluated contacts, up to `max`; whether more exist. */
async function evaluatedContacts(crm, send, programId, isDefault, max) {
  const evaluated = searchFilter('ma_evaluated_at', 'HAS_PROPERTY');
  const groups = [{ filters: [searchFilter('ma_program_id', 'EQ', programId), evaluated] }];
  if (isDefault) groups.push({ filters: [searchFilter('ma_program_id', 'NOT_HAS_PROPERTY'), evaluated] });
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

exports.main = defineAdminWrite(Params, WHAT, async (params, crm, company) => {
  const view = toProgramView(company);
  const proposed = core.parseScoringModel(params.model);
  if (!proposed.ok) throw invalidFromIssues(proposed.issues, 'model');
  const deadline = Date.now() + BUDGET_MS;
  const send = (request) => withBackoff(request, deadline);
  const { ids, truncated } = await evaluatedContacts(crm, send, params.companyId, view.isDefault, params.maxContacts ?? DEFAULT_MAX);
  const plan = core.planHubspotMapping(view.program.fieldMapping);
  const scoresMeetings = [proposed.value, view.program.scoringModel].some((m) => m && Array.isArray(m.engagement) && m.engagement.some((r) => r.event === 'meeting'));
  const leads = [];
  for (const part of chunks(ids)) {
    for (const contact of await readContacts(crm, send, part, plan, scoresMeetings)) {
      const lead = core.hubspotLead(contact.id, plan, contact.properties, contact.company, contact.meetings);
      const facts = core.hubspotContactFacts(contact.id, contact.properties);
      leads.push({
        ...lead,
        ...(facts.mqlAt ? { scoredAt: facts.mqlAt } : {}),
        ...(facts.opportunityAt ? { opportunityAt: facts.opportunityAt } : {}),
        ...(facts.wonAt ? { wonAt: facts.wonAt } : {}),
      });
    }
  }
  const options = { asOf: new Date().toISOString() };
  const stored = view.program.scoringModel;
  const answer = stored ? core.compareModels(stored, proposed.value, { leads }, options) : core.backtest(proposed.value, { leads }, options);
  if (!answer.ok) {
    // The stored model was checked when it was saved; a refusal here is of the history HubSpot answered.
    throw new FnError('crm-error', { ja: core.describeIssues(answer.issues), en: core.describeIssues(answer.issues) });
  }
  return stored
    ? { comparison: answer.value, report: null, contacts: leads.length, truncated }
    : { comparison: null, report: answer.value, contacts: leads.length, truncated };
});
