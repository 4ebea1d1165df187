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
    program: { name: '産業機器事業部', scoringModel: null, handoffRules: null, fieldMapping: {} },
    diagnoses: [EARLIER, LATEST],
    definitions: { current: null, previous: null },
    ...overrides,
  };
}

export { answers };
