'use strict';
// Apex's four number types, each a value that knows its type, because Apex
// answers differently for each: Integer is 32-bit and wraps, Long is 64-bit,
// Double is IEEE 754 like a JavaScript number, Decimal is exact (decimal.cjs).
// A JavaScript number alone could not tell 5 / 2 (Integer: 2) from 5.0 / 2.
const { Decimal } = require('./decimal.cjs');
const { unsupported } = require('./errors.cjs');

class ApexInteger {
  constructor(v) {
    this.v = v | 0;
  }
}

class ApexLong {
  constructor(v) {
    this.v = BigInt.asIntN(64, BigInt(v));
  }
}

class ApexDouble {
  constructor(v) {
    this.v = v;
  }
}

const int = (v) => new ApexInteger(v);
const long = (v) => new ApexLong(v);
const dbl = (v) => new ApexDouble(v);

/** 'Integer', 'Long', 'Double', 'Decimal', or null for a value that is not a number. */
function numberKind(x) {
  if (x instanceof ApexInteger) return 'Integer';
  if (x instanceof ApexLong) return 'Long';
  if (x instanceof ApexDouble) return 'Double';
  if (x instanceof Decimal) return 'Decimal';
  return null;
}

/** The hierarchy of implicit widening: Integer, Long, Double, Decimal. */
const RANK = { Integer: 0, Long: 1, Double: 2, Decimal: 3 };

/** Java's Double.toString: 85.0, 0.001, 1.0E7, 1.234E-5 (shortest digits that read back the same). */
function javaDoubleText(d) {
  if (Number.isNaN(d)) return 'NaN';
  if (d === Infinity) return 'Infinity';
  if (d === -Infinity) return '-Infinity';
  if (d === 0) return Object.is(d, -0) ? '-0.0' : '0.0';
  const [mantissa, e] = Math.abs(d).toExponential().split('e');
  const digits = mantissa.replace('.', '');
  const exponent = Number(e);
  const sign = d < 0 ? '-' : '';
  const abs = Math.abs(d);
  if (abs >= 1e-3 && abs < 1e7) {
    if (exponent >= 0) {
      const whole = digits.slice(0, exponent + 1).padEnd(exponent + 1, '0');
      return `${sign}${whole}.${digits.slice(exponent + 1) || '0'}`;
    }
    return `${sign}0.${'0'.repeat(-exponent - 1)}${digits}`;
  }
  return `${sign}${digits[0]}.${digits.slice(1) || '0'}E${exponent}`;
}

/** Converts a number to a wider (or equal) kind, as assignment and arithmetic do. */
function widen(x, kind) {
  const from = numberKind(x);
  if (from === kind) return x;
  if (RANK[kind] < RANK[from] && !(from === 'Decimal' && kind === 'Double')) {
    return unsupported(`implicit conversion of a ${from} to ${kind}`);
  }
  switch (kind) {
    case 'Long':
      return long(x.v);
    case 'Double':
      return dbl(from === 'Decimal' ? x.toNumber() : Number(x.v));
    case 'Decimal':
      // A Double becomes a Decimal through its text (Decimal.valueOf(Double) keeps 0.1 as 0.1).
      return from === 'Double' ? decimalOfDouble(x.v) : Decimal.of(BigInt(x.v));
    default:
      return unsupported(`conversion to ${kind}`);
  }
}

function decimalOfDouble(d) {
  if (!Number.isFinite(d)) return unsupported(`Decimal of the Double ${d}`);
  return Decimal.parse(javaDoubleText(d));
}

/** The kind two operands are computed in; Double with Decimal is refused (not modelled). */
function commonKind(a, b) {
  const ka = numberKind(a);
  const kb = numberKind(b);
  if ((ka === 'Double' && kb === 'Decimal') || (ka === 'Decimal' && kb === 'Double')) {
    return unsupported('arithmetic or comparison mixing a Double and a Decimal');
  }
  return RANK[ka] >= RANK[kb] ? ka : kb;
}

/** Java's (long) and (int) of a double: toward zero, NaN is 0, out of range saturates. */
function doubleToLong(d) {
  if (Number.isNaN(d)) return 0n;
  if (d >= 2 ** 63) return 2n ** 63n - 1n;
  if (d <= -(2 ** 63)) return -(2n ** 63n);
  return BigInt(Math.trunc(d));
}

function doubleToInt(d) {
  if (Number.isNaN(d)) return 0;
  if (d >= 2147483647) return 2147483647;
  if (d <= -2147483648) return -2147483648;
  return Math.trunc(d);
}

/** The text String.valueOf gives a number. */
function numberText(x) {
  switch (numberKind(x)) {
    case 'Integer':
      return String(x.v);
    case 'Long':
      return x.v.toString();
    case 'Double':
      return javaDoubleText(x.v);
    default:
      return x.toString();
  }
}

module.exports = {
  ApexInteger,
  ApexLong,
  ApexDouble,
  Decimal,
  int,
  long,
  dbl,
  numberKind,
  RANK,
  widen,
  commonKind,
  decimalOfDouble,
  javaDoubleText,
  doubleToLong,
  doubleToInt,
  numberText,
};
