'use strict';
// Instances of Apex classes: the class (a ClassInfo, see classes.cjs) and the
// fields by lower-case name, each with its declared type. Exceptions carry
// their message and cause besides. Enum values are one object per constant.

class ApexObject {
  constructor(cls) {
    this.cls = cls;
    this.fields = new Map();
  }
}

class ApexException extends ApexObject {
  constructor(cls, message, cause) {
    super(cls);
    this.message = message === undefined ? null : message;
    this.cause = cause || null;
  }
}

class EnumValue {
  constructor(type, name, ordinal) {
    this.type = type;
    this.name = name;
    this.ordinal = ordinal;
  }
}

/** Whether class `cls` is `target` or extends or implements it (ClassInfo: superclass(), interfaces()). */
function isSubclass(cls, target) {
  for (let c = cls; c; c = c.superclass()) {
    if (c === target) return true;
    if (c.interfaces().some((i) => isSubclass(i, target))) return true;
  }
  return false;
}

module.exports = { ApexObject, ApexException, EnumValue, isSubclass };
