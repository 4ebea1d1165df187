/** @jest-environment ./test/environment/node-with-dom.cjs */
// Date and Datetime (GMT only), JSON.deserializeUntyped's types, and Java
// regular expressions through Pattern and Matcher.
const { apex, apexType, apexThrows, apexRefuses } = require('./apex.js');

describe('Date and Datetime', () => {
  it('Datetime.newInstance(ms), getTime() and formatGmt with quoted text', () => {
    expect(apex("Datetime t = Datetime.newInstance(1795770000000L); return t.formatGmt('yyyy-MM-dd\\'T\\'HH:mm:ss.SSS\\'Z\\'') + ' ' + t.getTime();")).toBe(
      '2026-11-27T09:00:00.000Z 1795770000000',
    );
    expect(apexType('return Datetime.newInstance(0L).getTime();')).toBe('Long');
  });

  it('Date.newInstance, daysBetween and daysInMonth (leap years)', () => {
    expect(
      apex(
        'Date epoch = Date.newInstance(1970, 1, 1); return new List<Integer>{ epoch.daysBetween(Date.newInstance(2026, 11, 27)), Date.daysInMonth(2024, 2), Date.daysInMonth(2100, 2), Date.daysInMonth(2000, 2) };',
      ),
    ).toEqual([20784, 29, 28, 29]);
  });

  it('refuses a day outside the calendar and pattern letters it does not implement', () => {
    expect(apexRefuses('return Date.newInstance(2026, 2, 30);')).toMatch(/Date.newInstance\(2026, 2, 30\) outside the calendar at T.cls:3/);
    expect(apexRefuses("return Datetime.newInstance(0L).formatGmt('EEE');")).toMatch(/formatGmt pattern letter EEE/);
  });
});

describe('JSON', () => {
  it('deserializeUntyped: objects are Map<String,Object> in document order, arrays List<Object>', () => {
    expect(apexType('return JSON.deserializeUntyped(\'{"b": 1, "a": [true, null]}\');')).toBe('Map<String,Object>');
    expect(
      apex('Map<String, Object> m = (Map<String, Object>) JSON.deserializeUntyped(\'{"b": 1, "a": [true, null]}\'); return new List<String>(m.keySet());'),
    ).toEqual(['b', 'a']);
  });

  it('whole numbers are Integer (Long past 32 bits), numbers with a point Decimal keeping their scale', () => {
    expect(
      apex(
        "List<Object> xs = (List<Object>) JSON.deserializeUntyped('[1, 4294967296, 1.50]'); return new List<Boolean>{ xs[0] instanceof Integer, xs[1] instanceof Long, xs[2] instanceof Decimal, xs[2] instanceof Double };",
      ),
    ).toEqual([true, true, true, false]);
    expect(apex("List<Object> xs = (List<Object>) JSON.deserializeUntyped('[1.50]'); return ((Decimal) xs[0]).toPlainString();")).toBe('1.50');
  });

  it('bad JSON throws System.JSONException', () => {
    expect(apexThrows('return JSON.deserializeUntyped(\'{"a": }\');')).toMatch(/^System.JSONException: /);
  });

  it('serialize writes JSON (a Double as Java prints it)', () => {
    expect(apex("Double d = 85; return JSON.serialize(new Map<String, Object>{ 'total' => d, 'tags' => new List<String>{ 'a' }, 'none' => null });")).toBe(
      '{"total":85.0,"tags":["a"],"none":null}',
    );
  });
});

describe('Pattern and Matcher', () => {
  it('matches() the whole text, find() the next match, group(n) is null for a group that did not take part', () => {
    const body = `Matcher m = Pattern.compile('^(\\\\d{4})-(\\\\d{2})(?:T(\\\\d{2}))?$').matcher('2026-11');
        Matcher f = Pattern.compile('(/[\\\\w\\\\-./%?=&]*)').matcher('Form /contact?x=1 and /pricing');
        return new List<Object>{ m.matches(), m.group(1), m.group(3), f.find(), f.group(1), f.find(), f.group(1), f.find() };`;
    expect(apex(body)).toEqual([true, '2026', null, true, '/contact?x=1', true, '/pricing', false]);
  });

  it("\\s is ASCII whitespace in Java: a full-width space is not one (JavaScript's \\s takes it)", () => {
    expect(apex("return Pattern.compile('a\\\\sb').matcher('a\\u3000b').matches();")).toBe(false);
    expect(/^a\sb$/.test('a\u3000b')).toBe(true);
  });

  it('refuses Java constructs whose meaning differs in JavaScript', () => {
    expect(apexRefuses("return Pattern.compile('a++').matcher('aa').matches();")).toMatch(/possessive quantifier/);
    expect(apexRefuses("return Pattern.compile('(?i)a').matcher('A').matches();")).toMatch(/the group \(\?i\)/);
    expect(apexRefuses("return Pattern.compile('\\\\p{L}').matcher('a').matches();")).toMatch(/the escape \\p/);
  });
});
