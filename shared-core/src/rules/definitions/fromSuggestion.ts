import { z } from '../../zod';
import { t } from '../../i18n';
import { fail, parseWith, type Result } from '../../result';
import { describeCondition, type Condition } from '../condition';
import { DefinitionSetSchema, type DefinitionSet } from './schema';
import { editDefinitionSet } from './transitions';

// A suggested model (ma-maturity suggest) becomes an ordinary change of the
// definitions: a new draft version that carries the suggested model and the
// MQL score threshold it proposes, for marketing, inside sales and sales to
// review and sign like any other edit. Nothing takes effect before they agree.

const ProposalSchema = z.object({
  model: z.unknown(),
  threshold: z.object({ to: z.number().refine(Number.isFinite, 'expected a finite number') }),
});

/** The MQL criteria with their score threshold set to `to`, or null when they have none to set. */
function withScoreThreshold(criteria: Condition, to: number): Condition | null {
  const isThreshold = (c: Condition): boolean => 'field' in c && c.field === 'score' && (c.op === 'gte' || c.op === 'gt');
  if (isThreshold(criteria)) return { ...(criteria as Extract<Condition, { field: string }>), value: to };
  if ('all' in criteria && criteria.all.filter(isThreshold).length === 1) {
    return { all: criteria.all.map((c) => (isThreshold(c) ? { ...(c as Extract<Condition, { field: string }>), value: to } : c)) };
  }
  return null;
}

/** The criteria as a sentence: the clauses of a top-level `all` joined by "and". */
function inWords(criteria: Condition, lang: 'ja' | 'en'): string {
  if (!('all' in criteria)) return describeCondition(criteria, lang);
  return criteria.all.map((c) => describeCondition(c, lang)).join(lang === 'ja' ? '、かつ' : ' and ');
}

/**
 * A new draft of `set` from a suggestion `{model, threshold: {to}}`: the
 * suggested model agreed with the definitions, and the MQL criteria's one
 * score threshold set to the suggested one (its description restated from the
 * criteria, so the text the departments sign says what the rule does).
 */
export function draftFromSuggestion(set: unknown, proposal: unknown, options: { by: string; at: string | Date; comment?: string }): Result<DefinitionSet> {
  const s = parseWith(DefinitionSetSchema, set, 'set');
  const p = parseWith(ProposalSchema, proposal, 'suggestion');
  if (!s.ok || !p.ok) return fail([...(s.ok ? [] : s.issues), ...(p.ok ? [] : p.issues)]);
  const criteria = withScoreThreshold(s.value.stages.mql.criteria, p.value.threshold.to);
  if (!criteria) {
    return fail([{ path: 'set.stages.mql.criteria', code: 'no_score_threshold', message: 'the MQL criteria hold no single score threshold (score gte N) to set; edit the criteria by hand' }]);
  }
  const description = { ja: `${inWords(criteria, 'ja')}。`, en: `${inWords(criteria, 'en')}.` };
  return editDefinitionSet(
    s.value,
    { stages: { mql: { criteria, description } }, model: p.value.model },
    { ...options, comment: options.comment ?? t('ja', 'suggestion.draft.comment') },
  );
}

/**
 * Whether `set` already carries the suggested model (it was drafted from this
 * suggestion, or agreed with it): then there is nothing to draft again. Both
 * surfaces ask this before offering the draft.
 */
export function carriesSuggestion(set: { model?: unknown } | null | undefined, suggestion: { model: unknown }): boolean {
  return !!set && JSON.stringify(set.model ?? null) === JSON.stringify(suggestion.model);
}
