// ma-list-plan-tasks: the plan tasks (HubSpot tasks carrying the app's
// marker) associated with the company. Read only.
const { z } = require('./maCore.cjs');
const { defineFunction } = require('./fn-runtime.cjs');
const { IdSchema } = require('./fn-program.cjs');
const { listPlanTasks } = require('./fn-tasks.cjs');

const Params = z.object({ companyId: IdSchema, lang: z.enum(['ja', 'en']).optional() });

exports.main = defineFunction(Params, async (params, crm) => ({ tasks: await listPlanTasks(crm, params.companyId) }));
