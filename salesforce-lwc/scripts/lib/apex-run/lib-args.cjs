'use strict';
// Argument checks shared by the built-in methods: a call the library does
// not implement (wrong count, an argument of another type) is refused by
// name instead of being answered some other way.
const { numberKind } = require('./numbers.cjs');
const { unsupported } = require('./errors.cjs');
const { nullPointer } = require('./exceptions.cjs');

function arity(args, counts, name) {
  const allowed = Array.isArray(counts) ? counts : [counts];
  if (!allowed.includes(args.length)) unsupported(`${name} with ${args.length} argument(s)`);
}

function stringArg(value, name) {
  if (typeof value !== 'string') unsupported(`${name} with a ${value === null ? 'null' : numberKind(value) || typeof value} argument`);
  return value;
}

/** An Integer argument as a JavaScript number. */
function integerArg(value, name) {
  if (numberKind(value) !== 'Integer') unsupported(`${name} with a ${value === null ? 'null' : numberKind(value) || typeof value} argument`);
  return value.v;
}

/** The receiver of an instance method: null throws System.NullPointerException. */
function receiver(self) {
  return self === null || self === undefined ? nullPointer() : self;
}

module.exports = { arity, stringArg, integerArg, receiver };
