import { idSet } from '../../src/cli/stream/idSet';

describe('the ids a streamed run has seen', () => {
  it('answers where an id was first seen, and nothing for a new one, across many growths of the table', () => {
    const seen = idSet(4);
    const ids = Array.from({ length: 200_000 }, (_, i) => `L${i}`);
    // No false repeat among 200,000 distinct ids (the table grows from 4 slots).
    expect(ids.filter((id, i) => seen.firstSeen(id, i + 1) !== undefined)).toEqual([]);
    // Every id seen again names its first record.
    expect([0, 1, 99_999, 199_999].map((i) => seen.firstSeen(ids[i] as string, 500_000))).toEqual([1, 2, 100_000, 200_000]);
  });

  it('tells apart ids that differ only in case, order or a character beyond the BMP', () => {
    const seen = idSet();
    const ids = ['ab', 'ba', 'AB', 'a b', 'ab ', '😀1', '😀2', '', '0'];
    expect(ids.map((id, i) => seen.firstSeen(id, i))).toEqual(ids.map(() => undefined));
    expect(seen.firstSeen('😀2', 99)).toBe(6);
  });
});
