/** @jest-environment ./test/environment/node-with-dom.cjs */
// null in Apex: every variable starts as null (an Integer field is not 0),
// a call or field read on null throws System.NullPointerException, and a
// comparison with null is false rather than an error.
const { apex, apexThrows } = require('./apex.js');

const NPE = 'System.NullPointerException: Attempt to de-reference a null object';

describe('null', () => {
  it('a method call on null throws System.NullPointerException (JavaScript: a TypeError)', () => {
    expect(apexThrows('String s; return s.trim();')).toBe(NPE);
    expect(apexThrows("Map<String, Object> m; return m.get('a');")).toBe(NPE);
    expect(() => null.trim()).toThrow(TypeError);
  });

  it('an uninitialised Integer is null, not 0: ++ on it throws', () => {
    expect(apex('Integer n; return n;')).toBeNull();
    expect(apexThrows('Integer n; n++; return n;')).toBe(NPE);
  });

  it('arithmetic with null throws; + with a String prints "null"', () => {
    expect(apexThrows('Integer n; return n + 1;')).toBe(NPE);
    expect(apex("String s; return 'x' + s;")).toBe('xnull');
  });

  it('a null number compared with < or >= is false', () => {
    expect(apex('Long n; return new List<Boolean>{ n < 5, n >= 5, n == null };')).toEqual([false, false, true]);
  });

  it('a null condition throws', () => {
    expect(apexThrows('Boolean b; if (b) { return 1; } return 2;')).toBe(NPE);
  });

  it('?. answers null where . would throw', () => {
    expect(apex('String s; return s?.trim();')).toBeNull();
  });

  it('null is an instance of nothing, and casts to anything', () => {
    expect(apex('Object o; return new List<Object>{ o instanceof String, (String) o };')).toEqual([false, null]);
  });
});
