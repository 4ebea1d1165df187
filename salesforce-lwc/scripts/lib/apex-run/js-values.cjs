'use strict';
// Between Apex values and JSON-like JavaScript values, for the harness:
// JSON goes in through JSON.deserializeUntyped (as the org reads the golden
// resource), answers come out as plain objects, arrays, numbers, strings.
const { numberKind } = require('./numbers.cjs');
const { ApexList, ApexSet, ApexMap } = require('./collections.cjs');
const { deserializeUntyped } = require('./json.cjs');

/** JSON text as Apex's JSON.deserializeUntyped reads it. */
const fromJson = (text) => deserializeUntyped(text);

function toJs(value) {
  if (value === null || value === undefined || typeof value === 'string' || typeof value === 'boolean') return value === undefined ? null : value;
  const kind = numberKind(value);
  if (kind === 'Long') {
    const n = Number(value.v);
    if (!Number.isSafeInteger(n)) throw new Error(`Long ${value.v} has no exact JavaScript number`);
    return n;
  }
  if (kind === 'Decimal') return value.toNumber();
  if (kind) return value.v;
  if (value instanceof ApexList) return value.items.map(toJs);
  if (value instanceof ApexSet) return value.values().map(toJs);
  if (value instanceof ApexMap) {
    const out = {};
    for (const [k, v] of value.entries.values()) {
      if (typeof k !== 'string') throw new Error('only Maps with String keys have a JavaScript object form');
      out[k] = toJs(v);
    }
    return out;
  }
  throw new Error(`no JavaScript form for ${value.constructor.name}`);
}

/** A field of an Apex object, by its (case-insensitive) name. */
function fieldValue(obj, name) {
  const slot = obj.fields.get(name.toLowerCase());
  if (!slot) throw new Error(`${obj.cls.fullName} has no field ${name}`);
  return slot.value;
}

module.exports = { toJs, fromJson, fieldValue };
