'use strict';
// List, Set and Map with their element types (an Integer added to a
// List<Double> becomes a Double, as assignment converts it). Set elements and
// Map keys are case-sensitive for Strings (unlike ==). Iteration follows
// insertion order: the platform only documents that the order is the same
// on every run. Changing a collection while a for loop iterates it throws
// System.FinalException, as the platform does.
const { numberKind } = require('./numbers.cjs');
const { unsupported } = require('./errors.cjs');
const { throwApex } = require('./exceptions.cjs');
const { EnumValue } = require('./objects.cjs');
const { ApexDate, ApexDatetime } = require('./dates.cjs');

class ApexList {
  constructor(elemType, items = []) {
    this.elemType = elemType;
    this.items = items;
    this.iterating = 0;
  }
}

class ApexSet {
  constructor(elemType) {
    this.elemType = elemType;
    this.entries = new Map();
    this.iterating = 0;
  }
  values() {
    return [...this.entries.values()];
  }
}

class ApexMap {
  constructor(keyType, valueType) {
    this.keyType = keyType;
    this.valueType = valueType;
    this.entries = new Map();
    this.iterating = 0;
  }
}

/** The identity of a Set element or Map key: equal values share it, Strings by exact characters. */
function keyOf(value) {
  if (value === null) return 'null';
  if (typeof value === 'string') return `s:${value}`;
  if (typeof value === 'boolean') return `b:${value}`;
  const kind = numberKind(value);
  if (kind === 'Decimal') return `Decimal:${value.unscaled}@${value.scale}`;
  if (kind) return `${kind}:${value.v}`;
  if (value instanceof EnumValue) return `enum:${value.type.fullName}.${value.name}`;
  if (value instanceof ApexDate) return `Date:${value.days}`;
  if (value instanceof ApexDatetime) return `Datetime:${value.ms}`;
  return unsupported('a Set element or Map key that is an object (equals and hashCode are not modelled)');
}

/** Marks a change; refused while a for loop iterates the collection. */
function mutate(collection) {
  if (collection.iterating > 0) throwApex('FinalException', 'Cannot modify a collection while it is being iterated.');
}

/** Runs `body(item)` over a snapshot while the collection refuses changes. */
function iterate(collection, items, body) {
  collection.iterating += 1;
  try {
    for (const item of items) {
      const outcome = body(item);
      if (outcome) return outcome;
    }
    return undefined;
  } finally {
    collection.iterating -= 1;
  }
}

module.exports = { ApexList, ApexSet, ApexMap, keyOf, mutate, iterate };
