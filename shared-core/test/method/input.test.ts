import { diagnose, majority } from '../../src/method';
import { AS_OF, answersWith, firstChecked } from './helpers';

function issuesOf(input: unknown, asOf: unknown = AS_OF) {
  const result = diagnose(input, { asOf: asOf as string });
  if (result.ok) throw new Error('expected issues');
  return result.issues;
}

describe('diagnosis input', () => {
  it('refuses items outside 1-15 with the path of the key', () => {
    expect(issuesOf({ answers: { '16': true } })).toEqual([
      expect.objectContaining({ path: 'answers.16', message: expect.stringContaining('1') }),
    ]);
    expect(issuesOf({ answers: { '0': false } })[0]?.path).toBe('answers.0');
    expect(issuesOf({ answers: { '01': true } })[0]?.path).toBe('answers.01');
  });

  it('refuses answers that are not booleans with the path of the item', () => {
    const [issue] = issuesOf({ answers: { '1': 'yes' } });
    expect(issue?.path).toBe('answers.1');
    expect(issue?.code).toBe('invalid_type');
    expect(issuesOf({ answers: [true, false] })[0]?.path).toBe('answers');
    expect(issuesOf(null)[0]?.path).toBe('');
  });

  it('refuses both answers and respondents, and neither', () => {
    const both = issuesOf({ answers: {}, respondents: [{ role: 'sales', answers: {} }] });
    expect(both).toEqual([expect.objectContaining({ path: 'respondents', message: expect.stringContaining('not both') })]);
    expect(issuesOf({})[0]).toEqual(expect.objectContaining({ path: 'answers', message: expect.stringContaining('respondents') }));
  });

  it('checks respondents field by field', () => {
    expect(issuesOf({ respondents: [] })[0]?.path).toBe('respondents');
    expect(issuesOf({ respondents: [{ role: 'ceo', answers: {} }] })[0]?.path).toBe('respondents[0].role');
    expect(issuesOf({ respondents: [{ role: 'sales', answers: { '1': 1 } }] })[0]?.path).toBe('respondents[0].answers.1');
    expect(issuesOf({ respondents: [{ role: 'sales', name: '', answers: {} }] })[0]?.path).toBe('respondents[0].name');
  });

  it('checks history entries: date, answers, and a stored level that must match its answers', () => {
    expect(issuesOf({ answers: {}, history: [{ takenAt: 'last spring', answers: {} }] })[0]?.path).toBe('history[0].takenAt');
    expect(issuesOf({ answers: {}, history: [{ takenAt: '2026-01-10' }] })[0]?.path).toBe('history[0].answers');
    expect(issuesOf({ answers: {}, history: [{ takenAt: '2026-01-10', answers: { '17': true } }] })[0]?.path).toBe(
      'history[0].answers.17',
    );
    const mismatch = issuesOf({ answers: {}, history: [{ takenAt: '2026-01-10', answers: firstChecked(4), level: 3 }] });
    expect(mismatch[0]).toEqual(expect.objectContaining({ path: 'history[0].level', message: expect.stringContaining('level 2') }));
    const ok = diagnose({ answers: {}, history: [{ takenAt: '2026-01-10', answers: firstChecked(4), level: 2 }] }, { asOf: AS_OF });
    expect(ok.ok).toBe(true);
  });

  it('accepts a stored history record with respondents and their consensus answers, and refuses answers that differ', () => {
    const respondents = [
      { role: 'marketing', answers: firstChecked(5) },
      { role: 'sales', answers: firstChecked(3) },
      { role: 'insideSales', answers: firstChecked(3) },
    ];
    const record = { id: 'd-1', takenAt: '2026-03-01', takenBy: 'u1', answers: firstChecked(3), respondents, level: 1, effectiveLevel: 1, checkedCount: 3 };
    const ok = diagnose({ answers: firstChecked(4), history: [record] }, { asOf: AS_OF });
    expect(ok.ok && ok.value.trend?.points[0]).toEqual(expect.objectContaining({ level: 1, checkedCount: 3 }));
    expect(issuesOf({ answers: {}, history: [{ ...record, answers: firstChecked(5) }] })[0]).toEqual(
      expect.objectContaining({ path: 'history[0].answers', message: expect.stringContaining('[1,2,3]') }),
    );
  });

  it('refuses a history entry taken after asOf, and a bad asOf', () => {
    expect(issuesOf({ answers: {}, history: [{ takenAt: '2026-12-01', answers: {} }] })[0]).toEqual(
      expect.objectContaining({ path: 'history[0].takenAt', code: 'after_as_of' }),
    );
    expect(issuesOf({ answers: {} }, 'tomorrow')[0]?.path).toBe('asOf');
  });

  it('counts a missing item as unanswered and unchecked', () => {
    const result = diagnose({ answers: { '1': true, '2': false } }, { asOf: AS_OF });
    if (!result.ok) throw new Error('unexpected issues');
    expect(result.value.unanswered).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]);
    expect(result.value.gaps).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]);
    expect(result.value.answers).toEqual({ '1': true, '2': false });
  });

  it('returns plain JSON with texts in the chosen language (ja by default)', () => {
    const ja = diagnose({ answers: answersWith([1, 2, 3]) }, { asOf: AS_OF });
    const en = diagnose({ answers: answersWith([1, 2, 3]) }, { asOf: new Date('2026-11-27T00:00:00Z'), lang: 'en' });
    if (!ja.ok || !en.ok) throw new Error('unexpected issues');
    expect(JSON.parse(JSON.stringify(ja.value))).toEqual(ja.value);
    expect(ja.value.asOf).toBe('2026-11-27T00:00:00.000Z');
    expect(en.value.asOf).toBe(ja.value.asOf);
    expect(ja.value.levelName).toBe('初期');
    expect(en.value.levelName).toBe('Initial');
    expect(ja.value.failurePatterns[0]?.title).toBe('診断レポートを受け取っただけで満足し、改善アクションを起こさない');
    expect(en.value.failurePatterns[0]?.title).toBe('The report is received and no improvement action follows');
    expect(en.value.failurePatterns[0]?.titleKey).toBe('failure.no-action-after-diagnosis.title');
  });
});

