'use strict';
// Integer, Long, Double, Decimal and Math: the static and instance methods
// the engine classes call. valueOf parses as Java does (Integer.valueOf('08')
// is 8; Double.valueOf reads '1.0E7'); Decimal.valueOf(Double) goes through
// the Double's text, so 0.1 stays 0.1; setScale without a mode rounds half
// even; divide without a mode is refused when it would have to round.
const { Decimal, int, long, dbl, numberKind, widen, commonKind, decimalOfDouble, doubleToInt, doubleToLong } = require('./numbers.cjs');
const { arity, stringArg, integerArg } = require('./lib-args.cjs');
const { javaTrim } = require('./lib-string.cjs');
const { EnumValue } = require('./objects.cjs');
const { unsupported } = require('./errors.cjs');
const { throwApex } = require('./exceptions.cjs');

function parseInteger(args) {
  arity(args, 1, 'Integer.valueOf');
  const [x] = args;
  if (numberKind(x) === 'Integer') return x;
  const s = stringArg(x, 'Integer.valueOf');
  const n = /^[+-]?\d+$/.test(s) ? BigInt(s) : null;
  if (n === null || n < -2147483648n || n > 2147483647n) throwApex('TypeException', `Invalid integer: ${s}`);
  return int(Number(n));
}

function parseDouble(args) {
  arity(args, 1, 'Double.valueOf');
  const s = stringArg(args[0], 'Double.valueOf');
  // Double.parseDouble: trimmed as String.trim() does, an f/d suffix allowed.
  const t = javaTrim(s);
  const m = /^([+-]?(?:NaN|Infinity|(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?))[fFdD]?$/.exec(t);
  if (!m) throwApex('TypeException', `Invalid double: ${s}`);
  return dbl(Number(m[1]));
}

function decimalOf(args) {
  arity(args, 1, 'Decimal.valueOf');
  const [x] = args;
  switch (numberKind(x)) {
    case 'Double':
      return decimalOfDouble(x.v);
    case 'Integer':
    case 'Long':
      return Decimal.of(BigInt(x.v));
    case 'Decimal':
      return x;
    default: {
      const d = Decimal.parse(stringArg(x, 'Decimal.valueOf'));
      return d || throwApex('TypeException', `Invalid decimal: ${x}`);
    }
  }
}

function modeArg(value, name) {
  if (!(value instanceof EnumValue) || value.type.name !== 'System.RoundingMode') unsupported(`${name} with a rounding mode that is not a System.RoundingMode`);
  return value.name;
}

const rounded = (d) => (d === null ? throwApex('MathException', 'Rounding necessary') : d);

function numberArg(value, name) {
  if (!numberKind(value)) unsupported(`${name} with a ${value === null ? 'null' : typeof value} argument`);
  return value;
}

const statics = {
  integer: { valueof: parseInteger },
  double: { valueof: parseDouble },
  decimal: { valueof: decimalOf },
  math: {
    floor(args) {
      arity(args, 1, 'Math.floor');
      if (numberKind(args[0]) !== 'Double') unsupported(`Math.floor of a ${numberKind(args[0]) || 'non-number'}`);
      return dbl(Math.floor(args[0].v));
    },
    abs(args) {
      arity(args, 1, 'Math.abs');
      const x = numberArg(args[0], 'Math.abs');
      switch (numberKind(x)) {
        case 'Integer':
          return int(Math.abs(x.v));
        case 'Long':
          return long(x.v < 0n ? -x.v : x.v);
        case 'Double':
          return dbl(Math.abs(x.v));
        default:
          return x.signum() < 0 ? x.negate() : x;
      }
    },
    min(args) {
      arity(args, 2, 'Math.min');
      const [a, b] = args.map((x) => numberArg(x, 'Math.min'));
      const kind = commonKind(a, b);
      const [x, y] = [widen(a, kind), widen(b, kind)];
      if (kind === 'Decimal') return x.compareTo(y) <= 0 ? x : y;
      if (kind === 'Double') return dbl(Math.min(x.v, y.v));
      return x.v <= y.v ? x : y;
    },
    pow(args) {
      arity(args, 2, 'Math.pow');
      const [x, y] = args.map((v) => widen(numberArg(v, 'Math.pow'), 'Double'));
      return dbl(x.v ** y.v);
    },
  },
};

const methods = {
  Double: {
    intvalue: (d, args) => (arity(args, 0, 'Double.intValue'), int(doubleToInt(d.v))),
    longvalue: (d, args) => (arity(args, 0, 'Double.longValue'), long(doubleToLong(d.v))),
  },
  Decimal: {
    longvalue: (d, args) => (arity(args, 0, 'Decimal.longValue'), long(d.truncated())),
    intvalue: (d, args) => (arity(args, 0, 'Decimal.intValue'), int(Number(BigInt.asIntN(32, d.truncated())))),
    round(d, args) {
      arity(args, 1, 'Decimal.round');
      return long(rounded(d.setScale(0, modeArg(args[0], 'Decimal.round'))).unscaled);
    },
    striptrailingzeros: (d, args) => (arity(args, 0, 'Decimal.stripTrailingZeros'), d.stripTrailingZeros()),
    toplainstring: (d, args) => (arity(args, 0, 'Decimal.toPlainString'), d.toPlainString()),
    setscale(d, args) {
      arity(args, [1, 2], 'Decimal.setScale');
      const scale = integerArg(args[0], 'Decimal.setScale');
      return rounded(d.setScale(scale, args.length === 2 ? modeArg(args[1], 'Decimal.setScale') : 'HALF_EVEN'));
    },
    divide(d, args) {
      arity(args, [2, 3], 'Decimal.divide');
      const divisor = widen(numberArg(args[0], 'Decimal.divide'), 'Decimal');
      const scale = integerArg(args[1], 'Decimal.divide');
      if (divisor.signum() === 0) throwApex('MathException', 'Divide by 0');
      if (args.length === 3) return rounded(d.divide(divisor, scale, modeArg(args[2], 'Decimal.divide')));
      const exact = d.divide(divisor, scale, 'UNNECESSARY');
      return exact || unsupported('Decimal.divide(divisor, scale) that must round (the default rounding mode is not modelled)');
    },
  },
};

module.exports = { statics, methods };
