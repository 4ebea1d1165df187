/** @jest-environment ./test/environment/node-with-dom.cjs */
// Apex's four number types, where they differ from JavaScript's one.
const { apex, apexType, apexThrows, apexRefuses } = require('./apex.js');

describe('Integer and Long', () => {
  it('Integer division truncates toward zero (JavaScript divides exactly)', () => {
    expect(apex('return new List<Integer>{ 5 / 2, -5 / 2, 7 / -2 };')).toEqual([2, -2, -3]);
    expect(5 / 2).toBe(2.5);
  });

  it('Integer arithmetic wraps at 32 bits', () => {
    expect(apex('Integer max = 2147483647; return max + 1;')).toBe(-2147483648);
    expect(2147483647 + 1).toBe(2147483648);
  });

  it('Long keeps 64-bit integers exact past 2^53 (a JavaScript number cannot)', () => {
    expect(apexType('Long big = 9007199254740993L; return big;')).toBe('Long');
    expect(apex('Long big = 9007199254740993L; return String.valueOf(big + 2);')).toBe('9007199254740995');
    expect(String(Number('9007199254740993') + 2)).toBe('9007199254740994');
  });

  it('Integer times Long is a Long; Integer by 0 throws System.MathException', () => {
    expect(apexType('Integer days = 3; return days * 86400000L;')).toBe('Long');
    expect(apexThrows('Integer zero = 0; return 1 / zero;')).toBe('System.MathException: Divide by 0');
  });

  it('Integer.valueOf parses decimal text as Java (08 is 8) and refuses the rest', () => {
    expect(apex("return Integer.valueOf('08');")).toBe(8);
    expect(apexThrows("return Integer.valueOf('1.5');")).toBe('System.TypeException: Invalid integer: 1.5');
  });
});

describe('Double', () => {
  it('is IEEE 754 like a JavaScript number', () => {
    expect(apex('Double a = 0.1; Double b = 0.2; return a + b;')).toBe(0.1 + 0.2);
    expect(apex('Double x = 7; return x / 2;')).toBe(3.5);
  });

  it('storing an Integer in a Double converts it: later division is not integer division', () => {
    expect(apex('Double x = 5; return x / 2;')).toBe(2.5);
    expect(apexType('Double x = 5; return x;')).toBe('Double');
  });

  it('intValue() and longValue() truncate toward zero', () => {
    expect(apex('Double x = -2.7; return new List<Object>{ x.intValue(), x.longValue() };')).toEqual([-2, -2]);
  });

  it('Double.valueOf reads Java number text, exponent and suffix included', () => {
    expect(apex("return new List<Double>{ Double.valueOf('1.0E7'), Double.valueOf(' 85 '), Double.valueOf('2.5d') };")).toEqual([1e7, 85, 2.5]);
    expect(apexThrows("return Double.valueOf('abc');")).toBe('System.TypeException: Invalid double: abc');
  });

  it('Math.floor, abs, min and pow', () => {
    expect(apex('Double x = -2.5; return new List<Object>{ Math.floor(x), Math.abs(x), Math.min(3, 2), Math.pow(0.5, 2) };')).toEqual([-3, 2.5, 2, 0.25]);
  });
});

describe('Decimal', () => {
  it('is exact: 0.1 + 0.2 is 0.3 (JavaScript: 0.30000000000000004)', () => {
    expect(apex('Decimal a = 0.1; Decimal b = 0.2; return (a + b).toPlainString();')).toBe('0.3');
    expect(String(0.1 + 0.2)).toBe('0.30000000000000004');
  });

  it('a literal with a point is a Decimal that keeps its scale; == compares the value', () => {
    expect(apexType('return 1.50;')).toBe('Decimal');
    expect(apex('Decimal a = 1.50; Decimal b = 1.5; return new List<Object>{ a.toPlainString(), a == b };')).toEqual(['1.50', true]);
  });

  it('Decimal.valueOf(Double) goes through the text, so 0.1 stays 0.1', () => {
    expect(apex('Double d = 0.1; return Decimal.valueOf(d).toPlainString();')).toBe('0.1');
    expect(apex('Double d = 85; return Decimal.valueOf(d).toPlainString();')).toBe('85.0');
  });

  it('setScale rounds half even without a mode, and as told with a RoundingMode', () => {
    expect(apex("Decimal a = 5.245; Decimal b = 5.235; return a.setScale(2).toPlainString() + ' ' + b.setScale(2).toPlainString();")).toBe('5.24 5.24');
    expect(
      apex(
        "Decimal a = 5.245; return a.setScale(2, System.RoundingMode.HALF_UP).toPlainString() + ' ' + a.setScale(1, RoundingMode.DOWN).toPlainString() + ' ' + a.setScale(4).toPlainString();",
      ),
    ).toBe('5.25 5.2 5.2450');
  });

  it('divide(divisor, scale, mode), round(mode) to a Long, stripTrailingZeros', () => {
    expect(apex('Decimal d = 12.4567; return d.divide(7, 2, System.RoundingMode.UP).toPlainString();')).toBe('1.78');
    expect(apex('Decimal d = 725; return d.divide(10, 1).toPlainString();')).toBe('72.5');
    expect(apex('Decimal d = -2.7; return d.round(System.RoundingMode.DOWN);')).toBe(-2);
    expect(apexType('Decimal d = -2.7; return d.round(System.RoundingMode.DOWN);')).toBe('Long');
    expect(apex('Decimal d = 1000.00; return d.stripTrailingZeros().toPlainString();')).toBe('1000');
  });

  it('refuses what the platform would answer in a way not checked here', () => {
    expect(apexRefuses('Decimal d = 1; return d.divide(3, 2);')).toMatch(/^unsupported Apex: Decimal.divide\(divisor, scale\) that must round .* at T.cls:3$/);
    expect(apexRefuses('Decimal a = 1; Decimal b = 3; return a / b;')).toMatch(/the \/ operator on Decimals/);
    expect(apexRefuses('Double x = 2; return x + 0.5;')).toMatch(/mixing a Double and a Decimal at T.cls:3$/);
  });
});

describe('casts', () => {
  it('casting a numeric expression converts; casting an Object holding another number type throws', () => {
    expect(apexType('Long ms = 60000L; return (Double) ms;')).toBe('Double');
    expect(apexThrows('Object o = 1; return (Double) o;')).toBe('System.TypeException: Invalid conversion from runtime type Integer to Double');
  });

  it('casts to a collection type check the element types', () => {
    expect(apexThrows("Object o = JSON.deserializeUntyped('[{}]'); return (List<Map<String, Object>>) o;")).toBe(
      'System.TypeException: Invalid conversion from runtime type List<Object> to List<Map<String,Object>>',
    );
  });
});
