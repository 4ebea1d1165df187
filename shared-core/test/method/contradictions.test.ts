import { PREREQUISITES, consistentItems, diagnose, findContradictions } from '../../src/method';
import { AS_OF, answersWith } from './helpers';

const REQUIRED_PAIRS: [number, number][] = [
  [3, 2],
  [6, 5],
  [10, 9],
  [11, 4],
  [12, 5],
  ...[4, 5, 6, 7, 8, 11, 12, 13, 14].map((item): [number, number] => [item, 1]),
];

describe('contradictions', () => {
  it('hold every prerequisite the issue names, and no other', () => {
    const pairs = PREREQUISITES.map((p) => [p.item, p.requires]);
    expect(pairs.sort()).toEqual([...REQUIRED_PAIRS].sort());
  });

  it.each(REQUIRED_PAIRS)('item %i without item %i is a contradiction; with it, not', (item, requires) => {
    // Every other prerequisite of `item` is checked, so only this pair can fire.
    const others = PREREQUISITES.filter((p) => p.item === item && p.requires !== requires).map((p) => p.requires);
    // (When item 1 is the missing one, a checked prerequisite such as 5 contradicts too: only `item`'s own are compared.)
    const without = findContradictions(answersWith([item, ...others]), 'en').filter((c) => c.item === item);
    expect(without.map((c) => [c.item, c.requires])).toEqual([[item, requires]]);
    expect(without[0]?.explanation).toContain(`Item ${item}`);
    expect(without[0]?.explanation).toContain(`item ${requires}`);
    expect(without[0]?.explanationKey).toMatch(/^contradiction\.reason\./);
    expect(findContradictions(answersWith([item, requires, ...others]), 'en')).toEqual([]);
  });

  it('explains in Japanese with both items\' labels', () => {
    const [c] = findContradictions(answersWith([1, 6]), 'ja');
    expect(c?.explanation).toContain('項目6「スコアに基づいたリード優先順位付けを行っている」');
    expect(c?.explanation).toContain('項目5「リードスコアリングのルールを設定している」');
  });

  it('leaves contradicting items out of the effective level', () => {
    // 7 checks -> level 3, but 6 and 12 lack item 5: 5 consistent -> level 2
    const answers = answersWith([1, 2, 3, 4, 6, 7, 12]);
    expect(consistentItems(answers)).toEqual([1, 2, 3, 4, 7]);
    const result = diagnose({ answers }, { asOf: AS_OF });
    if (!result.ok) throw new Error('unexpected issues');
    expect(result.value.level).toBe(3);
    expect(result.value.effectiveLevel).toBe(2);
    expect(result.value.contradictions.map((c) => [c.item, c.requires])).toEqual([
      [6, 5],
      [12, 5],
    ]);
  });

  it('counts every check when the answers are consistent', () => {
    const result = diagnose({ answers: answersWith([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]) }, { asOf: AS_OF });
    if (!result.ok) throw new Error('unexpected issues');
    expect(result.value.effectiveLevel).toBe(result.value.level);
    expect(result.value.contradictions).toEqual([]);
  });
});
