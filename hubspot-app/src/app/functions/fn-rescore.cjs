// A bulk rescoring of every contact of a program, in steps a function call
// can finish: each step reads the next contacts in id order (a search with
// `hs_object_id` above the last one done, so a run never depends on search
// paging and may pass HubSpot's 10,000-result window), evaluates them with
// the engine at the run's instant, writes them in batches, and saves where it
// got to on the program company (`ma_rescore`). The settings page calls the
// next step until the run is done; closed and opened again, it continues
// from what was saved. A step that meets HubSpot's rate limit waits (back-off)
// and, when its time is up, stops before the page it could not finish, saying
// so: no contact is counted done that was not written, and every contact that
// could not be evaluated or written is listed.
const core = require('./maCore.cjs');
const { z } = core;
const { FnError } = require('./fn-error.cjs');
const { searchFilter } = require('./fn-runtime.cjs');
const { evaluateContacts } = require('./fn-evaluate.cjs');
const { RateLimitedError, withBackoff } = require('./fn-retry.cjs');

const PAGE = 100;
/** How long one step may run; MA_RESCORE_BUDGET_MS changes it (tests use less). */
const budgetMs = () => Number(process.env.MA_RESCORE_BUDGET_MS || 8000);
/** A step still running holds the run this long past its budget; another step meanwhile is refused. */
const LEASE_MARGIN_MS = 5000;
const MAX_PROBLEMS = 50;

const ProgressSchema = z.object({
  runId: z.string(),
  state: z.enum(['running', 'done', 'cancelled']),
  asOf: z.string(),
  startedAt: z.string(),
  startedBy: z.string(),
  updatedAt: z.string(),
  finishedAt: z.string().nullable(),
  cursor: z.string(),
  total: z.number().int().min(0),
  processed: z.number().int().min(0),
  written: z.number().int().min(0),
  mqls: z.number().int().min(0),
  tasks: z.number().int().min(0),
  failed: z.number().int().min(0),
  throttled: z.number().int().min(0),
  problems: z.array(z.object({ contactId: z.string(), message: z.string() })),
  lease: z.object({ step: z.string(), until: z.string() }).nullable(),
});

/** @typedef {import('zod').output<typeof ProgressSchema>} Progress */

/** The stored progress, or null when the program was never rescored. */
function progressOf(company) {
  const text = company.properties?.ma_rescore;
  if (!text) return null;
  try {
    const parsed = ProgressSchema.safeParse(JSON.parse(text));
    if (parsed.success) return parsed.data;
  } catch {
    // fall through: a value edited by hand is no progress
  }
  throw new FnError('crm-error', { ja: '保存済みの値が壊れています ma_rescore', en: 'the stored value is broken ma_rescore' }, 'ma_rescore');
}

/** The search for the program's contacts after `cursor`: its own, and for the default program those without one. */
function nextPage(programId, isDefault, cursor) {
  const after = searchFilter('hs_object_id', 'GT', cursor);
  const groups = [{ filters: [searchFilter('ma_program_id', 'EQ', programId), after] }];
  if (isDefault) groups.push({ filters: [searchFilter('ma_program_id', 'NOT_HAS_PROPERTY'), after] });
  // HubSpot's search reference sorts with objects; the client types them as strings.
  const sorts = /** @type {string[]} */ (/** @type {unknown} */ ([{ propertyName: 'hs_object_id', direction: 'ASCENDING' }]));
  return { filterGroups: groups, sorts, properties: ['hs_object_id'], limit: PAGE, after: '0' };
}

/** Writes the progress (not program data: no revision is raised, no one's view goes stale). */
async function saveProgress(crm, companyId, progress) {
  await crm.crm.companies.basicApi.update(companyId, { properties: { ma_rescore: JSON.stringify(progress) } });
  return progress;
}

const notRunning = () =>
  new FnError('invalid-input', { ja: '実行中の再スコアリングはありません', en: 'no rescoring is running' }, 'action');

/**
 * Starts a run now (refused while another is running, unless it is cancelled
 * first); every contact of the run is evaluated as of this instant.
 * @param {{ companyId: string, by: string, company: any, isDefault: boolean }} at
 */
