/** @jest-environment ./test/environment/node-with-dom.cjs */
// List, Set and Map: typed elements, bounds, iteration order and the rule
// that a collection cannot change while a for loop iterates it.
const { apex, apexType, apexThrows, apexRefuses } = require('./apex.js');

describe('List', () => {
  it('an Integer added to a List<Double> becomes a Double', () => {
    expect(apexType('List<Double> xs = new List<Double>(); xs.add(1); return xs[0];')).toBe('Double');
    expect(apexType('List<Double> xs = new List<Double>{ 1, 2 }; return xs[1];')).toBe('Double');
  });

  it('an index out of range throws System.ListException (JavaScript answers undefined)', () => {
    expect(apexThrows("List<String> xs = new List<String>{ 'a' }; return xs[1];")).toBe('System.ListException: List index out of bounds: 1');
    expect(['a'][1]).toBeUndefined();
  });

  it('size, isEmpty, get, clone, and a copy of a Set', () => {
    expect(
      apex(
        "List<String> xs = new List<String>(new Set<String>{ 'b', 'a' }); List<String> ys = xs.clone(); ys.add('c'); return new List<Object>{ xs.size(), ys.size(), xs.isEmpty(), xs.get(0) };",
      ),
    ).toEqual([2, 3, false, 'b']);
  });

  it('sort() orders numbers by value and Strings whose order does not depend on case', () => {
    expect(apex('List<Long> xs = new List<Long>{ 10L, 9L, -1L }; xs.sort(); return xs;')).toEqual([-1, 9, 10]);
    expect(apex("List<String> xs = new List<String>{ 'task', 'notification', 'owner-change' }; xs.sort(); return xs;")).toEqual([
      'notification',
      'owner-change',
      'task',
    ]);
    expect(apexRefuses("List<String> xs = new List<String>{ 'b', 'B', 'a' }; xs.sort(); return xs;")).toMatch(
      /List.sort\(\) of Strings whose order depends on case/,
    );
  });

  it('changing a list inside a for loop over it throws System.FinalException', () => {
    expect(apexThrows('List<Integer> xs = new List<Integer>{ 1, 2 }; for (Integer x : xs) { xs.add(x); } return xs;')).toBe(
      'System.FinalException: Cannot modify a collection while it is being iterated.',
    );
  });
});

describe('Set and Map', () => {
  it('iterate in insertion order', () => {
    expect(apex("Map<String, Integer> m = new Map<String, Integer>{ 'z' => 1, 'a' => 2 }; m.put('m', 3); return new List<String>(m.keySet());")).toEqual([
      'z',
      'a',
      'm',
    ]);
    expect(apex("Set<String> s = new Set<String>{ 'z', 'a' }; s.add('z'); s.addAll(new List<String>{ 'b' }); return s;")).toEqual(['z', 'a', 'b']);
  });

  it('get of a missing key is null; put answers the previous value; remove, containsKey, clone, values', () => {
    expect(
      apex(
        "Map<String, Integer> m = new Map<String, Integer>{ 'a' => 1 }; Map<String, Integer> c = m.clone(); Object before = m.put('a', 2); m.remove('a'); return new List<Object>{ m.get('b'), before, m.containsKey('a'), c.get('a'), c.values(), c.size() };",
      ),
    ).toEqual([null, 1, false, 1, [1], 1]);
  });

  it('keys of different number types are different keys', () => {
    expect(apex("Map<Object, String> m = new Map<Object, String>{ 1 => 'int' }; return m.get(1L);")).toBeNull();
  });

  it('instanceof checks the element types exactly', () => {
    expect(apex('Object o = new Map<String, Object>(); return new List<Boolean>{ o instanceof Map<String, Object>, o instanceof List<Object> };')).toEqual([
      true,
      false,
    ]);
    expect(apexRefuses('Object o = new List<String>(); return o instanceof List<Object>;')).toMatch(/instanceof List<Object> on a List<String>/);
  });
});
