// ma-draft-from-suggestion: the suggested scoring model an admin reviewed
// (ma-suggest-model's `model` and `threshold.to`) as a new draft version of
// the program's definitions (the core's draftFromSuggestion: the model and
// the MQL score threshold, signatures cleared, the old wording kept for the
// diff), stored as every edit of the definitions is (ma_definition_sets,
// refused when the company's revision moved on). Marketing, inside sales
// and sales then review and sign it on the Definitions card; nothing the
// engine does changes until they agree it. Program admins only.
const core = require('./maCore.cjs');
const { z } = core;
const { nameOf } = require('./fn-identity.cjs');
const { IdSchema, defineAdminWrite, toProgramView, writeProgram } = require('./fn-program.cjs');
const { definitionsProperty, diffOf, readWorkingSet, unwrapSet, withCurrent } = require('./fn-definitions.cjs');

const Params = z.object({
  companyId: IdSchema,
  suggestion: z.object({ model: z.unknown(), threshold: z.object({ to: z.number() }) }),
  comment: z.string().max(1000).optional(),
  expectedRevision: z.number().int().min(0),
  lang: z.enum(['ja', 'en']).optional(),
});

const WHAT = { ja: '提案モデルからの定義の下書き', en: 'a draft of the definitions from the suggested model' };

exports.main = defineAdminWrite(Params, WHAT, async (params, crm, _company, caller) => {
  // Who drafts is who HubSpot says is calling (the set's log records it).
  const by = nameOf(await caller());
  const { stored, definitions } = await readWorkingSet(crm, params.companyId, params.expectedRevision);
  const options = { by, at: new Date().toISOString(), ...(params.comment ? { comment: params.comment } : {}) };
  const draft = unwrapSet(core.draftFromSuggestion(definitions.current, params.suggestion, options));
  const next = withCurrent(definitions, draft);
  const { revision } = await writeProgram(crm, stored, params.expectedRevision, definitionsProperty(next));
  const lang = params.lang ?? 'ja';
  return { revision, definitions: next, diff: diffOf(draft, lang, toProgramView(stored).program.scoringModel), signOff: core.signOffStatus(draft) };
});
