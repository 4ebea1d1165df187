// The server side of the lead lifecycle: contacts evaluated by the core's
// engine (evaluateParsedLead) under their program's scoring model, agreed
// definition set and handoff rules, from the portal's own data, and the
// answer carried out. One contact write holds the engine's changes (the
// golden file's `writes`), the new owner of an assignment, and
// `ma_evaluated_at`; a first-touch task is created before it, with a marker
// that a retried run recognises, so a write that failed after its task never
// makes a second task. Running again on the written facts changes nothing
// (the engine is idempotent), so nothing is written a second time.
// Notifications (notify, remind, notify-manager) are HubSpot workflow actions
// on the properties written here (README, "Run the rules in the portal").
const core = require('./maCore.cjs');
const { FnError } = require('./fn-error.cjs');
const { makeRouter } = require('./fn-routing.cjs');
const { RateLimitedError } = require('./fn-retry.cjs');
const { associations, chunks, readContacts, readRecords } = require('./fn-leads.cjs');

/** Task to contact (HUBSPOT_DEFINED). */
const TASK_TO_CONTACT = 204;
const TASK_MARKER = /\[ma-lead contact=(\d+) cycle=(\S+) action=first-touch\]/;

const TEXT = {
  ja: { subject: '初回接触: {name}', body: 'MQL化: {mql} / 初回接触の期限: {due}(SLA {sla}分)' },
  en: { subject: 'First touch: {name}', body: 'MQL at {mql} / first touch due {due} (SLA {sla} min)' },
};
const fill = (text, values) => text.replace(/\{(\w+)\}/g, (_, key) => String(values[key] ?? ''));

/** What the engine enforces for a program, or why it enforces nothing yet. */
function enforcedProgram(view) {
  const { scoringModel, handoffRules } = view.program;
  const set = view.definitions.inForce;
  if (!scoringModel) {
    throw new FnError('not-found', { ja: 'このプログラムにはスコアリングモデルがありません', en: 'this program has no scoring model yet' }, 'companyId');
  }
  if (!set) {
    throw new FnError(
      'not-found',
      {
        ja: '合意済みの MQL/SAL/SQL 定義がありません。三部門が承認すると評価を始めます。',
        en: 'there are no agreed MQL/SAL/SQL definitions yet; contacts are evaluated once all three departments have signed',
      },
      'companyId',
    );
  }
  const parsed = core.parseProgram({ model: scoringModel, definitions: set, handoff: handoffRules });
  if (!parsed.ok) {
    const first = parsed.issues[0];
    const text = `ma_program: ${first?.path ?? ''} ${first?.message ?? ''}`;
    throw new FnError('crm-error', { ja: `保存済みの値が壊れています ${text}`, en: `the stored value is broken ${text}` }, 'ma_program');
  }
  return parsed.value;
}

const iso = (value) => (value ? new Date(value).toISOString() : null);
const nameOf = (id, p) => [p.lastname, p.firstname].filter(Boolean).join(' ') || p.email || `#${id}`;

/**
 * The first-touch tasks the contacts already have, as `contactId cycle` keys
 * (a retried run must not create a second one).
 */
async function existingTasks(crm, send, contactIds) {
  const keys = new Set();
  if (contactIds.length === 0) return keys;
  const links = await associations(crm, send, 'contacts', contactIds, 'tasks');
  const taskIds = [...links.values()].flat().map((l) => l.id);
  const tasks = await readRecords(crm, send, 'tasks', taskIds, ['hs_task_body']);
  for (const task of tasks.values()) {
    const match = TASK_MARKER.exec(task.hs_task_body || '');
    if (match) keys.add(`${match[1]} ${match[2]}`);
  }
  return keys;
}

/**
 * Evaluates `contactIds` of one program at `asOf` and carries the answers out.
 * @param {import('@hubspot/api-client').Client} crm
 * @param {{ view: any, contactIds: string[], asOf: string, lang: 'ja' | 'en', send: <T>(request: () => Promise<T>) => Promise<T> }} run
 */