async function startRun(crm, at) {
  const current = progressOf(at.company);
  if (current && current.state === 'running') {
    throw new FnError(
      'conflict',
      {
        ja: `再スコアリングを実行中です (${current.processed} / ${current.total} 件、${current.startedBy} が開始)。続行するか中止してください。`,
        en: `a rescoring is running (${current.processed} of ${current.total}, started by ${current.startedBy}); continue or cancel it`,
      },
      'action',
    );
  }
  const first = await withBackoff(() => crm.crm.contacts.searchApi.doSearch({ ...nextPage(at.companyId, at.isDefault, '0'), limit: 1 }), Date.now() + budgetMs());
  const nowMs = Date.now();
  const instant = new Date(nowMs).toISOString();
  /** @type {Progress} */
  const progress = {
    runId: `r-${nowMs}`,
    state: 'running',
    asOf: instant,
    startedAt: instant,
    startedBy: at.by,
    updatedAt: instant,
    finishedAt: null,
    cursor: '0',
    total: first.total,
    processed: 0,
    written: 0,
    mqls: 0,
    tasks: 0,
    failed: 0,
    throttled: 0,
    problems: [],
    lease: null,
  };
  return saveProgress(crm, at.companyId, progress);
}

/**
 * One step of the running run `runId`: pages of contacts until the budget is
 * spent or none is left.
 * @param {{ companyId: string, runId: string, view: any, company: any, isDefault: boolean, lang: 'ja' | 'en', reread: () => Promise<any> }} at
 */
async function continueRun(crm, at) {
  const stored = progressOf(at.company);
  if (!stored || stored.state !== 'running' || stored.runId !== at.runId) throw notRunning();
  /** @type {Progress} */
  let progress = stored;
  const busy = new FnError(
    'conflict',
    { ja: '別の画面がこの再スコアリングを進めています。少し待ってから続けてください。', en: 'another page is running this rescoring; wait a moment and continue' },
    'action',
  );
  if (progress.lease && Date.parse(progress.lease.until) > Date.now()) throw busy;
  const deadline = Date.now() + budgetMs();
  const step = `s-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
  progress = await saveProgress(crm, at.companyId, { ...progress, lease: { step, until: new Date(deadline + LEASE_MARGIN_MS).toISOString() } });
  // Two steps started at the same moment both wrote a lease; the one HubSpot kept goes on.
  if (progressOf(await at.reread())?.lease?.step !== step) throw busy;
  const send = (request) => withBackoff(request, deadline);
  try {
    // At least one page a step, however short the budget.
    do {
      const page = await send(() => crm.crm.contacts.searchApi.doSearch(nextPage(at.companyId, at.isDefault, progress.cursor)));
      const ids = page.results.map((c) => String(c.id));
      if (ids.length === 0) {
        progress = { ...progress, state: 'done', finishedAt: new Date().toISOString() };
        break;
      }
      const results = await evaluateContacts(crm, { view: at.view, contactIds: ids, asOf: progress.asOf, lang: at.lang, send });
      progress = tally(progress, ids, results);
    } while (Date.now() < deadline);
  } catch (error) {
    if (!(error instanceof RateLimitedError)) throw error;
    progress = { ...progress, throttled: progress.throttled + 1 };
  }
  return saveProgress(crm, at.companyId, { ...progress, updatedAt: new Date().toISOString(), lease: null });
}

/**
 * The progress after a page: every contact of it is done: written, unchanged,
 * or counted as failed (not evaluated, or its write refused). Every problem
 * is listed (the first MAX_PROBLEMS), an unrouted assignee too.
 */
function tally(progress, ids, results) {
  const failed = results.filter((r) => r.score === undefined || (Object.keys(r.writes).length > 0 && !r.written));
  const missing = ids.filter((id) => !results.some((r) => r.contactId === id));
  const problems = [
    ...progress.problems,
    ...results.filter((r) => r.problems.length > 0).map((r) => ({ contactId: r.contactId, message: r.problems.join('; ') })),
    ...missing.map((contactId) => ({ contactId, message: 'not found when read' })),
  ];
  return {
    ...progress,
    cursor: ids[ids.length - 1],
    processed: progress.processed + ids.length,
    written: progress.written + results.filter((r) => r.written).length,
    mqls: progress.mqls + results.filter((r) => r.written && r.changes && r.changes.mqlAt).length,
    tasks: progress.tasks + results.reduce((n, r) => n + r.tasks.filter((t) => t.created).length, 0),
    failed: progress.failed + failed.length + missing.length,
    problems: problems.slice(0, MAX_PROBLEMS),
  };
}

/** Stops the running run; what it wrote stays. */
async function cancelRun(crm, at) {
  const progress = progressOf(at.company);
  if (!progress || progress.state !== 'running' || progress.runId !== at.runId) throw notRunning();
  return saveProgress(crm, at.companyId, { ...progress, state: 'cancelled', finishedAt: new Date().toISOString(), lease: null });
}

module.exports = { ProgressSchema, cancelRun, continueRun, progressOf, startRun };
