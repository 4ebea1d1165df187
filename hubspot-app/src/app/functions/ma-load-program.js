// ma-load-program: the MA program of a company (or the portal's default
// program) with its diagnoses and definition sets. Read only.
const { z } = require('./maCore.cjs');
const { defineFunction } = require('./fn-runtime.cjs');
const { IdSchema, findDefaultProgram, readCompany, toProgramView } = require('./fn-program.cjs');

const Params = z.object({ companyId: IdSchema.optional(), lang: z.enum(['ja', 'en']).optional() });

exports.main = defineFunction(Params, async (params, crm) => {
  const company = params.companyId ? await readCompany(crm, params.companyId) : await findDefaultProgram(crm);
  return toProgramView(company);
});
