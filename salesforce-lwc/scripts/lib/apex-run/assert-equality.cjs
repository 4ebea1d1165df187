'use strict';
// What System.assertEquals counts as equal: Strings exactly (unlike ==),
// numbers of the same type by value, collections element by element. Where
// the platform's answer was not checked (numbers of different types,
// Decimals of different scales, objects with equals()) it refuses.
const { numberKind } = require('./numbers.cjs');
const { compareNumbers } = require('./operators.cjs');
const { ApexList, ApexSet, ApexMap } = require('./collections.cjs');
const { ApexDate, ApexDatetime } = require('./dates.cjs');
const { ApexObject } = require('./objects.cjs');
const { unsupported } = require('./errors.cjs');

function sameForAssert(a, b) {
  if (a === null || a === undefined || b === null || b === undefined) return (a ?? null) === (b ?? null);
  if (typeof a === 'string' || typeof a === 'boolean') return a === b;
  const [ka, kb] = [numberKind(a), numberKind(b)];
  if (ka || kb) {
    if (ka !== kb) unsupported(`System.assertEquals of a ${ka || typeof a} and a ${kb || typeof b}`);
    if (ka === 'Decimal' && a.scale !== b.scale) unsupported('System.assertEquals of Decimals of different scales');
    return compareNumbers(a, b) === 0;
  }
  if (a instanceof ApexList && b instanceof ApexList) return a.items.length === b.items.length && a.items.every((x, i) => sameForAssert(x, b.items[i]));
  if (a instanceof ApexSet && b instanceof ApexSet) return a.entries.size === b.entries.size && [...a.entries.keys()].every((k) => b.entries.has(k));
  if (a instanceof ApexMap && b instanceof ApexMap) {
    return a.entries.size === b.entries.size && [...a.entries].every(([id, [, v]]) => b.entries.has(id) && sameForAssert(v, b.entries.get(id)[1]));
  }
  if (a instanceof ApexDate && b instanceof ApexDate) return a.days === b.days;
  if (a instanceof ApexDatetime && b instanceof ApexDatetime) return a.ms === b.ms;
  if (a instanceof ApexObject && a.cls.methods && a.cls.methods.has('equals')) unsupported('System.assertEquals on a class that defines equals()');
  return a === b;
}

module.exports = { sameForAssert };
