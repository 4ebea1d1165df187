'use strict';
// List, Set and Map methods the engine classes call. Elements are converted
// to the collection's element type on the way in; a list index out of range
// throws System.ListException; get() of a missing key is null.
const { ApexList, ApexSet, ApexMap, keyOf, mutate } = require('./collections.cjs');
const { ApexObject } = require('./objects.cjs');
const { numberKind, int } = require('./numbers.cjs');
const { compareNumbers } = require('./operators.cjs');
const { coerce } = require('./convert.cjs');
const { arity, integerArg } = require('./lib-args.cjs');
const { unsupported } = require('./errors.cjs');
const { throwApex } = require('./exceptions.cjs');

function listIndex(list, value) {
  const i = integerArg(value, 'a List index');
  if (i < 0 || i >= list.items.length) throwApex('ListException', `List index out of bounds: ${i}`);
  return i;
}

/** The elements of a List or Set argument (addAll, copy constructors). */
function elementsOf(value, name) {
  if (value instanceof ApexList) return value.items;
  if (value instanceof ApexSet) return value.values();
  return unsupported(`${name} of something that is not a List or Set`);
}

function setAdd(set, value) {
  mutate(set);
  const v = coerce(value, set.elemType);
  const key = keyOf(v);
  if (set.entries.has(key)) return false;
  set.entries.set(key, v);
  return true;
}

function mapPut(map, key, value) {
  mutate(map);
  const k = coerce(key, map.keyType);
  const id = keyOf(k);
  const previous = map.entries.get(id);
  map.entries.set(id, [k, coerce(value, map.valueType)]);
  return previous ? previous[1] : null;
}

/**
 * List.sort(): numbers by value, Strings and Comparable objects by their
 * order. Refused where the platform's answer is not known: Strings that
 * would sort differently with and without case, objects comparing equal.
 */
function sortList(list, rt) {
  const items = list.items;
  if (items.every((x) => typeof x === 'string')) {
    const exact = [...items].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const folded = [...items].sort((a, b) => {
      const [x, y] = [a.toLowerCase(), b.toLowerCase()];
      return x < y ? -1 : x > y ? 1 : 0;
    });
    if (exact.some((x, i) => x !== folded[i])) unsupported('List.sort() of Strings whose order depends on case');
    return exact;
  }
  if (items.every((x) => numberKind(x))) return [...items].sort((a, b) => compareNumbers(a, b));
  if (items.every((x) => x instanceof ApexObject)) {
    return [...items].sort((a, b) => {
      const c = rt.compareTo(a, b);
      if (c === 0 && a !== b) unsupported('List.sort() of objects that compare equal (the order of ties is not modelled)');
      return c;
    });
  }
  return unsupported('List.sort() of these elements');
}

const methods = {
  List: {
    add(list, args) {
      arity(args, 1, 'List.add');
      mutate(list);
      list.items.push(coerce(args[0], list.elemType));
    },
    get: (list, args) => (arity(args, 1, 'List.get'), list.items[listIndex(list, args[0])]),
    size: (list, args) => (arity(args, 0, 'List.size'), int(list.items.length)),
    isempty: (list, args) => (arity(args, 0, 'List.isEmpty'), list.items.length === 0),
    clone: (list, args) => (arity(args, 0, 'List.clone'), new ApexList(list.elemType, [...list.items])),
    sort(list, args, rt) {
      arity(args, 0, 'List.sort');
      mutate(list);
      list.items = sortList(list, rt);
    },
  },
  Set: {
    add: (set, args) => (arity(args, 1, 'Set.add'), setAdd(set, args[0])),
    addall(set, args) {
      arity(args, 1, 'Set.addAll');
      let changed = false;
      for (const v of elementsOf(args[0], 'Set.addAll')) changed = setAdd(set, v) || changed;
      return changed;
    },
    contains: (set, args) => (arity(args, 1, 'Set.contains'), set.entries.has(keyOf(args[0]))),
    size: (set, args) => (arity(args, 0, 'Set.size'), int(set.entries.size)),
    isempty: (set, args) => (arity(args, 0, 'Set.isEmpty'), set.entries.size === 0),
  },
  Map: {
    get(map, args) {
      arity(args, 1, 'Map.get');
      const entry = map.entries.get(keyOf(args[0]));
      return entry ? entry[1] : null;
    },
    put: (map, args) => (arity(args, 2, 'Map.put'), mapPut(map, args[0], args[1])),
    containskey: (map, args) => (arity(args, 1, 'Map.containsKey'), map.entries.has(keyOf(args[0]))),
    remove(map, args) {
      arity(args, 1, 'Map.remove');
      mutate(map);
      const id = keyOf(args[0]);
      const entry = map.entries.get(id);
      map.entries.delete(id);
      return entry ? entry[1] : null;
    },
    putall(map, args) {
      arity(args, 1, 'Map.putAll');
      if (!(args[0] instanceof ApexMap)) unsupported('Map.putAll of something that is not a Map');
      for (const [k, v] of [...args[0].entries.values()]) mapPut(map, k, v);
    },
    keyset(map, args) {
      arity(args, 0, 'Map.keySet');
      const set = new ApexSet(map.keyType);
      for (const [id, [k]] of map.entries) set.entries.set(id, k);
      return set;
    },
    values: (map, args) => (
      arity(args, 0, 'Map.values'),
      new ApexList(
        map.valueType,
        [...map.entries.values()].map(([, v]) => v),
      )
    ),
    size: (map, args) => (arity(args, 0, 'Map.size'), int(map.entries.size)),
    isempty: (map, args) => (arity(args, 0, 'Map.isEmpty'), map.entries.size === 0),
    clone(map, args) {
      arity(args, 0, 'Map.clone');
      const copy = new ApexMap(map.keyType, map.valueType);
      for (const [id, entry] of map.entries) copy.entries.set(id, [...entry]);
      return copy;
    },
  },
};

module.exports = { methods, listIndex, elementsOf, setAdd, mapPut };
