'use strict';
// JSON.deserializeUntyped and JSON.serialize. Untyped JSON: objects are
// Map<String,Object> (keys in document order), arrays List<Object>, whole
// numbers Integer (Long beyond 32 bits), numbers with a point or an exponent
// Decimal, exactly as written (1.50 keeps its scale). Bad JSON throws
// System.JSONException; its message is this parser's, not the platform's.
const { Decimal, int, long, numberKind, numberText } = require('./numbers.cjs');
const { ApexList, ApexSet, ApexMap, keyOf } = require('./collections.cjs');
const { ApexDate, ApexDatetime } = require('./dates.cjs');
const { T, runtimeType, typeText } = require('./types.cjs');
const { valueText } = require('./text.cjs');
const { unsupported } = require('./errors.cjs');
const { throwApex } = require('./exceptions.cjs');

const INT_MIN = -2147483648n;
const INT_MAX = 2147483647n;

function deserializeUntyped(text) {
  let i = 0;
  const fail = (what) => throwApex('JSONException', `${what} at character ${i + 1}`);
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i += 1;
  };
  const literal = (word, value) => {
    if (text.startsWith(word, i)) {
      i += word.length;
      return value;
    }
    return fail('Unexpected character');
  };
  const string = () => {
    i += 1;
    let out = '';
    for (;;) {
      const c = text[i];
      if (c === undefined) fail('Unterminated string');
      if (c === '"') {
        i += 1;
        return out;
      }
      if (c < ' ') fail('Control character in a string');
      if (c === '\\') {
        const e = text[i + 1];
        const simple = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' }[e];
        if (simple !== undefined) {
          out += simple;
          i += 2;
        } else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
          out += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
          i += 6;
        } else fail('Bad escape');
      } else {
        out += c;
        i += 1;
      }
    }
  };
  const number = () => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i));
    if (!m) fail('Unexpected character');
    i += m[0].length;
    if (m[2] || m[3]) return Decimal.parse(m[0]);
    const n = BigInt(m[0]);
    if (n >= INT_MIN && n <= INT_MAX) return int(Number(n));
    if (BigInt.asIntN(64, n) === n) return long(n);
    return unsupported(`the JSON number ${m[0]} (beyond Long)`);
  };
  const value = () => {
    space();
    const c = text[i];
    if (c === '{') {
      i += 1;
      const map = new ApexMap(T.STRING, T.OBJECT);
      space();
      if (text[i] === '}') {
        i += 1;
        return map;
      }
      for (;;) {
        space();
        if (text[i] !== '"') fail('Expected a field name');
        const key = string();
        space();
        if (text[i] !== ':') fail("Expected ':'");
        i += 1;
        map.entries.set(keyOf(key), [key, value()]);
        space();
        if (text[i] === ',') i += 1;
        else if (text[i] === '}') {
          i += 1;
          return map;
        } else fail("Expected ',' or '}'");
      }
    }
    if (c === '[') {
      i += 1;
      const list = new ApexList(T.OBJECT);
      space();
      if (text[i] === ']') {
        i += 1;
        return list;
      }
      for (;;) {
        list.items.push(value());
        space();
        if (text[i] === ',') i += 1;
        else if (text[i] === ']') {
          i += 1;
          return list;
        } else fail("Expected ',' or ']'");
      }
    }
    if (c === '"') return string();
    if (c === 't') return literal('true', true);
    if (c === 'f') return literal('false', false);
    if (c === 'n') return literal('null', null);
    return number();
  };
  const result = value();
  space();
  if (i < text.length) fail('Unexpected content after the value');
  return result;
}

/** JSON text of a value (used by the engine only in mismatch messages). */
function serialize(value) {
  if (value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'boolean') return String(value);
  if (numberKind(value)) return numberText(value);
  if (value instanceof ApexDate) return JSON.stringify(valueText(value));
  if (value instanceof ApexDatetime) return JSON.stringify(new Date(value.ms).toISOString());
  if (value instanceof ApexList) return `[${value.items.map(serialize).join(',')}]`;
  if (value instanceof ApexSet) return `[${value.values().map(serialize).join(',')}]`;
  if (value instanceof ApexMap) {
    return `{${[...value.entries.values()].map(([k, v]) => `${JSON.stringify(valueText(k))}:${serialize(v)}`).join(',')}}`;
  }
  return unsupported(`JSON.serialize of a ${typeText(runtimeType(value))}`);
}

module.exports = { deserializeUntyped, serialize };
