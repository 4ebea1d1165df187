// The two numbers teams most often renegotiate, edited in place: the MQL
// score threshold (a `score >= N` criterion) and the SAL acceptance window.
// Anything else in the criteria stays as it is.
import type { DefinitionSet } from './core';

type Stages = DefinitionSet['stages'];
type Condition = Stages['mql']['criteria'];
type Leaf = { field: string; op: string; value?: unknown };

const isScoreFloor = (c: unknown): c is Leaf =>
  typeof c === 'object' && c !== null && (c as Leaf).field === 'score' && (c as Leaf).op === 'gte' && typeof (c as Leaf).value === 'number';

/** The MQL score threshold, when the criteria are `score >= N` or an `all` that contains it. */
export function mqlThreshold(criteria: Condition): number | null {
  if (isScoreFloor(criteria)) return (criteria as Leaf).value as number;
  if ('all' in criteria) {
    const leaf = criteria.all.find(isScoreFloor) as Leaf | undefined;
    return leaf ? (leaf.value as number) : null;
  }
  return null;
}

function withThreshold(criteria: Condition, value: number): Condition {
  if (isScoreFloor(criteria)) return { ...criteria, value } as Condition;
  if ('all' in criteria) return { ...criteria, all: criteria.all.map((c) => (isScoreFloor(c) ? { ...c, value } : c)) } as Condition;
  return criteria;
}

/** The stages with the edited numbers; the rest untouched. */
export function editedStages(stages: Stages, edits: { mqlScore?: number; salHours?: number }): Stages {
  return {
    ...stages,
    mql: edits.mqlScore === undefined ? stages.mql : { ...stages.mql, criteria: withThreshold(stages.mql.criteria, edits.mqlScore) },
    sal: edits.salHours === undefined ? stages.sal : { ...stages.sal, acceptWithinHours: edits.salHours },
  };
}
