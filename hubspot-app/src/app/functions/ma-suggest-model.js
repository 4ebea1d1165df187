// ma-suggest-model: a scoring model learned from the program's own won and
// lost deals (the core's suggestModel, on the server), for an admin to review
// beside the model in force before making it a draft of the definitions
// (ma-draft-from-suggestion). The history is the program's contacts
// (fn-history, as the backtest reads them) with ma_opportunity_at and
// ma_won_at; the model it starts from is the one the engine scores by
// (modelInForce: the agreed set's, else the program's). A history the core
// refuses (too few outcomes, for instance) is answered as `refusal`, in the
// core's words, not as an error. Program admins only: it reads every
// contact of the program. Nothing is written.
const core = require('./maCore.cjs');
const { z } = core;
const { FnError } = require('./fn-runtime.cjs');
const { IdSchema, defineAdminWrite, toProgramView } = require('./fn-program.cjs');
const { programHistory } = require('./fn-history.cjs');
const { withBackoff } = require('./fn-retry.cjs');

const Params = z.object({
  companyId: IdSchema,
  target: z.enum(['won', 'opportunity']).optional(),
  maxContacts: z.number().int().min(100).max(10000).optional(),
  lang: z.enum(['ja', 'en']).optional(),
});

const DEFAULT_MAX = 5000;
const BUDGET_MS = 12000;

const WHAT = { ja: 'スコアリングモデルの提案', en: 'the suggested scoring model' };

exports.main = defineAdminWrite(Params, WHAT, async (params, crm, company) => {
  const view = toProgramView(company);
  const model = core.modelInForce(view.program.scoringModel, view.definitions.inForce);
  if (!model) {
    throw new FnError('not-found', { ja: 'プログラムにスコアリングモデルがありません', en: 'the program has no scoring model' }, 'companyId');
  }
  const deadline = Date.now() + BUDGET_MS;
  const send = (request) => withBackoff(request, deadline);
  const { leads, truncated } = await programHistory(crm, send, view, [model], params.maxContacts ?? DEFAULT_MAX);
  const lang = params.lang ?? 'ja';
  const answer = core.suggestModel(model, { leads }, { asOf: new Date().toISOString(), target: params.target ?? 'won', lang });
  return {
    model,
    suggestion: answer.ok ? answer.value : null,
    refusal: answer.ok ? null : answer.issues,
    contacts: leads.length,
    truncated,
  };
});
