/** @jest-environment ./test/environment/node-with-dom.cjs */
// Strings in Apex, where they differ from JavaScript.
const { apex, apexThrows } = require('./apex.js');

describe('String comparison', () => {
  it('== ignores case, equals() does not (JavaScript === never ignores case)', () => {
    expect(apex("return new List<Boolean>{ 'Agreed' == 'agreed', 'Agreed'.equals('agreed'), 'Agreed' != 'AGREED' };")).toEqual([true, false, false]);
    expect('Agreed' === 'agreed').toBe(false);
  });

  it('Map keys and Set elements are case-sensitive, unlike ==', () => {
    expect(apex("Map<String, Integer> m = new Map<String, Integer>{ 'mql' => 1 }; return new List<Object>{ m.get('MQL'), m.containsKey('mql') };")).toEqual([
      null,
      true,
    ]);
    expect(apex("Set<String> s = new Set<String>{ 'task' }; return s.contains('Task');")).toBe(false);
  });

  it('switch on a String matches case-sensitively', () => {
    expect(apex("switch on 'GT' { when 'gt' { return 'lower'; } when else { return 'else'; } }")).toBe('else');
  });

  it('equals(Object) is false for a non-String', () => {
    expect(apex("Object o = 1; return 'Task'.equals(o);")).toBe(false);
  });
});

describe('String methods', () => {
  it('trim() removes only characters up to U+0020: a full-width space stays (JavaScript trims it)', () => {
    expect(apex("return '\\u3000 MQL \\t'.trim();")).toBe('\u3000 MQL');
    expect('\u3000 MQL \t'.trim()).toBe('MQL');
  });

  it('isBlank() is true for null, empty and Java whitespace (U+3000 too), false for a no-break space', () => {
    expect(
      apex(
        "return new List<Boolean>{ String.isBlank(null), String.isBlank(''), String.isBlank(' \\t'), String.isBlank('\\u3000'), String.isBlank('\\u00A0'), String.isNotBlank('x') };",
      ),
    ).toEqual([true, true, true, true, false, true]);
  });

  it('substring() out of range throws System.StringException (JavaScript clamps)', () => {
    expect(apex("return 'abc'.substring(1) + '|' + 'abc'.substring(0, 2);")).toBe('bc|ab');
    expect(apexThrows("return 'abc'.substring(0, 5);")).toBe('System.StringException: Ending position out of bounds: 5');
    expect('abc'.substring(0, 5)).toBe('abc');
  });

  it('contains, startsWith, endsWith and remove are case-sensitive', () => {
    expect(
      apex("return new List<Object>{ 'Form /contact'.contains('/Contact'), '-09:00'.startsWith('-'), 'MA_At__c'.endsWith('_At__c'), '+09:00'.remove(':') };"),
    ).toEqual([false, true, true, '+0900']);
  });

  it('String.valueOf and + print numbers as Java does: a Double 85 is "85.0" (JavaScript: "85")', () => {
    expect(apex("Double d = 85; Double big = 10000000; return String.valueOf(d) + ' ' + 12 + ' ' + 1.50 + ' ' + 60000L + ' ' + big + ' ' + null;")).toBe(
      '85.0 12 1.50 60000 1.0E7 null',
    );
    expect(String(85)).toBe('85');
  });

  it('length() counts UTF-16 code units, as JavaScript does', () => {
    expect(apex("return '営業部長'.length() + ' '.length();")).toBe(5);
  });

  it('String.join joins Lists and Sets in their order', () => {
    expect(apex("return String.join(new List<String>{ 'a', 'b' }, ', ') + '|' + String.join(new Set<String>{ 'x', 'y' }, '-');")).toBe('a, b|x-y');
  });
});
