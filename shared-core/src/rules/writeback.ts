// What one scoring run writes back to a lead's CRM record (a Data Loader or
// HubSpot import row): the score and grade, the stage, and the MQL date and
// definition version. Whether a lead becomes MQL is the lifecycle engine's
// decision (the agreed MQL criteria, never the model's own threshold): with
// the engine's answer the row takes its stage and stamp; without one the row
// keeps what is recorded and stamps nothing.
import { ok, parseWith, type Result } from '../result';
import { toIso } from './asOf';
import type { LeadStage } from './definitions/stage';
import { LeadFactsSchema, type LeadFacts } from './facts/leadFacts';
import type { LeadEvaluation } from './lifecycle/evaluate';
import type { Grade, ScoreResult } from './scoring/result';

export interface WritebackRow {
  id: string | null;
  /** The total score. */
  score: number;
  grade: Grade;
  /** The engine's stage when it evaluated the lead; else `mql` when an MQL date is recorded, `lead` otherwise. */
  stage: LeadStage;
  /** ISO instant: the engine's stamp in this run, else the recorded MQL date; null while it is not an MQL. */
  mqlAt: string | null;
  /** The engine's version with its stamp, else the recorded version; null otherwise. */
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

/** The row for one scored lead as of `asOfMs`, with the lifecycle engine's answer for it when the run has a program. */
export function writebackRow(score: ScoreResult, facts: LeadFacts, asOfMs: number, evaluation?: LeadEvaluation): WritebackRow {
  const recordedMql = facts.mqlAt !== undefined && facts.mqlAt <= asOfMs ? toIso(facts.mqlAt) : null;
  const base = { id: score.id, score: score.total, grade: score.grade };
  if (evaluation) {
    return {
      ...base,
      stage: evaluation.stage,
      mqlAt: evaluation.changes.mqlAt ?? recordedMql,
      definitionVersion: evaluation.changes.definitionVersion ?? facts.definitionVersion ?? null,
    };
  }
  return { ...base, stage: recordedMql ? 'mql' : 'lead', mqlAt: recordedMql, definitionVersion: facts.definitionVersion ?? null };
}
