// ma-sign-definitions: one department signs the version it read; with all
// three signatures the set is agreed and becomes the set in force.
const core = require('./maCore.cjs');
const { z } = core;
const { defineFunction } = require('./fn-runtime.cjs');
const { IdSchema, writeProgram } = require('./fn-program.cjs');
const { definitionsProperty, diffOf, readWorkingSet, unwrapSet, withCurrent } = require('./fn-definitions.cjs');

const Params = z.object({
  companyId: IdSchema,
  role: core.SigningRoleSchema,
  by: z.string().trim().min(1).max(120),
  comment: z.string().max(1000).optional(),
  version: z.number().int().min(1),
  expectedRevision: z.number().int().min(0),
  lang: z.enum(['ja', 'en']).optional(),
});

exports.main = defineFunction(Params, async (params, crm, lang) => {
  const { stored, definitions } = await readWorkingSet(crm, params.companyId, params.expectedRevision);
  const signature = {
    role: params.role,
    by: params.by,
    at: new Date().toISOString(),
    version: params.version,
    ...(params.comment ? { comment: params.comment } : {}),
  };
  const current = unwrapSet(core.signDefinitionSet(definitions.current, signature));
  const next = withCurrent(definitions, current);
  const { revision } = await writeProgram(crm, stored, params.expectedRevision, definitionsProperty(next));
  return { revision, definitions: next, diff: diffOf(current, lang), signOff: core.signOffStatus(current) };
});
