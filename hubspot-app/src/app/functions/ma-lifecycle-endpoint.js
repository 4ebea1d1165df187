// ma-lifecycle-endpoint: where HubSpot itself asks for a contact's lifecycle
// to run, not a viewer. An endpoint function (public URL, hsmeta
// `config.endpoint`) that the app's custom workflow action
// (workflow-actions/ma-evaluate-contact-hsmeta.json) and its webhook
// subscriptions (webhooks/webhooks-hsmeta.json) deliver to. Every delivery
// must be signed by HubSpot with the app's client secret (fn-signature.cjs).
// The contacts named are evaluated by the core's engine under their
// program's agreed rules and the answer is carried out (fn-evaluate.cjs):
// score, grade, MQL stamp with the definition version, escalation step,
// recycle, owner and first-touch task. A workflow action is answered with
// output fields a workflow can branch on.
const core = require('./maCore.cjs');
const { z } = core;
const { createCrmClient, failureAnswer } = require('./fn-runtime.cjs');
const { evaluateContacts } = require('./fn-evaluate.cjs');
const { findDefaultProgram, readCompany, toProgramView } = require('./fn-program.cjs');
const { readRecords } = require('./fn-leads.cjs');
const { RateLimitedError, withBackoff } = require('./fn-retry.cjs');
const { verifySignature } = require('./fn-signature.cjs');

/** What one delivery may take before it answers (HubSpot retries a 429 or 5xx answer later). */
const BUDGET_MS = 8000;

const ObjectId = z.union([z.number().int().positive(), z.string().regex(/^\d{1,20}$/)]).transform(String);

/** A custom workflow action's execution request (custom action guide: callbackId, origin, object, inputFields). */
const WorkflowRequest = z.object({
  callbackId: z.string(),
  object: z.object({ objectId: ObjectId, objectType: z.literal('CONTACT') }),
  inputFields: z.object({ lang: z.enum(['ja', 'en']).optional() }).passthrough().optional(),
});

/** A webhook delivery: a list of events; contact events name the contact in objectId. */
const WebhookEvents = z
  .array(
    z
      .object({
        objectId: ObjectId,
        subscriptionType: z.string(),
        objectTypeId: z.string().optional(),
      })
      .passthrough(),
  )
  .min(1)
  .max(1000);

const isContactEvent = (e) => e.subscriptionType.startsWith('contact.') || (e.subscriptionType.startsWith('object.') && e.objectTypeId === '0-1');

const reply = (statusCode, body) => ({ statusCode, headers: { 'content-type': 'application/json' }, body });

/** The request as HubSpot sent it: the raw body is what the signature was made over. */
function requestOf(context) {
  const headers = Object.fromEntries(Object.entries((context && context.headers) || {}).map(([k, v]) => [k.toLowerCase(), String(v)]));
  const raw = typeof context?.rawBody === 'string' ? context.rawBody : typeof context?.body === 'string' ? context.body : JSON.stringify(context?.body ?? null);
  return { method: String(context?.method || 'POST').toUpperCase(), headers, raw };
}

const secretOf = (context, name) => {
  const fromContext = context && context.secrets && typeof context.secrets[name] === 'string' ? context.secrets[name] : undefined;
  return fromContext || process.env[name] || '';
};

/**
 * Evaluates contacts grouped by their program (`ma_program_id`, empty: the
 * default program), at `asOf`.
 */
async function evaluateByProgram(crm, ids, asOf, lang, send) {
  const programOf = await readRecords(crm, send, 'contacts', ids, ['ma_program_id']);
  /** @type {Map<string, string[]>} */
  const groups = new Map();
  for (const id of ids) {
    if (!programOf.has(id)) continue;
    const programId = programOf.get(id)?.ma_program_id?.trim() || '';
    groups.set(programId, [...(groups.get(programId) ?? []), id]);
  }
  const results = [];
  for (const [programId, contactIds] of groups) {
    const company = await send(() => (programId ? readCompany(crm, programId) : findDefaultProgram(crm)));
    results.push(...(await evaluateContacts(crm, { view: toProgramView(company), contactIds, asOf, lang, send })));
  }
  const missing = ids.filter((id) => !programOf.has(id));
  return { results, missing };
}

