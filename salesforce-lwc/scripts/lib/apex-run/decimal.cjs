'use strict';
// Apex Decimal: an arbitrary-precision number with a scale, as Java's
// BigDecimal (an unscaled BigInt and the count of decimal places). 1.10 and
// 1.1 are equal numbers with different scales. Only the operations the
// engine classes use, and their tests, are here.
const { unsupported } = require('./errors.cjs');

const TEN = 10n;
const pow10 = (n) => TEN ** BigInt(n);

class Decimal {
  constructor(unscaled, scale) {
    this.unscaled = unscaled;
    this.scale = scale;
  }

  /** BigDecimal(String): [+-]digits[.digits][e[+-]digits]; null when the text is not a decimal. */
  static parse(text) {
    const m = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text);
    if (!m || (m[2] === '' && (m[3] === undefined || m[3] === ''))) return null;
    const fraction = m[3] || '';
    const unscaled = BigInt(`${m[1] === '-' ? '-' : ''}${m[2]}${fraction}` || '0');
    return new Decimal(unscaled, fraction.length - (m[4] ? Number(m[4]) : 0));
  }

  static of(bigint) {
    return new Decimal(bigint, 0);
  }

  signum() {
    return this.unscaled === 0n ? 0 : this.unscaled < 0n ? -1 : 1;
  }

  withScale(scale) {
    return scale >= this.scale ? new Decimal(this.unscaled * pow10(scale - this.scale), scale) : null;
  }

  compareTo(other) {
    const scale = Math.max(this.scale, other.scale);
    const a = this.withScale(scale).unscaled;
    const b = other.withScale(scale).unscaled;
    return a === b ? 0 : a < b ? -1 : 1;
  }

  add(other) {
    const scale = Math.max(this.scale, other.scale);
    return new Decimal(this.withScale(scale).unscaled + other.withScale(scale).unscaled, scale);
  }

  subtract(other) {
    return this.add(other.negate());
  }

  multiply(other) {
    return new Decimal(this.unscaled * other.unscaled, this.scale + other.scale);
  }

  negate() {
    return new Decimal(-this.unscaled, this.scale);
  }

  /** setScale(scale, mode): more places pad with zeros; fewer round with `mode` (null: UNNECESSARY and inexact). */
  setScale(scale, mode) {
    if (scale >= this.scale) return this.withScale(scale);
    return decimalOrNull(roundDiv(this.unscaled, pow10(this.scale - scale), mode), scale);
  }

  /** divide(divisor, scale, mode): the quotient at `scale` places, rounded with `mode` (null: UNNECESSARY and inexact, or by zero). */
  divide(divisor, scale, mode) {
    if (divisor.unscaled === 0n) return null;
    const shift = scale + divisor.scale - this.scale;
    const n = shift >= 0 ? this.unscaled * pow10(shift) : this.unscaled;
    const d = shift >= 0 ? divisor.unscaled : divisor.unscaled * pow10(-shift);
    const sign = d < 0n ? -1n : 1n;
    return decimalOrNull(roundDiv(n * sign, d * sign, mode), scale);
  }

  /** round(mode): a Long (BigInt). */
  roundToBigInt(mode) {
    return this.setScale(0, mode).unscaled;
  }

  /** The integer part (toward zero), as longValue()/intValue() take it before narrowing. */
  truncated() {
    return this.setScale(0, 'DOWN').unscaled;
  }

  stripTrailingZeros() {
    if (this.unscaled === 0n) return new Decimal(0n, 0);
    let { unscaled, scale } = this;
    while (unscaled % TEN === 0n) {
      unscaled /= TEN;
      scale -= 1;
    }
    return new Decimal(unscaled, scale);
  }

  toPlainString() {
    if (this.scale <= 0) return (this.unscaled * pow10(-this.scale)).toString();
    const negative = this.unscaled < 0n;
    const digits = (negative ? -this.unscaled : this.unscaled).toString().padStart(this.scale + 1, '0');
    const cut = digits.length - this.scale;
    return `${negative ? '-' : ''}${digits.slice(0, cut)}.${digits.slice(cut)}`;
  }

  /**
   * BigDecimal.toString(): plain unless an exponent is needed (negative scale,
   * or more than six leading zeros after the point). The exponent form is not
   * implemented: the platform's text for it was not checked.
   */
  toString() {
    const digits = (this.unscaled < 0n ? -this.unscaled : this.unscaled).toString().length;
    const adjusted = -this.scale + (digits - 1);
    if (this.scale < 0 || adjusted < -6) unsupported(`the text of Decimal ${this.toPlainString()} (scientific notation)`);
    return this.toPlainString();
  }

  toNumber() {
    return Number(`${this.unscaled}e${-this.scale}`);
  }
}

const decimalOrNull = (unscaled, scale) => (unscaled === null ? null : new Decimal(unscaled, scale));

const ROUNDING_MODES = ['CEILING', 'DOWN', 'FLOOR', 'HALF_DOWN', 'HALF_EVEN', 'HALF_UP', 'UNNECESSARY', 'UP'];

/** n / d (d > 0) rounded to an integer with a System.RoundingMode name; null: UNNECESSARY and inexact. */
function roundDiv(n, d, mode) {
  const q = n / d;
  const r = n % d;
  if (r === 0n) return q;
  const away = n < 0n ? q - 1n : q + 1n;
  const twice = (r < 0n ? -r : r) * 2n;
  switch (mode) {
    case 'UP':
      return away;
    case 'DOWN':
      return q;
    case 'CEILING':
      return n < 0n ? q : away;
    case 'FLOOR':
      return n < 0n ? away : q;
    case 'HALF_UP':
      return twice >= d ? away : q;
    case 'HALF_DOWN':
      return twice > d ? away : q;
    case 'HALF_EVEN':
      return twice > d || (twice === d && q % 2n !== 0n) ? away : q;
    case 'UNNECESSARY':
      return null;
    default:
      return unsupported(`rounding mode ${mode}`);
  }
}

module.exports = { Decimal, ROUNDING_MODES };
