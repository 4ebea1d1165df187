'use strict';
// Apex types as the interpreter holds them: { name } for primitives and
// classes ({ name, cls } for a class), { name: 'List' | 'Set', args: [T] } and
// { name: 'Map', args: [K, V] }. Names are canonical ('Integer', 'Map',
// 'MaScoring.Model'); Apex itself is case-insensitive about them.
const { numberKind } = require('./numbers.cjs');
const { ApexList, ApexSet, ApexMap } = require('./collections.cjs');
const { ApexDate, ApexDatetime } = require('./dates.cjs');
const { ApexPattern, ApexMatcher } = require('./regex.cjs');
const { ApexObject, EnumValue, isSubclass } = require('./objects.cjs');
const { unsupported } = require('./errors.cjs');

const PRIMITIVES = ['Object', 'String', 'Boolean', 'Integer', 'Long', 'Double', 'Decimal', 'Date', 'Datetime', 'Pattern', 'Matcher'];
const T = Object.fromEntries(PRIMITIVES.map((name) => [name.toUpperCase(), { name }]));
const CANONICAL = new Map(PRIMITIVES.map((name) => [name.toLowerCase(), name]));
for (const name of ['List', 'Set', 'Map']) CANONICAL.set(name.toLowerCase(), name);

const listOf = (t) => ({ name: 'List', args: [t] });
const setOf = (t) => ({ name: 'Set', args: [t] });
const mapOf = (k, v) => ({ name: 'Map', args: [k, v] });
const classType = (cls) => ({ name: cls.fullName, cls });

const NUMERIC = new Set(['Integer', 'Long', 'Double', 'Decimal']);
const isNumeric = (type) => Boolean(type) && NUMERIC.has(type.name);

/** Map<String,Object> as the platform writes it in messages. */
function typeText(type) {
  return type.args ? `${type.name}<${type.args.map(typeText).join(',')}>` : type.name;
}

function sameType(a, b) {
  if (a.name !== b.name || Boolean(a.args) !== Boolean(b.args)) return false;
  return !a.args || (a.args.length === b.args.length && a.args.every((t, i) => sameType(t, b.args[i])));
}

/** The runtime type of a value (null has none). */
function runtimeType(value) {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return T.STRING;
  if (typeof value === 'boolean') return T.BOOLEAN;
  const kind = numberKind(value);
  if (kind) return { name: kind };
  if (value instanceof ApexList) return listOf(value.elemType);
  if (value instanceof ApexSet) return setOf(value.elemType);
  if (value instanceof ApexMap) return mapOf(value.keyType, value.valueType);
  if (value instanceof ApexDate) return T.DATE;
  if (value instanceof ApexDatetime) return T.DATETIME;
  if (value instanceof ApexPattern) return T.PATTERN;
  if (value instanceof ApexMatcher) return T.MATCHER;
  if (value instanceof ApexObject) return classType(value.cls);
  if (value instanceof EnumValue) return value.type;
  return unsupported(`a value of JavaScript type ${typeof value}`);
}

/**
 * `value instanceof type`. Null is not an instance (API 32.0 on). A number is
 * an instance of its own type only. A collection must have exactly the
 * element types asked for; other generic answers are refused, not guessed.
 */
function isInstance(value, type) {
  if (value === null) return false;
  if (type.name === 'Object') return true;
  const actual = runtimeType(value);
  if (type.cls) return Boolean(actual.cls) && isSubclass(actual.cls, type.cls);
  if (actual.name !== type.name) return false;
  if (!type.args) return true;
  if (sameType(actual, type)) return true;
  return unsupported(`instanceof ${typeText(type)} on a ${typeText(actual)}`);
}

module.exports = { T, CANONICAL, isNumeric, listOf, setOf, mapOf, classType, typeText, sameType, runtimeType, isInstance };
