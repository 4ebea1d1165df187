import { compileCondition, conditionProblems, describeCondition, explainCondition, type Condition } from '../../src/rules/condition';
import { RuleConditionSchema } from '../../src/rules';
import { parseWith } from '../../src/result';

const holds = (condition: Condition | undefined, facts: Record<string, unknown>) => compileCondition(condition)(facts);

describe('condition operators', () => {
  const lead = {
    employees: 1200,
    industry: 'manufacturing',
    url: 'https://example.com/pricing/enterprise',
    tags: ['erp', 'crm'],
    zero: 0,
    flag: false,
    nothing: null,
    createdAt: '2026-11-01T09:00:00Z',
  };

  it.each<[Condition, boolean]>([
    [{ field: 'industry', op: 'eq', value: 'manufacturing' }, true],
    [{ field: 'industry', op: 'eq', value: 'Manufacturing' }, false],
    [{ field: 'flag', op: 'eq', value: false }, true],
    [{ field: 'tags', op: 'eq', value: 'crm' }, true],
    [{ field: 'industry', op: 'neq', value: 'it' }, true],
    [{ field: 'industry', op: 'neq', value: 'manufacturing' }, false],
    [{ field: 'industry', op: 'in', value: ['it', 'manufacturing'] }, true],
    [{ field: 'industry', op: 'in', value: ['it'] }, false],
    [{ field: 'tags', op: 'in', value: ['crm', 'ma'] }, true],
    [{ field: 'industry', op: 'nin', value: ['it', 'finance'] }, true],
    [{ field: 'industry', op: 'nin', value: ['manufacturing'] }, false],
    [{ field: 'url', op: 'contains', value: '/pricing' }, true],
    [{ field: 'url', op: 'contains', value: '/careers' }, false],
    [{ field: 'tags', op: 'contains', value: 'erp' }, true],
    [{ field: 'employees', op: 'contains', value: '12' }, false],
    [{ field: 'url', op: 'startsWith', value: 'https://example.com' }, true],
    [{ field: 'url', op: 'startsWith', value: 'example.com' }, false],
    [{ field: 'employees', op: 'gt', value: 1200 }, false],
    [{ field: 'employees', op: 'gt', value: 1199 }, true],
    [{ field: 'employees', op: 'gte', value: 1200 }, true],
    [{ field: 'employees', op: 'gte', value: 1201 }, false],
    [{ field: 'employees', op: 'lt', value: 1200 }, false],
    [{ field: 'employees', op: 'lt', value: 1201 }, true],
    [{ field: 'employees', op: 'lte', value: 1200 }, true],
    [{ field: 'employees', op: 'lte', value: 1199 }, false],
    [{ field: 'zero', op: 'lte', value: 0 }, true],
    [{ field: 'industry', op: 'gt', value: 5 }, false],
    [{ field: 'createdAt', op: 'gte', value: '2026-11-01' }, true],
    [{ field: 'createdAt', op: 'lt', value: '2026-11-01T09:00' }, false],
    [{ field: 'createdAt', op: 'lte', value: '2026-11-01T18:00:00+09:00' }, true],
    [{ field: 'employees', op: 'exists' }, true],
    [{ field: 'zero', op: 'exists' }, true],
    [{ field: 'flag', op: 'exists' }, true],
  ])('%j is %s', (condition, expected) => {
    expect(holds(condition, lead)).toBe(expected);
  });

  it('answers false for every operator on a missing or null field', () => {
    const ops: Condition[] = [
      { field: 'x', op: 'eq', value: 'a' },
      { field: 'x', op: 'neq', value: 'a' },
      { field: 'x', op: 'in', value: ['a'] },
      { field: 'x', op: 'nin', value: ['a'] },
      { field: 'x', op: 'contains', value: 'a' },
      { field: 'x', op: 'startsWith', value: 'a' },
      { field: 'x', op: 'gt', value: 1 },
      { field: 'x', op: 'gte', value: 1 },
      { field: 'x', op: 'lt', value: 1 },
      { field: 'x', op: 'lte', value: 1 },
      { field: 'x', op: 'exists' },
    ];
    for (const c of ops) {
      expect(holds(c, {})).toBe(false);
      expect(holds(c, { x: null })).toBe(false);
    }
  });

  it('inverts a leaf on a missing field with not', () => {
    expect(holds({ not: { field: 'x', op: 'eq', value: 'a' } }, {})).toBe(true);
    expect(holds({ not: { field: 'x', op: 'exists' } }, { x: null })).toBe(true);
    expect(holds({ not: { field: 'x', op: 'exists' } }, { x: 'set' })).toBe(false);
  });

  it('combines with all and any, and an omitted condition is always true', () => {
    const a: Condition = { field: 'a', op: 'eq', value: 1 };
    const b: Condition = { field: 'b', op: 'eq', value: 1 };
    expect(holds({ all: [a, b] }, { a: 1, b: 1 })).toBe(true);
    expect(holds({ all: [a, b] }, { a: 1, b: 2 })).toBe(false);
    expect(holds({ any: [a, b] }, { a: 2, b: 1 })).toBe(true);
    expect(holds({ any: [a, b] }, { a: 2, b: 2 })).toBe(false);
    expect(holds(undefined, {})).toBe(true);
  });
});

