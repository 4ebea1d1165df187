import { z } from '../../zod';
import { DAY_MS, MINUTE_MS, YEAR_MINUTES, inInstantRange } from '../../dates';
import type { Lang } from '../../i18n';
import { fail, ok, parseWith, type Issue, type Result } from '../../result';
import { parseAsOf, toIso } from '../asOf';
import { evaluateCondition, type Facts } from '../condition';
import { stageOfFacts, type LeadStage, type StageOfResult } from '../definitions/stage';
import type { LeadFacts } from '../facts';
import { handoffStatusOf, type HandoffState, type HandoffStatus } from '../handoff/status';
import type { Assignee, HandoffRules } from '../handoff/rules';
import { parseScoringLead, type ScoringLead } from '../scoring/lead';
import { leadIdOf, parseLeadList } from '../leadList';
import type { Contribution, Grade, ScoreResult } from '../scoring/result';
import { accepted, cycleFacts, latestCycle, touched } from './cycle';
import { parseProgram, type Program } from './program';
import { StoredFactsSchema, storedFactsAsOf, type StoredFacts } from './storedFacts';

// The lead lifecycle engine: from a lead's fields, events and stored facts,
// the program and `asOf`, the score, the stage, the handoff clock, and exactly
// which facts to write and which actions to take now. Running it again on the
// facts with the changes applied, at the same `asOf`, answers nothing new.
// The rules, in the order the engine applies them, are in docs/RULES.md
// ("The lead lifecycle engine").

/** Side effects a runner performs now (the CRM's own mechanics: owner change, task, notification). */
export type LifecycleAction =
  | { type: 'assign'; to: Assignee }
  | { type: 'create-task'; dueAt: string }
  | { type: 'notify' }
  | { type: 'remind'; step: number }
  | { type: 'notify-manager'; step: number }
  | { type: 'reassign'; step: number; to?: Assignee }
  | { type: 'recycle'; reason?: string };

/** The facts to write now; a key is present only when its value must change. */
export interface FactChanges {
  score?: number;
  grade?: Grade;
  mqlAt?: string;
  definitionVersion?: number;
  assignedAt?: string;
  escalationStep?: number;
  recycledAt?: string;
}

export interface LeadEvaluation {
  id: string;
  score: { total: number; fit: number; engagement: number; grade: Grade };
  stage: LeadStage;
  handoff: { status: HandoffState; minutesLeft: number | null; minutesOverdue: number | null };
  changes: FactChanges;
  actions: LifecycleAction[];
  /** With `explain`: why (the rules behind the score, the stage decisions, the whole clock). */
  explain?: { contributions: Contribution[]; decidedBy: StageOfResult['decidedBy']; handoff: HandoffStatus };
}

export interface EvaluateOptions {
  lang?: Lang;
  /** Add `explain` to every result (what a record page shows). */
  explain?: boolean;
}

/** A lead as `evaluate` reads it: `fields` and `events` as `score` reads them, and the stored `facts`. */
export interface ParsedLead {
  lead: ScoringLead & { id: string };
  facts: StoredFacts;
}

const LeadShape = z.object({ id: z.unknown().optional(), facts: z.unknown().optional() }, { error: 'expected a lead {"id", "fields", "events", "facts"}' });

/** Parses one lead; issues are prefixed with `prefix` (e.g. `leads[3]`). */
export function parseEvaluationLead(input: unknown, prefix = ''): Result<ParsedLead> {
  const at = (path: string) => (prefix ? `${prefix}.${path}` : path);
  const shape = parseWith(LeadShape, input, prefix);
  if (!shape.ok) return shape;
  const issues: Issue[] = [];
  const id = leadIdOf(shape.value.id);
  if (!id.ok) issues.push({ path: at('id'), code: 'custom', message: id.message });
  const scoring = parseScoringLead(input, prefix);
  if (!scoring.ok) issues.push(...scoring.issues);
  const facts = parseWith(StoredFactsSchema, shape.value.facts, at('facts'));
  if (!facts.ok) issues.push(...facts.issues);
  if (issues.length || !scoring.ok || !facts.ok || !id.ok) return fail(dedupe(issues));
  return ok({ lead: { ...scoring.value, id: id.id }, facts: facts.value });
}

