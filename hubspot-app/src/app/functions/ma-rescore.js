// ma-rescore: the bulk rescoring of every contact of a program, for the
// settings page (fn-rescore.cjs): `start` a run, `continue` it one step at a
// time until it is done (the answer is the progress to show), `cancel` it,
// or read its `status`. Program admins only: a run writes every contact.
const { z } = require('./maCore.cjs');
const { nameOf } = require('./fn-identity.cjs');
const { IdSchema, defineAdminWrite, readCompany, toProgramView } = require('./fn-program.cjs');
const { cancelRun, continueRun, progressOf, startRun } = require('./fn-rescore.cjs');

const Params = z
  .object({
    companyId: IdSchema,
    action: z.enum(['start', 'continue', 'cancel', 'status']),
    runId: z.string().regex(/^r-\d+$/, 'expected the runId of a run').optional(),
    lang: z.enum(['ja', 'en']).optional(),
  })
  .superRefine((p, ctx) => {
    if ((p.action === 'continue' || p.action === 'cancel') && !p.runId) ctx.addIssue({ code: 'custom', path: ['runId'], message: `"${p.action}" needs the runId of the run` });
  });

const WHAT = { ja: 'すべてのコンタクトの再スコアリング', en: 'the rescoring of every contact' };

exports.main = defineAdminWrite(Params, WHAT, async (params, crm, company, caller) => {
  const view = toProgramView(company);
  const at = { companyId: params.companyId, company, isDefault: view.isDefault };
  switch (params.action) {
    case 'start':
      return { progress: await startRun(crm, { ...at, by: nameOf(await caller()) }) };
    case 'continue':
      return {
        progress: await continueRun(crm, { ...at, runId: /** @type {string} */ (params.runId), view, lang: params.lang ?? 'ja', reread: () => readCompany(crm, params.companyId) }),
      };
    case 'cancel':
      return { progress: await cancelRun(crm, { ...at, runId: /** @type {string} */ (params.runId) }) };
    default:
      return { progress: progressOf(company) };
  }
});
