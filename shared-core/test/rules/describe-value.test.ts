import { describeValue } from '../../src';

describe('describeValue', () => {
  it('shows a decayed score to two decimals at most', () => {
    expect(describeValue(99.13974066121648, 'ja')).toBe('99.14');
    expect(describeValue(70, 'en')).toBe('70');
    expect(describeValue(6.25, 'en')).toBe('6.25');
  });

  it('joins lists, names yes/no from the catalog and marks a missing value', () => {
    expect(describeValue(['A', 'B'], 'en')).toBe('A, B');
    expect(describeValue(['A', 'B'], 'ja')).toBe('A、B');
    expect(describeValue(true, 'ja')).not.toBe(describeValue(true, 'en'));
    expect(describeValue(undefined, 'en')).toBe('-');
    expect(describeValue({ a: 1 }, 'en')).toBe('{"a":1}');
  });
});
