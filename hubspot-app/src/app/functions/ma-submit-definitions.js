// ma-submit-definitions: sends the working draft to marketing, inside sales
// and sales for sign-off.
const core = require('./maCore.cjs');
const { z } = core;
const { FnError, defineFunction } = require('./fn-runtime.cjs');
const { nameOf } = require('./fn-identity.cjs');
const { IdSchema, writeProgram } = require('./fn-program.cjs');
const { definitionsProperty, diffOf, readWorkingSet, unwrapSet, withCurrent } = require('./fn-definitions.cjs');

const Params = z.object({
  companyId: IdSchema,
  comment: z.string().max(1000).optional(),
  version: z.number().int().min(1),
  expectedRevision: z.number().int().min(0),
  lang: z.enum(['ja', 'en']).optional(),
});

exports.main = defineFunction(Params, async (params, crm, lang, caller) => {
  // Who edits or submits is who HubSpot says is calling (the set's log records it).
  const by = nameOf(await caller());
  const { stored, definitions } = await readWorkingSet(crm, params.companyId, params.expectedRevision);
  if (definitions.current.version !== params.version) {
    throw new FnError(
      'invalid-input',
      {
        ja: `バージョン ${params.version} を提出しようとしましたが、現在はバージョン ${definitions.current.version} です`,
        en: `you submit version ${params.version}, the working set is version ${definitions.current.version}`,
      },
      'version',
    );
  }
  const options = { by, at: new Date().toISOString(), ...(params.comment ? { comment: params.comment } : {}) };
  const current = unwrapSet(core.submitForReview(definitions.current, options));
  const next = withCurrent(definitions, current);
  const { revision } = await writeProgram(crm, stored, params.expectedRevision, definitionsProperty(next));
  return { revision, definitions: next, diff: diffOf(current, lang), signOff: core.signOffStatus(current) };
});
