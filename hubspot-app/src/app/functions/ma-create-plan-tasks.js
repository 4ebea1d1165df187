// ma-create-plan-tasks: the core's plan from the latest stored diagnosis,
// created as HubSpot tasks on the company. Tasks whose key the company
// already has are skipped, so running it again creates nothing twice.
const core = require('./maCore.cjs');
const { z } = core;
const { FnError, defineFunction, unwrap } = require('./fn-runtime.cjs');
const { IdSchema, readCompany, toProgramView } = require('./fn-program.cjs');
const { TASK_TO_COMPANY, bodyOf, dueTimestamp, listPlanTasks } = require('./fn-tasks.cjs');

const Params = z.object({
  companyId: IdSchema,
  start: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD'),
  toLevel: z.number().int().min(1).max(5).optional(),
  preview: z.boolean().optional(),
  lang: z.enum(['ja', 'en']).optional(),
});

const BATCH = 100;

exports.main = defineFunction(Params, async (params, crm, lang) => {
  const view = toProgramView(await readCompany(crm, params.companyId));
  const latest = view.diagnoses[view.diagnoses.length - 1];
  if (!latest) {
    throw new FnError('not-found', {
      ja: 'この会社には保存された診断がありません。先に診断を保存してください。',
      en: 'This company has no saved diagnosis yet. Save a diagnosis first.',
    });
  }
  const input = latest.respondents ? { respondents: latest.respondents } : { answers: latest.answers };
  const options = { start: params.start, lang, ...(params.toLevel ? { toLevel: params.toLevel } : {}) };
  const plan = unwrap(core.buildPlan(input, options), '');

  const existing = await listPlanTasks(crm, params.companyId);
  const have = new Set(existing.map((t) => t.key));
  const wanted = plan.tasks.filter((t) => !have.has(t.id));
  const skippedKeys = plan.tasks.filter((t) => have.has(t.id)).map((t) => t.id);
  const firstTransition = plan.tasks.length > 0 ? plan.tasks[0].transition : null;
  const inputs = wanted.map((t) => ({
    properties: {
      hs_task_subject: t.title,
      hs_task_body: bodyOf(t),
      hs_timestamp: dueTimestamp(t.due),
      hs_task_status: 'NOT_STARTED',
      // The first transition is the one the level waits on.
      hs_task_priority: t.transition === firstTransition ? 'HIGH' : 'MEDIUM',
      hs_task_type: 'TODO',
    },
    associations: [
      {
        to: { id: params.companyId },
        types: [{ associationCategory: 'HUBSPOT_DEFINED', associationTypeId: TASK_TO_COMPANY }],
      },
    ],
  }));

  if (params.preview) {
    const created = wanted.map((t) => ({
      taskId: '',
      key: t.id,
      title: t.title,
      transition: t.transition,
      owner: t.owner,
      checklistItems: t.checklistItems,
      acceptance: t.acceptance,
      status: 'NOT_STARTED',
      due: t.due,
      lastModified: '',
    }));
    return { plan, created, existing, skippedKeys };
  }
  for (let i = 0; i < inputs.length; i += BATCH) {
    const result = await crm.crm.objects.tasks.batchApi.create({ inputs: inputs.slice(i, i + BATCH) });
    // A batch can answer 207 with some inputs refused; the tasks it made stay,
    // and running the function again creates only the missing ones.
    if ('errors' in result && result.errors && result.errors.length > 0) {
      const first = result.errors[0];
      const text = `${result.errors.length} task(s) not created: ${first.category || ''} ${first.message || ''}`.trim();
      throw new FnError('crm-error', { ja: `${text} (もう一度実行すると不足分だけ作成します)`, en: `${text} (run it again to create only the missing ones)` });
    }
  }
  const after = await listPlanTasks(crm, params.companyId);
  const created = after.filter((t) => !have.has(t.key));
  return { plan, created, existing, skippedKeys };
});
