import { AXES, AXIS_ITEMS, axisOf, diagnose, ITEM_NUMBERS, profileOf, weakestAxisOf, type Diagnosis } from '../../src/method';
import { formatDiagnosisReport } from '../../src/cli/report';
import { AS_OF, answersWith } from './helpers';

function diagnosed(input: unknown, lang: 'ja' | 'en' = 'en'): Diagnosis {
  const result = diagnose(input, { asOf: AS_OF, lang });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

describe('the three axes of the seed', () => {
  it('map the items as the contract says', () => {
    expect(AXES).toEqual(['process', 'data', 'automation']);
    expect(AXIS_ITEMS).toEqual({ process: [6, 10, 14, 15], data: [2, 3, 4, 8, 9], automation: [1, 5, 7, 11, 12, 13] });
  });

  it('put every checklist item on exactly one axis', () => {
    const all = AXES.flatMap((axis) => AXIS_ITEMS[axis]).sort((a, b) => a - b);
    expect(all).toEqual([...ITEM_NUMBERS]);
    expect(ITEM_NUMBERS.map(axisOf)).toEqual(['automation', 'data', 'data', 'data', 'automation', 'process', 'automation', 'data', 'data', 'process', 'automation', 'automation', 'automation', 'process', 'process']);
  });

  it('count checked items per axis, in the order process, data, automation', () => {
    expect(profileOf(answersWith([1, 2, 3, 4, 5, 10]))).toEqual([
      { axis: 'process', items: [6, 10, 14, 15], checked: 1, total: 4, share: 0.25 },
      { axis: 'data', items: [2, 3, 4, 8, 9], checked: 3, total: 5, share: 0.6 },
      { axis: 'automation', items: [1, 5, 7, 11, 12, 13], checked: 2, total: 6, share: 2 / 6 },
    ]);
  });

  it('count an unanswered item as not checked', () => {
    expect(profileOf({}).map((s) => s.checked)).toEqual([0, 0, 0]);
    expect(profileOf({ '6': true }).map((s) => s.share)).toEqual([0.25, 0, 0]);
  });
});

describe('the weakest axis', () => {
  it('is the lowest share, with its unchecked items in the order that unlocks the next level', () => {
    const answers = answersWith([1, 2, 3, 4, 5, 6]);
    // process 1/4, data 3/5, automation 2/6
    expect(weakestAxisOf(profileOf(answers), answers)).toEqual({ axis: 'process', share: 0.25, items: [10, 14, 15] });
  });

  it('on a tie goes to the axis whose first gap unlocks a level first', () => {
    // process 0/4 (first gap 6, band 2), data 0/5 (first gap 2, band 1), automation 0/6 (first gap 1, band 1): item 1 first
    expect(weakestAxisOf(profileOf({}), {})?.axis).toBe('automation');
    // data 0/5 and process 0/4 tie; automation 1/6 is higher: data's gap 2 (band 1) beats process' 6 (band 2)
    const answers = answersWith([1]);
    expect(weakestAxisOf(profileOf(answers), answers)).toEqual({ axis: 'data', share: 0, items: [2, 3, 4, 8, 9] });
    // process 2/4 ties automation 3/6 (data is full): automation's gap 11 (band 4) comes before process' 14 (band 5)
    const half = answersWith([2, 3, 4, 8, 9, 6, 10, 1, 5, 7]);
    expect(weakestAxisOf(profileOf(half), half)).toEqual({ axis: 'automation', share: 0.5, items: [11, 12, 13] });
  });

  it('is null when every item is checked', () => {
    const all = answersWith([...ITEM_NUMBERS]);
    expect(weakestAxisOf(profileOf(all), all)).toBeNull();
  });
});

describe('diagnose', () => {
  it('gives the profile and the weakest axis of the answers', () => {
    const d = diagnosed({ answers: answersWith([1, 2, 3, 4, 5]) });
    expect(d.profile.map((s) => [s.axis, s.checked, s.total])).toEqual([
      ['process', 0, 4],
      ['data', 3, 5],
      ['automation', 2, 6],
    ]);
    expect(d.weakestAxis).toEqual({ axis: 'process', share: 0, items: [6, 10, 14, 15] });
    expect(d.profileByRole).toBeUndefined();
  });

  it('with respondents, profiles the consensus and each role on its own answers', () => {
    const d = diagnosed({
      respondents: [
        { role: 'marketing', answers: answersWith([1, 2, 3, 4, 5, 6, 9, 10]) },
        { role: 'sales', answers: answersWith([1, 2]) },
        { role: 'sales', answers: answersWith([1, 2, 8]) },
      ],
    });
    // consensus: 1 and 2 (three of three); 8 only one of three
    expect(d.profile.map((s) => s.checked)).toEqual([0, 1, 1]);
    expect(d.profileByRole?.marketing?.map((s) => s.checked)).toEqual([2, 4, 2]);
    // sales' own majority: 1 and 2; item 8 is a tie between the two reps, so unchecked
    expect(d.profileByRole?.sales?.map((s) => s.checked)).toEqual([0, 1, 1]);
    expect(Object.keys(d.profileByRole ?? {})).toEqual(['marketing', 'sales']);
  });
});

describe('the text report', () => {
  it('shows each axis with its count and share and names the axis to work on first (ja)', () => {
    const text = formatDiagnosisReport(diagnosed({ answers: answersWith([1, 2, 3, 4, 5, 10]) }, 'ja'));
    expect(text).toContain('三つの軸(組織プロセス・データ管理・自動化度)');
    expect(text).toContain('  組織プロセス: 1/4項目(25%)\n  データ管理: 3/5項目(60%)\n  自動化度: 2/6項目(33%)\n');
    expect(text).toContain('最初に取り組む軸: 組織プロセス(25%)。次の項目から: 6 スコアに基づいたリード優先順位付けを行っている、14 ');
  });

  it('in English, and says so when every item is checked', () => {
    const text = formatDiagnosisReport(diagnosed({ answers: answersWith([1, 2, 3, 4, 5, 10]) }, 'en'));
    expect(text).toContain('  Organisational process: 1/4 items (25%)\n  Data management: 3/5 items (60%)\n  Automation: 2/6 items (33%)\n');
    expect(text).toContain('Work on first: Organisational process (25%), starting with 6 Leads are prioritised by score, 14 ');
    const top = formatDiagnosisReport(diagnosed({ answers: answersWith([...ITEM_NUMBERS]) }, 'en'));
    expect(top).toContain('Every item of every axis is checked.');
    expect(top).not.toContain('Work on first');
  });

  it('adds each department’s axes when several departments answered', () => {
    const text = formatDiagnosisReport(
      diagnosed({
        respondents: [
          { role: 'marketing', answers: answersWith([1, 2, 3, 4, 5, 6]) },
          { role: 'insideSales', answers: answersWith([1, 2]) },
        ],
      }),
    );
    expect(text).toContain('The three axes by department');
    expect(text).toContain('  Marketing: Organisational process 1/4, Data management 3/5, Automation 2/6\n');
    expect(text).toContain('  Inside sales: Organisational process 0/4, Data management 1/5, Automation 1/6\n');
    const single = formatDiagnosisReport(diagnosed({ respondents: [{ role: 'marketing', answers: answersWith([1]) }] }));
    expect(single).not.toContain('The three axes by department');
  });
});
