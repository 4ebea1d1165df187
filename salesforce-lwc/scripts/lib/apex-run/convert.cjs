'use strict';
// Conversions: what assignment does to a value (an Integer stored in a Double
// becomes a Double; a Decimal literal stored in a Double becomes one), and
// what a cast does (a numeric expression converts; an Object holding an
// Integer cast to Double throws System.TypeException, as on the platform).
const { numberKind, widen } = require('./numbers.cjs');
const { isNumeric, isInstance, runtimeType, typeText, sameType } = require('./types.cjs');
const { unsupported } = require('./errors.cjs');
const { throwApex } = require('./exceptions.cjs');

/** The value as a slot of `type` holds it (type null: no declared type, kept as it is). */
function coerce(value, type) {
  if (value === null || value === undefined || !type) return value === undefined ? null : value;
  if (isNumeric(type)) {
    if (!numberKind(value)) unsupported(`storing a ${typeText(runtimeType(value))} in a ${type.name}`);
    return widen(value, type.name);
  }
  if ((type.name === 'String' && typeof value !== 'string') || (type.name === 'Boolean' && typeof value !== 'boolean')) {
    unsupported(`storing a ${typeText(runtimeType(value))} in a ${type.name}`);
  }
  return value;
}

/** `(target) value`; `staticType` is the operand's declared type when known (null otherwise). */
function cast(value, target, staticType) {
  if (value === null) return null;
  const kind = numberKind(value);
  const actual = runtimeType(value);
  if (target.args && actual.args && actual.name === target.name && !sameType(actual, target)) {
    // Untyped JSON's List<Object> cast to List<Map<...>> throws on the platform; other generic casts are not modelled.
    if (!actual.args.every((t) => t.name === 'Object')) unsupported(`a cast of a ${typeText(actual)} to ${typeText(target)}`);
  } else if (isNumeric(target) && kind && kind !== target.name) {
    if (staticType && isNumeric(staticType)) return widen(value, target.name);
    if (!staticType || staticType.name !== 'Object') unsupported(`a cast to ${target.name} of an expression whose declared type is not known`);
  } else if (target.name === 'Object' || isInstance(value, target)) {
    return value;
  }
  return throwApex('TypeException', `Invalid conversion from runtime type ${typeText(actual)} to ${typeText(target)}`);
}

module.exports = { coerce, cast };
