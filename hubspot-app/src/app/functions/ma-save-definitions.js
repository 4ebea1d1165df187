// ma-save-definitions: the first version of the company's MQL/SAL/SQL
// definitions from a template or stages of one's own, or a new version of
// the working set (signatures cleared, old wording kept for the diff).
const core = require('./maCore.cjs');
const { z } = core;
const { FnError, defineFunction } = require('./fn-runtime.cjs');
const { nameOf } = require('./fn-identity.cjs');
const { IdSchema, assertRevision, readCompany, toProgramView, writeProgram } = require('./fn-program.cjs');
const { definitionsProperty, diffOf, unwrapSet, withCurrent } = require('./fn-definitions.cjs');

const Params = z
  .object({
    companyId: IdSchema,
    templateId: z.string().min(1).optional(),
    stages: z.unknown().optional(),
    description: z.object({ ja: z.string(), en: z.string() }).optional(),
    comment: z.string().max(1000).optional(),
    expectedRevision: z.number().int().min(0),
    lang: z.enum(['ja', 'en']).optional(),
  })
  .superRefine((p, ctx) => {
    if ((p.templateId === undefined) === (p.stages === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['templateId'], message: 'give exactly one of "templateId" or "stages"' });
    }
  });

function templateStages(templateId) {
  const template = core.DEFINITION_TEMPLATES.find((t) => t.id === templateId);
  return template ? template.stages : undefined;
}

exports.main = defineFunction(Params, async (params, crm, lang, caller) => {
  // Who edits or submits is who HubSpot says is calling (the set's log records it).
  const by = nameOf(await caller());
  const stored = await readCompany(crm, params.companyId);
  const { definitions } = toProgramView(stored);
  assertRevision(stored, params.expectedRevision);
  const at = new Date().toISOString();
  let current;
  if (!definitions.current) {
    const options = { id: `ma-definitions-${params.companyId}`, by, at, ...(params.description ? { description: params.description } : {}) };
    current = unwrapSet(core.newDefinitionSet(params.templateId ?? params.stages, options));
  } else {
    const stages = params.templateId ? templateStages(params.templateId) : params.stages;
    if (stages === undefined) {
      const known = core.DEFINITION_TEMPLATES.map((t) => t.id).join(', ');
      throw new FnError('invalid-input', { ja: `テンプレートがありません (${known})`, en: `no such template (${known})` }, 'templateId');
    }
    // The core validates the stages; here they are only passed through.
    const patch = { stages: /** @type {Record<string, unknown>} */ (stages), ...(params.description ? { description: params.description } : {}) };
    current = unwrapSet(core.editDefinitionSet(definitions.current, patch, { by, at, ...(params.comment ? { comment: params.comment } : {}) }));
  }
  const next = withCurrent(definitions, current);
  const { revision } = await writeProgram(crm, stored, params.expectedRevision, definitionsProperty(next));
  return { revision, definitions: next, diff: diffOf(current, lang), signOff: core.signOffStatus(current) };
});