describe('condition validation', () => {
  it('reports each problem at its own path', () => {
    const result = parseWith(RuleConditionSchema, {
      all: [{ field: 'a', op: 'eq', value: 1 }, { field: '', op: 'between', value: 2 }, { any: [] }, { not: { field: 'b', op: 'in', value: 'x' } }],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => i.path)).toEqual(['all[1].field', 'all[1].op', 'all[2].any', 'all[3].not.value']);
  });

  it.each<[unknown, string]>([
    [{ field: 'a', op: 'gt', value: 'soon' }, 'value'],
    [{ field: 'a', op: 'contains', value: true }, 'value'],
    [{ field: 'a', op: 'eq' }, 'value'],
    [{ field: 'a', op: 'eq', value: { nested: 1 } }, 'value'],
    [{ field: 'a', op: 'eq', value: 1, extra: 1 }, 'extra'],
    [{ all: [{ field: 'a', op: 'exists' }], any: [] }, ''],
    ['text', ''],
  ])('refuses %j at "%s"', (input, path) => {
    expect(conditionProblems(input).map((p) => p.path.join('.'))).toContain(path);
  });

  it('lets exists go without a value and ignores one if given', () => {
    expect(conditionProblems({ field: 'a', op: 'exists' })).toEqual([]);
    expect(conditionProblems({ field: 'a', op: 'exists', value: 123 })).toEqual([]);
  });
});

describe('explaining and describing conditions', () => {
  it('lists each leaf with the record value and its answer', () => {
    const c: Condition = { all: [{ field: 'score', op: 'gte', value: 70 }, { not: { field: 'student', op: 'eq', value: true } }] };
    expect(explainCondition(c, { score: 72 })).toEqual([
      { field: 'score', op: 'gte', value: 70, actual: 72, passed: true },
      { field: 'student', op: 'eq', value: true, actual: null, passed: false, negated: true },
    ]);
  });

  it('reads as words in Japanese and English', () => {
    const c: Condition = { all: [{ field: 'score', op: 'gte', value: 70 }, { field: 'grade', op: 'in', value: ['A', 'B'] }] };
    expect(describeCondition(c, 'ja')).toBe('すべてを満たす(スコア が 70 以上 / グレード が A、B のいずれか)');
    expect(describeCondition(c, 'en')).toBe('all of (score is 70 or more / grade is one of A, B)');
    expect(describeCondition({ field: 'customField', op: 'exists' }, 'en')).toBe('customField is filled in');
  });
});
