'use strict';
// String's methods the engine classes call, with Java's meaning where it
// differs from JavaScript's: trim() removes only characters up to U+0020 (a
// full-width space U+3000 stays), substring() out of range throws instead
// of clamping, isBlank() uses Java's whitespace, equals() is case-sensitive.
const { arity, stringArg, integerArg } = require('./lib-args.cjs');
const { valueText } = require('./text.cjs');
const { int } = require('./numbers.cjs');
const { ApexList, ApexSet } = require('./collections.cjs');
const { unsupported } = require('./errors.cjs');
const { throwApex } = require('./exceptions.cjs');

// Character.isWhitespace: space separators except the no-break ones, and the ASCII controls it names.
const JAVA_WHITESPACE = new Set([
  9, 10, 11, 12, 13, 28, 29, 30, 31, 32, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x205f, 0x3000,
]);

function isBlank(s) {
  if (s === null) return true;
  for (let i = 0; i < s.length; i += 1) if (!JAVA_WHITESPACE.has(s.charCodeAt(i))) return false;
  return true;
}

function javaTrim(s) {
  let start = 0;
  let end = s.length;
  while (start < end && s.charCodeAt(start) <= 32) start += 1;
  while (end > start && s.charCodeAt(end - 1) <= 32) end -= 1;
  return s.slice(start, end);
}

const statics = {
  isblank(args) {
    arity(args, 1, 'String.isBlank');
    return isBlank(args[0] === null ? null : stringArg(args[0], 'String.isBlank'));
  },
  isnotblank(args) {
    arity(args, 1, 'String.isNotBlank');
    return !isBlank(args[0] === null ? null : stringArg(args[0], 'String.isNotBlank'));
  },
  valueof(args) {
    arity(args, 1, 'String.valueOf');
    return valueText(args[0]);
  },
  join(args) {
    arity(args, 2, 'String.join');
    const [items, separator] = args;
    if (!(items instanceof ApexList || items instanceof ApexSet)) unsupported('String.join of something that is not a List or Set');
    const values = items instanceof ApexList ? items.items : items.values();
    if (values.includes(null)) unsupported('String.join of a collection holding null');
    return values.map(valueText).join(stringArg(separator, 'String.join'));
  },
};

const methods = {
  equals(s, args) {
    arity(args, 1, 'String.equals');
    return typeof args[0] === 'string' && s === args[0];
  },
  contains(s, args) {
    arity(args, 1, 'String.contains');
    return s.includes(stringArg(args[0], 'String.contains'));
  },
  startswith(s, args) {
    arity(args, 1, 'String.startsWith');
    return s.startsWith(stringArg(args[0], 'String.startsWith'));
  },
  endswith(s, args) {
    arity(args, 1, 'String.endsWith');
    return s.endsWith(stringArg(args[0], 'String.endsWith'));
  },
  length(s, args) {
    arity(args, 0, 'String.length');
    return int(s.length);
  },
  trim(s, args) {
    arity(args, 0, 'String.trim');
    return javaTrim(s);
  },
  remove(s, args) {
    arity(args, 1, 'String.remove');
    const sub = stringArg(args[0], 'String.remove');
    return sub === '' ? s : s.split(sub).join('');
  },
  substring(s, args) {
    arity(args, [1, 2], 'String.substring');
    const start = integerArg(args[0], 'String.substring');
    const end = args.length === 2 ? integerArg(args[1], 'String.substring') : s.length;
    if (start < 0 || start > s.length) throwApex('StringException', `Starting position out of bounds: ${start}`);
    if (end > s.length || end < start) throwApex('StringException', `Ending position out of bounds: ${end}`);
    return s.slice(start, end);
  },
};

module.exports = { statics, methods, javaTrim, isBlank };
