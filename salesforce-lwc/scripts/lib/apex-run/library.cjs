'use strict';
// The built-in methods, found by the receiver's type (instance methods) or
// by the type's name (static methods). A method not listed here is refused.
const { numberKind } = require('./numbers.cjs');
const { ApexList, ApexSet, ApexMap } = require('./collections.cjs');
const { ApexDate, ApexDatetime } = require('./dates.cjs');
const { ApexPattern, ApexMatcher } = require('./regex.cjs');
const { ApexException } = require('./objects.cjs');
const strings = require('./lib-string.cjs');
const numbers = require('./lib-numbers.cjs');
const collections = require('./lib-collections.cjs');
const dates = require('./lib-dates.cjs');
const system = require('./lib-system.cjs');

const STATICS = { string: strings.statics, ...numbers.statics, ...dates.statics, ...system.statics };
const METHODS = { String: strings.methods, ...numbers.methods, ...collections.methods, ...dates.methods, ...system.methods };

function kindOf(value) {
  if (typeof value === 'string') return 'String';
  const n = numberKind(value);
  if (n) return n;
  if (value instanceof ApexList) return 'List';
  if (value instanceof ApexSet) return 'Set';
  if (value instanceof ApexMap) return 'Map';
  if (value instanceof ApexDate) return 'Date';
  if (value instanceof ApexDatetime) return 'Datetime';
  if (value instanceof ApexPattern) return 'Pattern';
  if (value instanceof ApexMatcher) return 'Matcher';
  if (value instanceof ApexException) return 'Exception';
  return typeof value;
}

/** The static method `Type.name` (lower-case), or null. */
const staticMethod = (typeLname, lname) => (STATICS[typeLname] && STATICS[typeLname][lname]) || null;

/** The instance method `name` (lower-case) of the value's type, or null. */
function instanceMethod(value, lname) {
  const table = METHODS[kindOf(value)];
  return (table && table[lname]) || null;
}

module.exports = { staticMethod, instanceMethod, kindOf, STATICS };