/**
 * Handles one delivery at `nowMs`.
 * @param {any} context  what HubSpot passes an endpoint function: method, headers, body, secrets
 * @param {number} nowMs
 */
async function handleDelivery(context, nowMs) {
  const secret = secretOf(context, 'MA_CLIENT_SECRET');
  const uri = secretOf(context, 'MA_ENDPOINT_URL');
  if (!secret || !uri) return reply(500, { message: 'MA_CLIENT_SECRET and MA_ENDPOINT_URL must be set as secrets of this function' });
  const request = requestOf(context);
  const signed = verifySignature({ method: request.method, uri, body: request.raw, headers: request.headers }, secret, nowMs);
  if (!signed.ok) return reply(401, { message: `not a request from HubSpot: ${signed.why}` });

  let payload;
  try {
    payload = JSON.parse(request.raw);
  } catch {
    return reply(400, { message: 'the body is not JSON' });
  }
  const workflow = WorkflowRequest.safeParse(payload);
  const events = WebhookEvents.safeParse(payload);
  /** @type {string[]} */
  let ids;
  if (workflow.success) ids = [workflow.data.object.objectId];
  else if (events.success) ids = [...new Set(events.data.filter(isContactEvent).map((e) => e.objectId))];
  else return reply(400, { message: 'expected a workflow action request for a contact, or webhook events' });
  const lang = workflow.success ? (workflow.data.inputFields?.lang ?? 'ja') : 'ja';
  const crm = createCrmClient(secretOf(context, 'PRIVATE_APP_ACCESS_TOKEN') || undefined);
  // The budget runs on the real clock; `nowMs` is the instant evaluated (and the signature's reference).
  const deadline = Date.now() + BUDGET_MS;
  const send = (request) => withBackoff(request, deadline);
  const asOf = new Date(nowMs).toISOString();
  try {
    const { results, missing } = await evaluateByProgram(crm, ids, asOf, lang, send);
    if (!workflow.success) {
      const unwritten = results.filter((r) => !r.written && Object.keys(r.writes).length > 0);
      return reply(unwritten.length > 0 ? 500 : 200, { evaluated: results.length, written: results.filter((r) => r.written).length, missing, problems: results.flatMap((r) => r.problems.map((p) => `${r.contactId}: ${p}`)) });
    }
    const result = results[0];
    // A write HubSpot refused is answered as a failure, so HubSpot delivers again (the task made meanwhile is not made twice).
    if (result && !result.written && Object.keys(result.writes).length > 0) return reply(500, { message: result.problems.join('; ') });
    if (!result || result.score === undefined) {
      const why = result ? result.problems.join('; ') : `contact ${ids[0]} was not found`;
      return reply(200, { outputFields: { hs_execution_state: 'FAIL_CONTINUE', ma_problems: why } });
    }
    return reply(200, {
      outputFields: {
        hs_execution_state: 'SUCCESS',
        ma_score: String(core.storedScore(result.score.total)),
        ma_grade: result.score.grade,
        ma_stage: result.stage,
        ma_handoff_status: result.handoff.status,
        ma_actions: result.actions.map((a) => a.type).join(','),
        ma_problems: result.problems.join('; '),
      },
    });
  } catch (error) {
    const answer = failureAnswer(error, lang);
    if (error instanceof RateLimitedError) return reply(429, { message: answer.error.message });
    if (workflow.success && answer.error.code === 'not-found') {
      return reply(200, { outputFields: { hs_execution_state: 'FAIL_CONTINUE', ma_problems: answer.error.message } });
    }
    return reply(answer.error.code === 'not-found' ? 404 : 500, { message: answer.error.message });
  }
}

exports.main = (context) => handleDelivery(context, Date.now());
exports.handleDelivery = handleDelivery;
