// ma-update-task: sets a plan task's status when the task has not changed
// since the card read it (hs_lastmodifieddate).
const { z } = require('./maCore.cjs');
const { FnError, defineFunction } = require('./fn-runtime.cjs');
const { IdSchema } = require('./fn-program.cjs');
const { TASK_READ, TASK_STATUSES, toPlanTaskRecord } = require('./fn-tasks.cjs');
const { assertUnchanged, IsoInstant } = require('./fn-contacts.cjs');

const Params = z.object({
  taskId: IdSchema,
  status: z.enum(TASK_STATUSES),
  expectedLastModified: IsoInstant,
  lang: z.enum(['ja', 'en']).optional(),
});

exports.main = defineFunction(Params, async (params, crm) => {
  const task = await crm.crm.objects.tasks.basicApi.getById(params.taskId, TASK_READ);
  if (!toPlanTaskRecord(task)) {
    throw new FnError(
      'invalid-input',
      { ja: 'このタスクは MA 実行計画のタスクではありません', en: 'this task is not a task of the MA plan' },
      'taskId',
    );
  }
  assertUnchanged(task, params.expectedLastModified);
  const updated = await crm.crm.objects.tasks.basicApi.update(params.taskId, {
    properties: { hs_task_status: params.status },
  });
  return { task: toPlanTaskRecord({ ...task, properties: { ...task.properties, ...updated.properties } }) };
});
