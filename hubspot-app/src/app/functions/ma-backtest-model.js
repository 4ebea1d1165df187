// ma-backtest-model: what a scoring-model change would have done to the
// program's past leads, before an admin saves it. The history is the
// program's contacts (fn-history: their mapped inputs read as the engine
// reads them, judged as of their handoff decision by the core's pastLead)
// with their deal outcomes (ma_opportunity_at, ma_won_at); the core's
// `compareModels` sets the stored model and the proposed one side by side
// (`backtest` alone when none is stored yet). Program admins only: it reads
// every contact of the program. Nothing is written.
const core = require('./maCore.cjs');
const { z } = core;
const { FnError, invalidFromIssues } = require('./fn-runtime.cjs');
const { IdSchema, defineAdminWrite, toProgramView } = require('./fn-program.cjs');
const { programHistory } = require('./fn-history.cjs');
const { withBackoff } = require('./fn-retry.cjs');

const Params = z.object({
  companyId: IdSchema,
  model: z.unknown(),
  maxContacts: z.number().int().min(100).max(5000).optional(),
  lang: z.enum(['ja', 'en']).optional(),
});

const DEFAULT_MAX = 2000;
const BUDGET_MS = 12000;

const WHAT = { ja: 'スコアリングモデルのバックテスト', en: 'the backtest of the scoring model' };

exports.main = defineAdminWrite(Params, WHAT, async (params, crm, company) => {
  const view = toProgramView(company);
  const proposed = core.parseScoringModel(params.model);
  if (!proposed.ok) throw invalidFromIssues(proposed.issues, 'model');
  const deadline = Date.now() + BUDGET_MS;
  const send = (request) => withBackoff(request, deadline);
  const stored = view.program.scoringModel;
  const { leads, truncated } = await programHistory(crm, send, view, [proposed.value, stored], params.maxContacts ?? DEFAULT_MAX);
  const options = { asOf: new Date().toISOString() };
  const answer = stored ? core.compareModels(stored, proposed.value, { leads }, options) : core.backtest(proposed.value, { leads }, options);
  if (!answer.ok) {
    // The stored model was checked when it was saved; a refusal here is of the history HubSpot answered.
    throw new FnError('crm-error', { ja: core.describeIssues(answer.issues), en: core.describeIssues(answer.issues) });
  }
  return stored
    ? { comparison: answer.value, report: null, contacts: leads.length, truncated }
    : { comparison: null, report: answer.value, contacts: leads.length, truncated };
});
