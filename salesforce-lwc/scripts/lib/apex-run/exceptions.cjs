'use strict';
// The platform's exception classes the interpreter itself throws (and that
// Apex code may catch by name, with or without the System namespace).
const { ApexThrow } = require('./errors.cjs');
const { ApexException } = require('./objects.cjs');

function builtinClass(name, parent) {
  return {
    kind: 'class',
    name,
    lname: name.toLowerCase(),
    fullName: `System.${name}`,
    builtin: true,
    superclass: () => parent || null,
    interfaces: () => [],
  };
}

const EXCEPTION = builtinClass('Exception', null);
const CLASSES = new Map([['exception', EXCEPTION]]);
for (const name of [
  'NullPointerException',
  'TypeException',
  'MathException',
  'ListException',
  'StringException',
  'JSONException',
  'FinalException',
  'IllegalArgumentException',
  'AssertException',
]) {
  CLASSES.set(name.toLowerCase(), builtinClass(name, EXCEPTION));
}

/** The built-in exception class of a (lower-case, namespace-free) name, or undefined. */
const exceptionClass = (lname) => CLASSES.get(lname);

/** Throws System.<name> with the platform's message. */
function throwApex(name, message) {
  throw new ApexThrow(new ApexException(CLASSES.get(name.toLowerCase()), message));
}

const nullPointer = () => throwApex('NullPointerException', 'Attempt to de-reference a null object');

module.exports = { EXCEPTION, exceptionClass, throwApex, nullPointer };
