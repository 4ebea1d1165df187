'use strict';
// The platform types the engine classes name, by lower-case name (with or
// without the System namespace). Anything else (SObject, Id, Blob, Task ...)
// is refused when a declaration of it is first used.
const { T, CANONICAL, classType } = require('./types.cjs');
const { exceptionClass } = require('./exceptions.cjs');
const { ROUNDING_MODE } = require('./rounding-mode.cjs');

const COMPARABLE = {
  kind: 'interface',
  name: 'Comparable',
  lname: 'comparable',
  fullName: 'System.Comparable',
  builtin: true,
  superclass: () => null,
  interfaces: () => [],
};

/** The built-in type of a lower-case simple name, or null. */
function builtinType(lname) {
  if (CANONICAL.has(lname) && !['list', 'set', 'map'].includes(lname)) return T[CANONICAL.get(lname).toUpperCase()];
  if (lname === 'roundingmode') return ROUNDING_MODE;
  if (lname === 'comparable') return classType(COMPARABLE);
  const exception = exceptionClass(lname);
  return exception ? classType(exception) : null;
}

module.exports = { builtinType };
