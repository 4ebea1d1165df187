// ma-current-user: who HubSpot says is calling, as the program sees them:
// the departments they sign for, those they may still sign on the working
// set (core `signableRoles`), and whether they administer the program. For
// cards to offer only what the server will accept; the writes check again.
const core = require('./maCore.cjs');
const { z } = core;
const { defineFunction } = require('./fn-runtime.cjs');
const { IdSchema, findDefaultProgram, readCompany, toProgramView } = require('./fn-program.cjs');
const { isAdmin, signerOf } = require('./fn-access.cjs');

const Params = z.object({ companyId: IdSchema.optional(), lang: z.enum(['ja', 'en']).optional() });

exports.main = defineFunction(Params, async (params, crm, _lang, caller) => {
  const who = await caller();
  const view = toProgramView(params.companyId ? await readCompany(crm, params.companyId) : await findDefaultProgram(crm));
  const signer = signerOf(view.program.access, who);
  const current = view.definitions.current;
  return {
    companyId: view.companyId,
    userId: who.userId,
    email: who.email,
    by: signer.by,
    admin: await isAdmin(crm, who, view.program.access),
    departments: signer.departments,
    signable: current ? core.signableRoles(current, signer) : [],
  };
});
