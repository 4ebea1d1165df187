// Realistic program data, as `ma-load-program` answers it for a company at
// level 2 with a history and three departments that answered differently.
import type { DiagnosisRecord, ProgramView } from '../../src/app/cards/program';

const answers = (checked: number[]): Record<string, boolean> =>
  Object.fromEntries(Array.from({ length: 15 }, (_, i) => [String(i + 1), checked.includes(i + 1)]));

export const EARLIER: DiagnosisRecord = {
  id: 'd-1',
  takenAt: '2026-06-01T00:00:00.000Z',
  takenBy: '山田 花子',
  answers: answers([1, 2, 3]),
  level: 1,
  effectiveLevel: 1,
  checkedCount: 3,
};

export const LATEST: DiagnosisRecord = {
  id: 'd-2',
  takenAt: '2026-11-01T00:00:00.000Z',
  takenBy: '山田 花子',
  answers: answers([1, 2, 3, 4, 5]),
  respondents: [
    { role: 'marketing', name: '山田 花子', answers: answers([1, 2, 3, 4, 5, 6]) },
    { role: 'insideSales', name: '佐藤 一郎', answers: answers([1, 2, 3, 4, 5]) },
    { role: 'sales', name: '鈴木 次郎', answers: answers([1, 2, 3]) },
  ],
  level: 2,
  effectiveLevel: 2,
  checkedCount: 5,
};

export function programView(overrides: Partial<ProgramView> = {}): ProgramView {
  return {
    companyId: '501',
    revision: 7,
    isDefault: true,
    program: { name: '産業機器事業部', scoringModel: null, handoffRules: DEFAULT_HANDOFF_RULES, fieldMapping: {} },
    diagnoses: [EARLIER, LATEST],
    definitions: { current: null, inForce: null },
    ...overrides,
  };
}

export { answers };

import { DEFAULT_HANDOFF_RULES, newDefinitionSet, signDefinitionSet, submitForReview, type DefinitionSet, type Result } from '@ma-maturity/shared-core';

const value = <T>(result: Result<T>): T => {
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
};

/** The B2B standard template, submitted and signed by the departments given. */
export function definitionSet(signedBy: ('marketing' | 'insideSales' | 'sales')[], version = 1): DefinitionSet {
  let set = value(newDefinitionSet('b2b-standard', { id: 'defs-main', by: '山田 花子', at: '2026-10-01T00:00:00Z' }));
  set = value(submitForReview(set, { by: '山田 花子', at: '2026-10-02T00:00:00Z' }));
  for (const role of signedBy) {
    set = value(signDefinitionSet(set, { role, by: `${role}-lead`, at: '2026-10-03T00:00:00Z', version: set.version, comment: 'OK' }));
  }
  return version === set.version ? set : { ...set, version };
}

/** The golden "hot manufacturing manager" model, with labels. */
export const SCORING_MODEL = {
  fit: [
    { id: 'large-company', if: { field: 'employees', op: 'gte', value: 1000 }, points: 20, label: { ja: '従業員1000名以上', en: '1,000+ employees' } },
    { id: 'manufacturing', if: { field: 'industry', op: 'eq', value: 'manufacturing' }, points: 15 },
    { id: 'manager-title', if: { field: 'title', op: 'contains', value: '部長' }, points: 10 },
    { id: 'competitor', if: { field: 'isCompetitor', op: 'eq', value: true }, points: -50 },
  ],
  engagement: [
    { id: 'pricing-page', event: 'page_view', points: 10, maxCount: 3 },
    { id: 'form-submit', event: 'form_submit', points: 25 },
    { id: 'meeting', event: 'meeting', points: 30 },
  ],
  caps: { fit: 100, engagement: 100 },
  grades: { A: 40, B: 25, C: 10 },
  thresholds: { mql: 50 },
};

export { DEFAULT_HANDOFF_RULES };
