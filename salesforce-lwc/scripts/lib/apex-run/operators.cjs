'use strict';
// Apex's operators where they differ from JavaScript's: == on Strings ignores
// case (equals() does not); numbers compare by value across types (1 == 1.0,
// Decimal 1.10 == 1.1); Integer arithmetic wraps at 32 bits and divides
// toward zero, Long at 64 bits; < > on a null number is false; arithmetic on
// null throws System.NullPointerException; + with a String concatenates.
const { Decimal } = require('./decimal.cjs');
const { numberKind, commonKind, widen, int, long, dbl } = require('./numbers.cjs');
const { ApexDate, ApexDatetime } = require('./dates.cjs');
const { ApexObject, EnumValue } = require('./objects.cjs');
const { ApexList, ApexSet, ApexMap } = require('./collections.cjs');
const { valueText } = require('./text.cjs');
const { unsupported } = require('./errors.cjs');
const { throwApex, nullPointer } = require('./exceptions.cjs');

/** Java's String.equalsIgnoreCase: same length, each character equal ignoring case. */
function equalsIgnoreCase(a, b) {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) {
    const x = a[i];
    const y = b[i];
    if (x !== y && x.toUpperCase() !== y.toUpperCase() && x.toUpperCase().toLowerCase() !== y.toUpperCase().toLowerCase()) return false;
  }
  return true;
}

/** -1, 0, 1, or null when a Double is NaN. */
function compareNumbers(a, b) {
  const kind = commonKind(a, b);
  const x = widen(a, kind);
  const y = widen(b, kind);
  if (kind === 'Decimal') return x.compareTo(y);
  if (Number.isNaN(x.v) || Number.isNaN(y.v)) return null;
  return x.v === y.v ? 0 : x.v < y.v ? -1 : 1;
}

/** Apex `a == b`. */
function apexEquals(a, b) {
  if (a === null || b === null) return a === b;
  if (typeof a === 'string' && typeof b === 'string') return equalsIgnoreCase(a, b);
  if (typeof a === 'boolean' && typeof b === 'boolean') return a === b;
  if (numberKind(a) && numberKind(b)) return compareNumbers(a, b) === 0;
  if (a instanceof ApexDate && b instanceof ApexDate) return a.days === b.days;
  if (a instanceof ApexDatetime && b instanceof ApexDatetime) return a.ms === b.ms;
  for (const x of [a, b]) {
    if (x instanceof ApexList || x instanceof ApexSet || x instanceof ApexMap) unsupported('== on collections');
    if (x instanceof ApexObject && x.cls.methods && x.cls.methods.has('equals')) unsupported('== on a class that defines equals()');
  }
  if (a instanceof ApexObject || a instanceof EnumValue) return a === b;
  // Values of different types (an Object holding a String against one holding a number).
  return false;
}

/** Apex `a < b` and friends, for numbers, Dates and Datetimes. */
function compare(op, a, b) {
  const comparable = (x) => x === null || numberKind(x) || x instanceof ApexDate || x instanceof ApexDatetime;
  if (!comparable(a) || !comparable(b)) unsupported(`${op} on values that are not numbers, Dates or Datetimes`);
  if (a === null || b === null) return false;
  let cmp;
  if (numberKind(a) && numberKind(b)) cmp = compareNumbers(a, b);
  else if (a instanceof ApexDate && b instanceof ApexDate) cmp = Math.sign(a.days - b.days);
  else if (a instanceof ApexDatetime && b instanceof ApexDatetime) cmp = Math.sign(a.ms - b.ms);
  else unsupported(`${op} between different types`);
  if (cmp === null) return false;
  return { '<': cmp < 0, '>': cmp > 0, '<=': cmp <= 0, '>=': cmp >= 0 }[op];
}

const divideByZero = () => throwApex('MathException', 'Divide by 0');

/** + - * / of two values of one kind: Integer wraps at 32 bits, Long at 64, both divide toward zero; Double is IEEE. */
const KIND_OPS = {
  Integer: {
    '+': (x, y) => int(x + y),
    '-': (x, y) => int(x - y),
    '*': (x, y) => int(Math.imul(x, y)),
    '/': (x, y) => (y === 0 ? divideByZero() : int(Math.trunc(x / y))),
  },
  Long: {
    '+': (x, y) => long(x + y),
    '-': (x, y) => long(x - y),
    '*': (x, y) => long(x * y),
    '/': (x, y) => (y === 0n ? divideByZero() : long(x / y)),
  },
  Double: {
    '+': (x, y) => dbl(x + y),
    '-': (x, y) => dbl(x - y),
    '*': (x, y) => dbl(x * y),
    '/': (x, y) => (y === 0 ? unsupported('Double division by zero (the platform answer is not modelled)') : dbl(x / y)),
  },
};

function decimalOp(op, x, y) {
  if (op === '/') return unsupported('the / operator on Decimals (use divide(divisor, scale, roundingMode))');
  return op === '+' ? x.add(y) : op === '-' ? x.subtract(y) : x.multiply(y);
}

/** Apex `a op b` for + - * /. */
function arithmetic(op, a, b) {
  if (op === '+' && (typeof a === 'string' || typeof b === 'string')) {
    if (a === null && b === null) unsupported('null + null');
    return valueText(a) + valueText(b);
  }
  if (a === null || b === null) return nullPointer();
  if (!numberKind(a) || !numberKind(b))
    return unsupported(`${op} on a ${typeof a === 'object' ? a.constructor.name : typeof a} and a ${typeof b === 'object' ? b.constructor.name : typeof b}`);
  const kind = commonKind(a, b);
  const x = widen(a, kind);
  const y = widen(b, kind);
  return kind === 'Decimal' ? decimalOp(op, x, y) : KIND_OPS[kind][op](x.v, y.v);
}

function negate(a) {
  if (a === null) return nullPointer();
  switch (numberKind(a)) {
    case 'Integer':
      return int(-a.v);
    case 'Long':
      return long(-a.v);
    case 'Double':
      return dbl(-a.v);
    case 'Decimal':
      return a.negate();
    default:
      return unsupported('unary - on a value that is not a number');
  }
}

/** x + 1 or x - 1 in x's own type (++ and --). */
function step(a, delta) {
  if (a === null) return nullPointer();
  const one = { Integer: int(1), Long: long(1), Double: dbl(1), Decimal: Decimal.of(1n) }[numberKind(a)];
  if (!one) unsupported('++ or -- on a value that is not a number');
  return arithmetic(delta > 0 ? '+' : '-', a, one);
}

module.exports = { apexEquals, compare, compareNumbers, arithmetic, negate, step };
