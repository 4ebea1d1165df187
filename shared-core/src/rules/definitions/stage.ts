import type { Lang } from '../../i18n';
import { fail, ok, parseWith, type Result } from '../../result';
import { parseAsOf, toIso } from '../asOf';
import { evaluateCondition, explainCondition, type Facts, type LeafCheck } from '../condition';
import { LeadFactsSchema, factsAsOf, type LeadFacts } from '../facts';
import { localText } from '../text';
import { rejectReason } from '../handoff/rejectReasons';

const reasonText = (id: string | undefined, lang: Lang): string => {
  const r = id === undefined ? undefined : rejectReason(id);
  return r ? localText(r.label, lang) : id ?? '';
};
import { DefinitionSetSchema, type DefinitionSet } from './schema';

export type LeadStage = 'lead' | 'mql' | 'sal' | 'sql' | 'rejected' | 'recycled';

/** One stage as it was decided: recorded in the CRM, or met by the criteria now. */
export interface StageDecision {
  stage: 'mql' | 'sal' | 'sql' | 'rejected' | 'recycled';
  passed: boolean;
  /** When the CRM recorded it (ISO), or null. */
  recordedAt: string | null;
  /** Each criterion with the lead's value and its answer. */
  criteria: LeafCheck[];
  /** The stage's definition text, in the requested language. */
  description: string;
  /** SAL only: accepted within the window agreed in the set. */
  withinWindow?: boolean;
}

export interface StageOfResult {
  id: string | null;
  stage: LeadStage;
  definitionVersion: number;
  decidedBy: StageDecision[];
}

/**
 * What stage criteria read: the lead's fields, with its score figures on top.
 * Not the model's own `mql` flag: the agreed MQL criteria are the only MQL
 * rule (the model's `thresholds.mql` is a preview figure).
 */
export function stageFacts(lead: LeadFacts): Facts {
  const s = lead.score;
  return s ? { ...lead.fields, score: s.total, fit: s.fit, engagement: s.engagement, grade: s.grade } : lead.fields;
}

const iso = (ms: number | undefined): string | null => (ms === undefined ? null : toIso(ms));
const latest = (...values: (number | undefined)[]): number => Math.max(-Infinity, ...values.filter((v): v is number => v !== undefined));

/**
 * The lead's stage under a definition set at `asOf`. A recorded step (mqlAt,
 * salAt, sqlAt) counts as decided; MQL and SQL are also met when their
 * criteria pass now (SQL only after SAL). A later rejection or recycle wins.
 */
export function stageOf(lead: unknown, set: unknown, asOf: string | Date, options: { lang?: Lang } = {}): Result<StageOfResult> {
  const lang = options.lang ?? 'ja';
  const l = parseWith(LeadFactsSchema, lead, 'lead');
  const s = parseWith(DefinitionSetSchema, set, 'set');
  const when = parseAsOf(asOf);
  if (!l.ok || !s.ok || !when.ok) {
    return fail([...(l.ok ? [] : l.issues), ...(s.ok ? [] : s.issues), ...(when.ok ? [] : when.issues)]);
  }
  return ok(stageOfFacts(factsAsOf(l.value, when.value), s.value, lang));
}

/** stageOf for facts and a set already parsed (a batch parses the set once): the same decision. */
export function stageOfParsed(lead: LeadFacts, set: DefinitionSet, asOfMs: number, lang: Lang = 'ja'): StageOfResult {
  return stageOfFacts(factsAsOf(lead, asOfMs), set, lang);
}

/** stageOf on parsed facts (already as of `asOf`) and a parsed set: the engine's entry. */
export function stageOfFacts(f: LeadFacts, set: DefinitionSet, lang: Lang): StageOfResult {
  const facts = stageFacts(f);
  const { mql, sal, sql } = set.stages;

  const mqlByCriteria = evaluateCondition(mql.criteria, facts);
  const mqlPassed = f.mqlAt !== undefined || mqlByCriteria;

  const rejected = f.salRejectedAt !== undefined && (f.salAt === undefined || f.salRejectedAt > f.salAt);
  const salPassed = f.salAt !== undefined && !rejected;

  const sqlByCriteria = evaluateCondition(sql.criteria, facts);
  const sqlPassed = f.sqlAt !== undefined || (salPassed && sqlByCriteria);

  // A recycle counts only while nothing happened after it (a later MQL is a re-entry).
  const recycled = f.recycledAt !== undefined && f.recycledAt >= latest(f.mqlAt, f.salAt, f.salRejectedAt, f.sqlAt);

  const decidedBy: StageDecision[] = [
    { stage: 'mql', passed: mqlPassed, recordedAt: iso(f.mqlAt), criteria: explainCondition(mql.criteria, facts), description: localText(mql.description, lang) },
    {
      stage: 'sal',
      passed: salPassed,
      recordedAt: iso(f.salAt),
      criteria: explainCondition(sal.criteria, facts),
      description: localText(sal.description, lang),
      ...(f.salAt !== undefined && f.mqlAt !== undefined ? { withinWindow: f.salAt - f.mqlAt <= sal.acceptWithinHours * 3_600_000 } : {}),
    },
    { stage: 'sql', passed: sqlPassed, recordedAt: iso(f.sqlAt), criteria: explainCondition(sql.criteria, facts), description: localText(sql.description, lang) },
  ];
  if (f.salRejectedAt !== undefined) {
    decidedBy.push({ stage: 'rejected', passed: rejected, recordedAt: iso(f.salRejectedAt), criteria: [], description: reasonText(f.rejectReason, lang) });
  }
  if (f.recycledAt !== undefined) {
    decidedBy.push({ stage: 'recycled', passed: recycled, recordedAt: iso(f.recycledAt), criteria: [], description: '' });
  }

  const stage: LeadStage = recycled ? 'recycled' : sqlPassed ? 'sql' : rejected ? 'rejected' : salPassed ? 'sal' : mqlPassed ? 'mql' : 'lead';
  return { id: f.id ?? null, stage, definitionVersion: set.version, decidedBy };
}