async function evaluateContacts(crm, { view, contactIds, asOf, lang, send }) {
  const program = enforcedProgram(view);
  const plan = core.planHubspotMapping(view.program.fieldMapping);
  const scoresMeetings = program.model.model.engagement.some((rule) => rule.event === 'meeting');
  const contacts = await readContacts(crm, send, contactIds, plan, scoresMeetings);
  const route = makeRouter(crm, view.program.routing ?? [], send);
  const asOfMs = Date.parse(asOf);
  const sla = program.handoff.firstTouchSlaMinutes;

  const results = [];
  for (const contact of contacts) {
    const result = { contactId: contact.id, problems: /** @type {string[]} */ ([]), writes: /** @type {Record<string, string>} */ ({}), tasks: /** @type {any[]} */ ([]), written: false };
    results.push(result);
    const lead = core.hubspotLead(contact.id, plan, contact.properties, contact.company, contact.meetings);
    const parsed = core.parseEvaluationLead({ ...lead, facts: core.hubspotStoredFacts(contact.properties) });
    if (!parsed.ok) {
      result.problems.push(core.describeIssues(parsed.issues));
      continue;
    }
    const evaluation = core.evaluateParsedLead(program, parsed.value, asOfMs, { lang });
    Object.assign(result, { score: evaluation.score, stage: evaluation.stage, handoff: evaluation.handoff, changes: evaluation.changes, actions: evaluation.actions });
    const writes = core.hubspotFactWrites(evaluation.changes);
    const cycle = iso(evaluation.changes.mqlAt ?? core.hubspotInstant(contact.properties.ma_mql_at)) ?? '';
    const currentOwner = contact.properties.hubspot_owner_id || null;
    let owner = currentOwner;
    for (const action of evaluation.actions) {
      if (action.type !== 'assign' && action.type !== 'reassign') continue;
      const assignee = action.type === 'assign' ? action.to : (action.to ?? program.handoff.assignee);
      const resolved = await route(assignee, { contactId: contact.id, cycle, currentOwner: owner, reassign: action.type === 'reassign' });
      if (resolved.problem) result.problems.push(`${action.type}: ${resolved.problem}`);
      else owner = resolved.ownerId;
    }
    if (owner && owner !== currentOwner) writes.hubspot_owner_id = owner;
    for (const action of evaluation.actions) {
      if (action.type === 'create-task') result.tasks.push({ dueAt: action.dueAt, ownerId: owner, cycle, name: nameOf(contact.id, contact.properties), created: false });
    }
    if (Object.keys(writes).length > 0) writes.ma_evaluated_at = new Date(asOfMs).toISOString();
    result.writes = writes;
  }

  const evaluated = results.filter((r) => r.score !== undefined);
  await createTasks(crm, send, evaluated, { lang, sla });
  await writeContacts(crm, send, evaluated);
  return results;
}

/** The first-touch tasks the answers ask for, due at the SLA, owned by the new owner, on the contact; none twice. */
async function createTasks(crm, send, results, { lang, sla }) {
  const wanted = results.filter((r) => r.tasks.length > 0);
  const have = await existingTasks(crm, send, wanted.map((r) => r.contactId));
  const inputs = [];
  const made = [];
  for (const result of wanted) {
    for (const task of result.tasks) {
      if (have.has(`${result.contactId} ${task.cycle}`)) {
        task.created = false;
        task.existing = true;
        continue;
      }
      made.push(task);
      inputs.push({
        properties: {
          hs_task_subject: fill(TEXT[lang].subject, { name: task.name }),
          hs_task_body: [`[ma-lead contact=${result.contactId} cycle=${task.cycle} action=first-touch]`, fill(TEXT[lang].body, { mql: task.cycle, due: task.dueAt, sla })].join('\n'),
          hs_timestamp: task.dueAt,
          hs_task_status: 'NOT_STARTED',
          hs_task_priority: 'HIGH',
          hs_task_type: 'CALL',
          ...(task.ownerId ? { hubspot_owner_id: task.ownerId } : {}),
        },
        associations: [{ to: { id: result.contactId }, types: [{ associationCategory: 'HUBSPOT_DEFINED', associationTypeId: TASK_TO_CONTACT }] }],
      });
    }
  }
  for (const [i, part] of chunks(inputs).entries()) {
    const answer = await send(() => crm.crm.objects.tasks.batchApi.create({ inputs: part }));
    if ('errors' in answer && answer.errors && answer.errors.length > 0) {
      const first = answer.errors[0];
      throw new FnError('crm-error', {
        ja: `${answer.errors.length} 件のタスクを作成できませんでした: ${first.category || ''} ${first.message || ''}`,
        en: `${answer.errors.length} task(s) were not created: ${first.category || ''} ${first.message || ''}`,
      });
    }
    for (const task of made.slice(i * 100, i * 100 + part.length)) task.created = true;
  }
}

/** One batch update per 100 contacts; a refused batch is said on each of its contacts, the others are written. */
async function writeContacts(crm, send, results) {
  const changed = results.filter((r) => Object.keys(r.writes).length > 0);
  for (const part of chunks(changed)) {
    try {
      await send(() => crm.crm.contacts.batchApi.update({ inputs: part.map((r) => ({ id: r.contactId, properties: r.writes })) }));
      for (const r of part) r.written = true;
    } catch (error) {
      if (error instanceof RateLimitedError) throw error;
      const text = error instanceof Error ? error.message : String(error);
      const body = error && typeof error === 'object' && 'body' in error ? /** @type {{ body?: { message?: string } }} */ (error).body?.message : undefined;
      for (const r of part) r.problems.push(`write refused: ${body ?? text}`);
    }
  }
}

module.exports = { TASK_TO_CONTACT, enforcedProgram, evaluateContacts };
