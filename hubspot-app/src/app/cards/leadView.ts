// What the lead score card shows, all decided by the core: the stage of the
// stored facts and the server's stored score under the agreed definitions,
// the handoff clock now, which handoff actions a rep may take and why not,
// and why: the core's engine (`evaluateLead` with `explain`) on the
// contact's data now, for display only (the rules behind the score, the
// stage decisions, the clock's next action, and what the server's next
// evaluation will store and do). Nothing here stores a score or writes anything.
import {
  describeIssues,
  evaluateLead,
  handoffActionOptions,
  handoffStatus,
  localText,
  stageOf,
  type Contribution,
  type HandoffActionOption,
  type Lang,
  type LeadEvaluation,
  type LocalText,
  type OfferedReason,
} from './core';
import type { HandoffView } from './HandoffClock';
import type { StageView } from './LeadStage';
import type { LeadScoreData } from './useLeadScoreData';

/** The engine's answer for the contact now, as the card explains it. */
export interface LeadExplanation {
  /** The engine's figures now (the stored ones are what the card shows as the score). */
  score: LeadEvaluation['score'];
  stage: LeadEvaluation['stage'];
  handoff: HandoffView;
  decidedBy: StageView['decidedBy'];
  /** Every rule that added or took points, labelled as the model names it. */
  contributions: (Contribution & { label: string })[];
  /** The stored score or grade differs from the engine's: the server stores the new ones at its next evaluation. */
  storedIsOutdated: boolean;
  /** What the server's next evaluation does (the engine's actions). */
  actions: LeadEvaluation['actions'];
}

export interface LeadView {
  /** The score the server stored, or null before its first evaluation. */
  score: { total: number; grade: string | null } | null;
  stage: StageView | null;
  handoff: HandoffView | null;
  /** Accept / reject / recycle with whether each is allowed now (null without an agreed set). */
  actions: { actions: HandoffActionOption[]; reasons: OfferedReason[] } | null;
  /** The engine's explanation (null without a scoring model or an agreed set: the server evaluates nothing then). */
  explain: LeadExplanation | null;
  /** Core issues (bad stored facts), shown as an error with the field named. */
  problems: string[];
}

type LabelledRule = { id?: unknown; label?: LocalText };

/** A rule's label in the user's language as the model gives it, else its id. */
function ruleLabels(model: unknown, lang: Lang): (ruleId: string) => string {
  const rules: LabelledRule[] = [];
  if (typeof model === 'object' && model !== null) {
    const { fit, engagement } = model as { fit?: unknown; engagement?: unknown };
    for (const list of [fit, engagement]) if (Array.isArray(list)) rules.push(...(list as LabelledRule[]));
  }
  return (ruleId) => {
    const label = rules.find((r) => r.id === ruleId)?.label;
    return label ? localText(label, lang) : ruleId;
  };
}

function explanation(data: LeadScoreData, lang: Lang, problems: string[]): LeadExplanation | null {
  if (!data.hasModel || !data.definitions) return null;
  const program = { model: data.model, definitions: data.definitions, handoff: data.handoffRules };
  const evaluated = evaluateLead(program, { ...data.lead, facts: data.stored }, data.asOf, { lang, explain: true });
  if (!evaluated.ok) {
    problems.push(describeIssues(evaluated.issues));
    return null;
  }
  const { score, stage, changes, actions, explain } = evaluated.value;
  if (!explain) return null;
  const label = ruleLabels(data.model, lang);
  return {
    score,
    stage,
    handoff: explain.handoff,
    decidedBy: explain.decidedBy,
    contributions: explain.contributions.map((c) => ({ ...c, label: label(c.rule) })),
    storedIsOutdated: changes.score !== undefined || changes.grade !== undefined,
    actions,
  };
}

export function leadView(data: LeadScoreData, lang: Lang): LeadView {
  const problems: string[] = [];
  const { stored } = data;
  const score = typeof stored.score === 'number' ? { total: stored.score, grade: stored.grade ?? null } : null;
  let stage: StageView | null = null;
  let actions: LeadView['actions'] = null;
  if (data.definitions) {
    const facts = { ...data.facts, fields: data.lead.fields, ...(score ? { score: { total: score.total, ...(score.grade ? { grade: score.grade } : {}) } } : {}) };
    const decided = stageOf(facts, data.definitions, data.asOf, { lang });
    if (decided.ok) stage = decided.value;
    else problems.push(describeIssues(decided.issues));
    const options = handoffActionOptions(stored, data.definitions, data.asOf, { lang });
    if (options.ok) actions = options.value;
    else problems.push(describeIssues(options.issues));
  }
  let handoff: HandoffView | null = null;
  // The SAL window is the agreed set's (one rule, one field).
  const window = data.definitions ? { acceptWithinHours: data.definitions.stages.sal.acceptWithinHours } : {};
  const clock = handoffStatus(data.facts, data.handoffRules, data.asOf, { lang, ...window });
  if (clock.ok) handoff = clock.value;
  else problems.push(describeIssues(clock.issues));
  const explain = explanation(data, lang, problems);
  return { score, stage, handoff, actions, explain, problems };
}
