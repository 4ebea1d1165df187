'use strict';
// new: objects of user classes (and exceptions), and List / Set / Map, empty,
// copied from another collection, or written out ({a, b}, {k => v}).
const { ApexList, ApexSet, ApexMap } = require('./collections.cjs');
const { ApexException } = require('./objects.cjs');
const { setAdd, mapPut, elementsOf } = require('./lib-collections.cjs');
const { coerce } = require('./convert.cjs');
const { argumentsOf } = require('./members.cjs');
const { unsupported } = require('./errors.cjs');

function emptyOf(type) {
  if (type.name === 'List') return new ApexList(type.args[0]);
  if (type.name === 'Set') return new ApexSet(type.args[0]);
  return new ApexMap(type.args[0], type.args[1]);
}

function copyOf(type, source, ctx) {
  const out = emptyOf(type);
  if (out instanceof ApexMap) {
    if (!(source instanceof ApexMap)) unsupported('new Map(...) of something that is not a Map', ctx);
    for (const [k, v] of source.entries.values()) mapPut(out, k, v);
  } else if (out instanceof ApexList) {
    out.items = elementsOf(source, 'new List(...)').map((v) => coerce(v, out.elemType));
  } else {
    for (const v of elementsOf(source, 'new Set(...)')) setAdd(out, v);
  }
  return out;
}

function createdType(rt, creator, frame) {
  const parts = creator
    .createdName()
    .idCreatedNamePair_list()
    .map((p) => ({
      lname: p.anyId().getText().toLowerCase(),
      args: p.typeList()
        ? p
            .typeList()
            .typeRef_list()
            .map((r) => rt.resolveType(r, frame.cls))
        : null,
    }));
  return rt.typeOfName(parts, frame.cls) || unsupported(`new ${creator.createdName().getText()}`, creator);
}

function create(rt, ctx, frame) {
  const creator = ctx.creator();
  const type = createdType(rt, creator, frame);
  const collection = ['List', 'Set', 'Map'].includes(type.name) && type.args;
  if (creator.classCreatorRest()) {
    const args = argumentsOf(rt, creator.classCreatorRest().arguments().expressionList(), frame);
    if (collection) {
      if (args.length === 0) return emptyOf(type);
      if (args.length === 1 && args[0] !== null) return copyOf(type, args[0], ctx);
      return unsupported(`new ${type.name}(...) with these arguments`, ctx);
    }
    if (type.cls && type.cls.builtin && rt.isException(type.cls)) {
      const e = new ApexException(type.cls, null);
      rt.exceptionArguments(e, args, ctx);
      return e;
    }
    if (!type.cls) unsupported(`new ${type.name}(...)`, ctx);
    return rt.newObject(type.cls, args, ctx);
  }
  if (!collection) return unsupported(`new ${type.name} with an initializer`, ctx);
  const out = emptyOf(type);
  if (creator.noRest()) return out;
  if (creator.setCreatorRest() && !(out instanceof ApexMap)) {
    for (const e of creator.setCreatorRest().expression_list()) {
      const v = rt.evaluate(rt, e, frame);
      if (out instanceof ApexList) out.items.push(coerce(v, out.elemType));
      else setAdd(out, v);
    }
    return out;
  }
  if (creator.mapCreatorRest() && out instanceof ApexMap) {
    for (const pair of creator.mapCreatorRest().mapCreatorRestPair_list()) {
      const [k, v] = pair.expression_list().map((e) => rt.evaluate(rt, e, frame));
      mapPut(out, k, v);
    }
    return out;
  }
  return unsupported(`this form of new ${type.name}`, ctx);
}

module.exports = { create };