const dedupe = (issues: Issue[]): Issue[] => issues.filter((i, n) => issues.findIndex((j) => j.path === i.path && j.message === i.message) === n);

/** The total as the CRM stores it: one decimal. */
export const storedScore = (total: number): number => Math.round(total * 10) / 10;

/** What MQL, SQL and re-entry conditions read: the lead's fields with its fresh, unrounded score on top. */
function criteriaFacts(lead: ScoringLead, s: ScoreResult): Facts {
  return { ...lead.fields, score: s.total, fit: s.fit, engagement: s.engagement, grade: s.grade };
}

/** A recycled lead comes back only on engagement after the recycle that counts in its score. */
function engagedSince(s: ScoreResult, sinceMs: number): boolean {
  return s.contributions.some((c) => c.kind === 'engagement' && (c.events ?? []).some((e) => Date.parse(e.at) > sinceMs));
}

function escalationAction(rules: HandoffRules, index: number): LifecycleAction {
  const action = (rules.escalation[index] as HandoffRules['escalation'][number]).action;
  if (action === 'reassign') return { type: 'reassign', step: index, ...(rules.fallback ? { to: rules.fallback } : {}) };
  return { type: action, step: index };
}

/** The cycle's facts as stageOf and handoffStatus read them, with the fresh score. */
function asLeadFacts(id: string, f: StoredFacts, lead: ScoringLead, s: ScoreResult): LeadFacts {
  return {
    id,
    mqlAt: f.mqlAt,
    assignedAt: f.assignedAt,
    firstTouchAt: f.firstTouchAt,
    salAt: f.salAt,
    salRejectedAt: f.salRejectedAt,
    rejectReason: f.rejectReason,
    recycledAt: f.recycledAt,
    sqlAt: f.sqlAt,
    opportunityAt: f.opportunityAt,
    wonAt: f.wonAt,
    lostAt: f.lostAt,
    source: f.source,
    definitionVersion: f.definitionVersion,
    fields: lead.fields,
    score: { total: s.total, fit: s.fit, engagement: s.engagement, grade: s.grade },
  };
}

/** Evaluates one parsed lead under a parsed program at `asOfMs` (epoch milliseconds). */
export function evaluateParsedLead(program: Program, parsed: ParsedLead, asOfMs: number, options: EvaluateOptions = {}): LeadEvaluation {
  const lang = options.lang ?? 'ja';
  const { lead } = parsed;
  const { definitions: set, handoff: rules } = program;
  const f = storedFactsAsOf(parsed.facts, asOfMs);
  const s = program.model.score(lead, asOfMs);
  const changes: FactChanges = {};
  const actions: LifecycleAction[] = [];

  // 1. Score.
  const total = storedScore(s.total);
  if (f.score !== total) changes.score = total;
  if (f.grade !== s.grade) changes.grade = s.grade;

  // 2. MQL is the agreed definition (never the model's own threshold).
  const facts = criteriaFacts(lead, s);
  let cycle = latestCycle(f);
  let stamped = false;
  if (evaluateCondition(set.stages.mql.criteria, facts)) {
    const reenters =
      cycle !== null && !cycle.open && evaluateCondition(rules.recycle.reentry, facts) && engagedSince(s, f.recycledAt as number);
    if (cycle === null || reenters) {
      changes.mqlAt = toIso(asOfMs);
      changes.definitionVersion = set.version;
      cycle = { mqlAt: asOfMs, open: true };
      stamped = true;
    }
  }

  // 3. Only the cycle's own facts count from here on.
  let described: StoredFacts = f;
  if (cycle) {
    const c = cycleFacts(f, cycle.mqlAt);
    described = c;
    if (cycle.open) {
      const storedStep = stamped ? 0 : (f.escalationStep ?? 0);
      if (stamped && (f.escalationStep ?? 0) > 0) changes.escalationStep = 0;

      // 4. Assignment.
      if (c.assignedAt === undefined) {
        changes.assignedAt = toIso(asOfMs);
        c.assignedAt = asOfMs;
        actions.push({ type: 'assign', to: rules.assignee });
        for (const method of rules.methods) {
          if (method === 'task') actions.push({ type: 'create-task', dueAt: toIso(cycle.mqlAt + rules.firstTouchSlaMinutes * MINUTE_MS) });
          else if (method === 'notification') actions.push({ type: 'notify' });
        }
      }

      // 5. Escalation, while assigned and untouched.
      if (!touched(c)) {
        const elapsed = (asOfMs - cycle.mqlAt) / MINUTE_MS;
        let reached = 0;
        rules.escalation.forEach((step, i) => {
          if (step.afterMinutes > elapsed) return;
          reached = i + 1;
          if (i >= storedStep) actions.push(escalationAction(rules, i));
        });
        if (reached > storedStep) changes.escalationStep = reached;
      }

      // 6. Recycle an accepted lead that made no progress.
      if (
        accepted(c) &&
        c.sqlAt === undefined &&
        !evaluateCondition(set.stages.sql.criteria, facts) &&
        asOfMs - (c.salAt as number) > rules.recycle.afterDays * DAY_MS
      ) {
        changes.recycledAt = toIso(asOfMs);
        c.recycledAt = asOfMs;
        actions.push({ type: 'recycle', ...(rules.recycle.reason ? { reason: rules.recycle.reason } : {}) });
      }
    }
  }

  // 7. Stage and clock of the cycle, with the changes applied.
  const leadFacts = asLeadFacts(lead.id, described, lead, s);
  const stage = stageOfFacts(leadFacts, set, lang);
  const clock = handoffStatusOf(leadFacts, rules, asOfMs, lang, set.stages.sal.acceptWithinHours);
  const result: LeadEvaluation = {
    id: lead.id,
    score: { total: s.total, fit: s.fit, engagement: s.engagement, grade: s.grade },
    stage: stage.stage,
    handoff: { status: clock.status, minutesLeft: clock.minutesLeft, minutesOverdue: clock.minutesOverdue },
    changes,
    actions,
  };
  if (options.explain) result.explain = { contributions: s.contributions, decidedBy: stage.decidedBy, handoff: clock };
  return result;
}

