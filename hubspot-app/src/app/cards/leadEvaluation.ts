// The lead score card's figures, all from the core: score, stage under the
// agreed definitions, and the handoff clock.
import { describeIssues, handoffStatus, scoreLead, stageOf, type Lang, type ScoreResult } from './core';
import type { HandoffView } from './HandoffClock';
import type { StageView } from './LeadStage';
import type { LeadScoreData } from './useLeadScoreData';

export interface LeadEvaluation {
  score: ScoreResult | null;
  stage: StageView | null;
  handoff: HandoffView | null;
  /** Core issues (bad model, bad facts), shown as an error with the field named. */
  problems: string[];
}

export function evaluateLead(data: LeadScoreData, lang: Lang): LeadEvaluation {
  const problems: string[] = [];
  let score: ScoreResult | null = null;
  if (data.model !== null && data.model !== undefined) {
    const scored = scoreLead(data.model as Parameters<typeof scoreLead>[0], data.lead, data.asOf);
    if (scored.ok) score = scored.value;
    else problems.push(describeIssues(scored.issues));
  }
  let stage: StageView | null = null;
  if (data.definitions) {
    const facts = {
      ...data.facts,
      fields: data.lead.fields,
      ...(score ? { score: { total: score.total, fit: score.fit, engagement: score.engagement, grade: score.grade, mql: score.mql } } : {}),
    };
    const decided = stageOf(facts, data.definitions, data.asOf, { lang });
    if (decided.ok) stage = decided.value;
    else problems.push(describeIssues(decided.issues));
  }
  let handoff: HandoffView | null = null;
  // The SAL window is the agreed set's (one rule, one field).
  const window = data.definitions ? { acceptWithinHours: data.definitions.stages.sal.acceptWithinHours } : {};
  const clock = handoffStatus(data.facts, data.handoffRules, data.asOf, { lang, ...window });
  if (clock.ok) handoff = clock.value;
  else problems.push(describeIssues(clock.issues));
  return { score, stage, handoff, problems };
}

type Labelled = { id?: unknown; label?: { ja?: string; en?: string } };

/** The rule's label in the user's language from the model, else the rule id. */
export function ruleLabeller(model: unknown, lang: Lang): (ruleId: string) => string {
  const rules: Labelled[] = [];
  if (typeof model === 'object' && model !== null) {
    const m = model as { fit?: unknown; engagement?: unknown };
    for (const list of [m.fit, m.engagement]) if (Array.isArray(list)) rules.push(...(list as Labelled[]));
  }
  return (ruleId) => {
    const label = rules.find((r) => r.id === ruleId)?.label;
    return label?.[lang] || label?.ja || ruleId;
  };
}