describe('several respondents', () => {
  it('checks an item only when more than half of all respondents check it; a tie is unchecked and flagged', () => {
    const m = majority([answersWith([1, 2, 3]), answersWith([1, 2]), answersWith([1]), answersWith([])]);
    expect(m.answers['1']).toBe(true); // 3 of 4
    expect(m.answers['2']).toBe(false); // 2 of 4: tie
    expect(m.answers['3']).toBe(false); // 1 of 4
    expect(m.ties).toEqual([2]);
  });

  it('counts a respondent who left an item unanswered against it, and keeps an item nobody answered unanswered', () => {
    const m = majority([{ '1': true }, { '1': true }, {}]);
    expect(m.answers).toEqual({ '1': true });
    expect(majority([{ '1': true }, {}]).ties).toEqual([1]);
  });

  it('describes the consensus at the top level, and each role by the majority of its own respondents', () => {
    const result = diagnose(
      {
        respondents: [
          { role: 'marketing', name: '佐藤', answers: firstChecked(7) },
          { role: 'marketing', answers: firstChecked(7) },
          { role: 'insideSales', answers: firstChecked(4) },
          { role: 'sales', answers: firstChecked(1) },
        ],
      },
      { asOf: AS_OF, lang: 'en' },
    );
    if (!result.ok) throw new Error('unexpected issues');
    const d = result.value;
    // items 1-4: 3 or 4 of 4 -> checked; items 5-7: 2 of 4 -> tie -> unchecked
    expect(d.checked).toEqual([1, 2, 3, 4]);
    expect(d.level).toBe(2);
    expect(d.respondentCount).toBe(4);
    expect(d.byRole).toEqual({ marketing: 3, insideSales: 2, sales: 1 });
    expect(d.roleAnswers?.sales).toEqual(firstChecked(1));
    expect(d.alignment).toEqual({ disagreements: [2, 3, 4, 5, 6, 7], ties: [5, 6, 7], levelSpread: 2 });
  });

  it('takes the majority within a role; a tie within a role is unchecked for that role', () => {
    const result = diagnose(
      {
        respondents: [
          { role: 'sales', answers: firstChecked(4) },
          { role: 'sales', answers: firstChecked(3) },
        ],
      },
      { asOf: AS_OF },
    );
    if (!result.ok) throw new Error('unexpected issues');
    expect(result.value.byRole).toEqual({ sales: 1 });
    expect(result.value.alignment).toEqual({ disagreements: [], ties: [4], levelSpread: 0 });
  });

  it('shows no alignment gap when the roles agree', () => {
    const result = diagnose(
      { respondents: ['marketing', 'insideSales', 'sales'].map((role) => ({ role, answers: firstChecked(5) })) },
      { asOf: AS_OF },
    );
    if (!result.ok) throw new Error('unexpected issues');
    expect(result.value.alignment).toEqual({ disagreements: [], ties: [], levelSpread: 0 });
    expect(result.value.level).toBe(2);
  });

  it('has no byRole or alignment for a single answer set', () => {
    const result = diagnose({ answers: firstChecked(5) }, { asOf: AS_OF });
    if (!result.ok) throw new Error('unexpected issues');
    expect(result.value.byRole).toBeUndefined();
    expect(result.value.alignment).toBeUndefined();
  });
});