/** Evaluates one lead `{id, fields, events, facts}` under `program` at `asOf`. */
export function evaluateLead(program: unknown, lead: unknown, asOf: string | Date, options: EvaluateOptions = {}): Result<LeadEvaluation> {
  const p = parseProgram(program);
  const when = parseEngineAsOf(asOf);
  const l = parseEvaluationLead(lead);
  const issues = [...(p.ok ? [] : prefixProgram(p.issues)), ...(when.ok ? [] : when.issues), ...(l.ok ? [] : l.issues)];
  if (!p.ok || !when.ok || !l.ok) return fail(issues);
  return ok(evaluateParsedLead(p.value, l.value, when.value, options));
}

const prefixProgram = (issues: Issue[]): Issue[] => issues.map((i) => ({ ...i, path: i.path ? `program.${i.path}` : 'program' }));

/** The engine dates tasks up to a year after asOf (the longest SLA): every such date must stay a valid ISO date. */
export function parseEngineAsOf(asOf: unknown): Result<number> {
  const when = parseAsOf(asOf);
  if (when.ok && !inInstantRange(when.value + YEAR_MINUTES * MINUTE_MS)) {
    return fail([{ path: 'asOf', code: 'too_big', message: 'asOf is too late: a task due after it would fall after 9999-12-31' }]);
  }
  return when;
}

/**
 * Evaluates `{"leads": [...]}` (or the bare list). Every bad lead is listed
 * (`leads[i]...`); a repeated id is refused naming both places.
 */
export function evaluateLeads(
  program: unknown,
  leads: unknown,
  asOf: string | Date,
  options: EvaluateOptions = {},
): Result<{ results: LeadEvaluation[] }> {
  const p = parseProgram(program);
  const when = parseEngineAsOf(asOf);
  const list = parseLeadList(leads, (raw, prefix) => {
    const r = parseEvaluationLead(raw, prefix);
    return r.ok ? ok({ id: r.value.lead.id, parsed: r.value }) : r;
  });
  const issues: Issue[] = [...(p.ok ? [] : prefixProgram(p.issues)), ...(when.ok ? [] : when.issues), ...(list.ok ? [] : list.issues)];
  if (!list.ok || !p.ok || !when.ok) return fail(issues);
  const program_ = p.value;
  return ok({ results: list.value.map((l) => evaluateParsedLead(program_, l.parsed, when.value, options)) });
}
