/** @jest-environment ./test/environment/node-with-dom.cjs */
// Classes: statics initialised once on first use, instance fields before the
// constructor, inner classes, interfaces (Comparable for sort), custom
// exceptions with try/catch/finally, switch on, loops; names are
// case-insensitive as Apex's are.
const { apex, apexThrows } = require('./apex.js');

const COUNTER = `public class Counter {
    public static Integer created = 0;
    public static final List<String> LOG = new List<String>{ 'loaded' };
    public Integer n = 10;
    public Counter(Integer start) {
        n += start;
        created++;
    }
    public Integer next() {
        return ++n;
    }
    public static Integer twice(Integer x) {
        return x * 2;
    }
}`;

const RANKED = `public class Ranked {
    public interface Named {
        String name();
    }
    public class Item implements Comparable, Named {
        public Integer rank;
        public String label;
        public Item(Integer rank, String label) {
            this.rank = rank;
            this.label = label;
        }
        public Integer compareTo(Object other) {
            return rank - ((Item) other).rank;
        }
        public String name() {
            return label;
        }
    }
    public static List<String> sorted(List<Item> items) {
        items.sort();
        List<String> out = new List<String>();
        for (Item i : items) {
            out.add(i.name());
        }
        return out;
    }
}`;

const FAILURE = `public class PlantFailure extends Exception {
}`;

describe('classes', () => {
  it('static fields initialise once, on first use; instance fields before the constructor', () => {
    expect(
      apex(
        'Counter a = new Counter(1); Counter b = new Counter(5); a.next(); return new List<Object>{ a.n, b.n, Counter.created, Counter.LOG, Counter.twice(21) };',
        { 'Counter.cls': COUNTER },
      ),
    ).toEqual([12, 15, 2, ['loaded'], 42]);
  });

  it('names are case-insensitive: COUNTER.TWICE is Counter.twice', () => {
    expect(apex('return COUNTER.TWICE(2);', { 'Counter.cls': COUNTER })).toBe(4);
  });

  it('inner classes, interfaces and Comparable drive List.sort()', () => {
    expect(
      apex("return Ranked.sorted(new List<Ranked.Item>{ new Ranked.Item(3, 'c'), new Ranked.Item(1, 'a'), new Ranked.Item(2, 'b') });", {
        'Ranked.cls': RANKED,
      }),
    ).toEqual(['a', 'b', 'c']);
    expect(
      apex("Object i = new Ranked.Item(1, 'a'); return new List<Boolean>{ i instanceof Ranked.Named, i instanceof Comparable, i instanceof String };", {
        'Ranked.cls': RANKED,
      }),
    ).toEqual([true, true, false]);
  });

  it('a custom exception is thrown and caught by its type or as Exception; finally always runs', () => {
    const body = `List<String> log = new List<String>();
        try {
            throw new PlantFailure('model.fit[1].points: expected a number');
        } catch (PlantFailure e) {
            log.add(e.getMessage());
        } finally {
            log.add('finally');
        }
        try {
            Integer zero = 0;
            Integer x = 1 / zero;
        } catch (Exception e) {
            log.add(e.getTypeName() + ': ' + e.getMessage());
        }
        try {
            JSON.deserializeUntyped('{');
        } catch (System.JSONException e) {
            log.add('JSONException');
        }
        return log;`;
    expect(apex(body, { 'PlantFailure.cls': FAILURE })).toEqual([
      'model.fit[1].points: expected a number',
      'finally',
      'System.MathException: Divide by 0',
      'JSONException',
    ]);
  });

  it('an uncaught exception leaves the interpreter as the Apex exception it is', () => {
    expect(apexThrows("throw new PlantFailure('no agreed set');", { 'PlantFailure.cls': FAILURE })).toBe('PlantFailure: no agreed set');
  });

  it('a catch of another type does not catch', () => {
    expect(apexThrows("try { throw new PlantFailure('x'); } catch (System.TypeException e) { return 'caught'; }", { 'PlantFailure.cls': FAILURE })).toBe(
      'PlantFailure: x',
    );
  });
});

describe('System.assert', () => {
  it('assertEquals compares Strings exactly, unlike ==', () => {
    expect(apexThrows("System.assertEquals('MQL', 'mql', 'stage'); return null;")).toBe(
      'System.AssertException: Assertion Failed: stage: Expected: MQL, Actual: mql',
    );
    expect(apex("System.assert('MQL' == 'mql'); System.assertEquals(new List<Object>{ 1, 'a' }, new List<Object>{ 1, 'a' }); return 'passed';")).toBe('passed');
  });

  it('an assertion failure cannot be caught', () => {
    expect(apexThrows("try { System.assert(false, 'no'); } catch (Exception e) { return 'caught'; } return null;")).toBe(
      'System.AssertException: Assertion Failed: no',
    );
  });

  it('collections print as String.valueOf prints them', () => {
    expect(apex("return 'got ' + new List<Integer>{ 1, 2 } + ' ' + new Set<String>{ 'a' } + ' ' + new Map<String, Integer>{ 'k' => 1 };")).toBe(
      'got (1, 2) {a} {k=1}',
    );
  });
});

describe('statements', () => {
  it('switch on with several values, numbers and else; when null', () => {
    const body = `List<String> out = new List<String>();
        for (Object v : new List<Object>{ 'in', 'gte', 'x', null }) {
            switch on (String) v {
                when 'in', 'nin' { out.add('list'); }
                when 'gte' { out.add('compare'); }
                when null { out.add('null'); }
                when else { out.add('other'); }
            }
        }
        Integer n = -1;
        switch on n { when -1 { out.add('minus one'); } }
        return out;`;
    expect(apex(body)).toEqual(['list', 'compare', 'other', 'null', 'minus one']);
  });

  it('for loops with break and continue, enhanced for over a Set, while', () => {
    const body = `Integer sum = 0;
        for (Integer i = 0; i < 10; i++) {
            if (i == 2) { continue; }
            if (i == 5) { break; }
            sum += i;
        }
        for (String s : new Set<String>{ 'a', 'bb' }) { sum += s.substring(0, 1) == 'A' ? 100 : 1000; }
        Integer w = 0;
        while (w < 3) { w++; }
        return sum + w;`;
    expect(apex(body)).toBe(1 + 3 + 4 + 100 + 1000 + 3);
  });

  it('?: with an Integer and a Double branch is a Double', () => {
    expect(apex('Boolean yes = true; Double d = 2; Object o = yes ? 1 : d; return o instanceof Double;')).toBe(true);
  });
});
