// What the lead score card shows, all decided by the core: the stage of the
// stored facts and the server's stored score under the agreed definitions,
// the handoff clock now, and which handoff actions a rep may take and why
// not. Nothing here scores a lead or writes anything.
import { describeIssues, handoffActionOptions, handoffStatus, stageOf, type HandoffActionOption, type Lang, type OfferedReason } from './core';
import type { HandoffView } from './HandoffClock';
import type { StageView } from './LeadStage';
import type { LeadScoreData } from './useLeadScoreData';

export interface LeadView {
  /** The score the server stored, or null before its first evaluation. */
  score: { total: number; grade: string | null } | null;
  stage: StageView | null;
  handoff: HandoffView | null;
  /** Accept / reject / recycle with whether each is allowed now (null without an agreed set). */
  actions: { actions: HandoffActionOption[]; reasons: OfferedReason[] } | null;
  /** Core issues (bad stored facts), shown as an error with the field named. */
  problems: string[];
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
  return { score, stage, handoff, actions, problems };
}
