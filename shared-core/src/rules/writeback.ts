// What one scoring run writes back to a lead's CRM record (a Data Loader or
// HubSpot import row): the score and grade, the stage, and the MQL date and
// definition version. A recorded MQL date is kept (becoming MQL happens once);
// a lead that qualifies in this run becomes MQL at the run's asOf, under the
// definition set's version, as the surfaces record it when a score is saved.
import { ok, parseWith, type Result } from '../result';
import { toIso } from './asOf';
import { stageOfParsed, type LeadStage } from './definitions/stage';
import type { DefinitionSet } from './definitions/schema';
import { LeadFactsSchema, type LeadFacts } from './facts/leadFacts';
import type { Grade, ScoreResult } from './scoring/result';

export interface WritebackRow {
  id: string | null;
  /** The total score. */
  score: number;
  grade: Grade;
  /** Under the definition set when given; else `mql` when the score reaches the model's threshold or an MQL date is recorded, `lead` otherwise. */
  stage: LeadStage;
  /** ISO instant: the recorded MQL date, or asOf for a lead that becomes MQL in this run; null while it is not an MQL. */
  mqlAt: string | null;
  /** The recorded version, or the set's version for a lead that becomes MQL in this run; null otherwise. */
  definitionVersion: number | null;
}

/**
 * The recorded facts a writeback reads beside the scoring input (LeadFacts'
 * keys; not `source`, which is as often a scoring field).
 */
export const RECORDED_FACT_KEYS = [
  'mqlAt',
  'assignedAt',
  'firstTouchAt',
  'salAt',
  'salRejectedAt',
  'rejectReason',
  'recycledAt',
  'sqlAt',
  'opportunityAt',
  'wonAt',
  'lostAt',
  'definitionVersion',
] as const;

/**
 * The lead's recorded facts: its own keys named as in LeadFacts (a JSON lead's
 * `mqlAt`, a CSV column `mqlAt`), with its fields for stage criteria. Issues
 * are named by key (`mqlAt`).
 */
export function recordedFacts(lead: unknown, fields: Record<string, unknown>): Result<LeadFacts> {
  const raw = (typeof lead === 'object' && lead !== null ? lead : {}) as Record<string, unknown>;
  const facts: Record<string, unknown> = { fields };
  let any = false;
  for (const key of RECORDED_FACT_KEYS) {
    if (raw[key] === undefined) continue;
    facts[key] = raw[key];
    any = true;
  }
  // Most leads of a batch carry no recorded step: no need for the schema then.
  return any ? parseWith(LeadFactsSchema, facts) : ok(facts as LeadFacts);
}

/** The row for one scored lead as of `asOfMs`, under `definitions` when given. */
export function writebackRow(score: ScoreResult, facts: LeadFacts, asOfMs: number, definitions?: DefinitionSet): WritebackRow {
  const recordedMql = facts.mqlAt !== undefined && facts.mqlAt <= asOfMs ? facts.mqlAt : undefined;
  let stage: LeadStage;
  let mql: boolean;
  if (definitions) {
    const decided = stageOfParsed({ ...facts, score }, definitions, asOfMs);
    stage = decided.stage;
    mql = decided.decidedBy[0]?.passed === true;
  } else {
    mql = recordedMql !== undefined || score.mql;
    stage = mql ? 'mql' : 'lead';
  }
  const becomesMql = recordedMql === undefined && mql;
  return {
    id: score.id,
    score: score.total,
    grade: score.grade,
    stage,
    mqlAt: recordedMql !== undefined ? toIso(recordedMql) : becomesMql ? toIso(asOfMs) : null,
    definitionVersion: facts.definitionVersion ?? (becomesMql && definitions ? definitions.version : null),
  };
}

