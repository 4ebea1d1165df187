'use strict';
// String.valueOf and string concatenation: what text Apex gives a value.
// Doubles read as Java prints them (85.0, 1.0E7), unlike JavaScript (85, 10000000).
const { numberKind, numberText } = require('./numbers.cjs');
const { ApexDate, civilFromDays } = require('./dates.cjs');
const { ApexList, ApexSet, ApexMap } = require('./collections.cjs');
const { EnumValue } = require('./objects.cjs');
const { unsupported } = require('./errors.cjs');
const { runtimeType, typeText } = require('./types.cjs');

const pad = (n, width) => String(n).padStart(width, '0');

function valueText(value) {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return String(value);
  if (numberKind(value)) return numberText(value);
  if (value instanceof ApexDate) {
    const { y, m, d } = civilFromDays(value.days);
    return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
  }
  if (value instanceof EnumValue) return value.name;
  // Collections print as String.valueOf prints them: (a, b) for a List, {a, b} for a Set, {k=v} for a Map.
  if (value instanceof ApexList) return `(${value.items.map(valueText).join(', ')})`;
  if (value instanceof ApexSet) return `{${value.values().map(valueText).join(', ')}}`;
  if (value instanceof ApexMap) return `{${[...value.entries.values()].map(([k, v]) => `${valueText(k)}=${valueText(v)}`).join(', ')}}`;
  // Datetime prints in the user's time zone, objects in a debug format: not modelled.
  return unsupported(`the text of a ${typeText(runtimeType(value))}`);
}

module.exports = { valueText };
