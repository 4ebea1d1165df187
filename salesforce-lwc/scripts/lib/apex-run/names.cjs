'use strict';
// What a name means where it is written, in Apex's order: a local variable,
// a field of this object, a static field of this class or an outer one, then
// a type (an inner class, a top-level class, a platform type), then the
// System namespace. Names are case-insensitive.
const { STATICS } = require('./library.cjs');

/** { kind: 'slot', slot } | { kind: 'type', type } | { kind: 'namespace' } | null */
function lookupName(rt, name, frame) {
  const lname = name.toLowerCase();
  const local = frame.lookup(lname);
  if (local) return { kind: 'slot', slot: local };
  if (frame.self && frame.self.fields.has(lname)) return { kind: 'slot', slot: frame.self.fields.get(lname) };
  const statik = rt.staticSlot(frame.cls, lname);
  if (statik) return { kind: 'slot', slot: statik };
  const type = rt.typeOfName([{ lname, args: null }], frame.cls);
  if (type) return { kind: 'type', type };
  // System is a namespace (System.RoundingMode) and a class of static methods (System.assert).
  if (lname === 'system') return { kind: 'namespace' };
  // Classes with only static methods (Math, JSON): a "type" the library knows by name.
  if (STATICS[lname]) return { kind: 'type', type: { name: name, staticOnly: true } };
  return null;
}

module.exports = { lookupName };
