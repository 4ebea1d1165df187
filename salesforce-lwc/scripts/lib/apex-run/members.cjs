'use strict';
// a.b and a.b(...): what the left side is (a value, a type, the System
// namespace), then the field, static field, enum constant, inner class or
// method it names. Calls on null throw System.NullPointerException (`?.`
// answers null instead); a method the interpreter does not know is refused.
const { lookupName } = require('./names.cjs');
const { staticMethod, instanceMethod, kindOf } = require('./library.cjs');
const { ApexObject, ApexException } = require('./objects.cjs');
const { classType } = require('./types.cjs');
const { builtinType } = require('./builtin-types.cjs');
const { unsupported, located } = require('./errors.cjs');
const { nullPointer } = require('./exceptions.cjs');

/** The left side of a dot: { kind: 'value', value } | { kind: 'type', type } | { kind: 'namespace' }. */
function receiverOf(rt, ctx, frame) {
  const kind = ctx.constructor.name;
  if (kind === 'PrimaryExpressionContext' && ctx.primary().constructor.name === 'IdPrimaryContext') {
    const found = lookupName(rt, ctx.primary().id().getText(), frame);
    if (!found) return unsupported(`the name ${ctx.getText()}`, ctx);
    return found.kind === 'slot' ? { kind: 'value', value: found.slot.value } : found;
  }
  if (kind === 'DotExpressionContext' && !ctx.dotMethodCall()) {
    const left = receiverOf(rt, ctx.expression(), frame);
    const name = ctx.anyId().getText();
    if (left.kind === 'namespace') {
      const type = builtinType(name.toLowerCase());
      return type ? { kind: 'type', type } : unsupported(`System.${name}`, ctx);
    }
    if (left.kind === 'type') {
      const member = staticMember(rt, left.type, name, ctx);
      return member;
    }
    return { kind: 'value', value: fieldOf(left.value, name, Boolean(ctx.QUESTIONDOT()), ctx) };
  }
  return { kind: 'value', value: rt.evaluate(rt, ctx, frame) };
}

/** Type.name: a static field, an enum constant, or an inner class. */
function staticMember(rt, type, name, ctx) {
  const lname = name.toLowerCase();
  if (type.cls && !type.cls.builtin) {
    const slot = rt.staticSlot(type.cls, lname);
    if (slot) return { kind: 'value', value: slot.value };
    const inner = type.cls.inner.get(lname);
    if (inner) return { kind: 'type', type: classType(inner) };
  }
  if (type.enum && type.values.has(lname)) return { kind: 'value', value: type.values.get(lname) };
  return unsupported(`${type.name}.${name}`, ctx);
}

/** The slot of field `name` of an object (null object: NullPointerException). */
function fieldSlot(obj, name, ctx) {
  if (obj === null) return nullPointer();
  if (!(obj instanceof ApexObject)) unsupported(`the field ${name} of a ${kindOf(obj)}`, ctx);
  const slot = obj.fields.get(name.toLowerCase());
  return slot || unsupported(`the field ${name} of ${obj.cls.fullName}`, ctx);
}

function fieldOf(obj, name, safe, ctx) {
  if (obj === null && safe) return null;
  return fieldSlot(obj, name, ctx).value;
}

function argumentsOf(rt, listCtx, frame) {
  return listCtx ? listCtx.expression_list().map((e) => rt.evaluate(rt, e, frame)) : [];
}

/** Calls a library function, giving its errors the place of the call. */
function callLibrary(fn, args, ctx) {
  try {
    return fn(args);
  } catch (error) {
    throw located(error, ctx);
  }
}

/** receiver.name(args) */
function dotCall(rt, ctx, frame) {
  const call = ctx.dotMethodCall();
  const name = call.anyId().getText();
  const lname = name.toLowerCase();
  const left = receiverOf(rt, ctx.expression(), frame);
  const args = argumentsOf(rt, call.expressionList(), frame);
  if (left.kind === 'namespace') {
    const fn = staticMethod('system', lname);
    if (!fn) unsupported(`System.${name}()`, ctx);
    return callLibrary((a) => fn(a, rt), args, ctx);
  }
  if (left.kind === 'type') {
    const { type } = left;
    if (type.cls && !type.cls.builtin) {
      const candidates = type.cls.methodsNamed(lname).filter((m) => m.isStatic);
      if (!candidates.length) unsupported(`the static method ${type.name}.${name}`, ctx);
      return rt.invoke(rt.choose(candidates, args, `${type.name}.${name}`, ctx), null, args);
    }
    const fn = staticMethod(type.name.toLowerCase(), lname);
    if (!fn) unsupported(`${type.name}.${name}()`, ctx);
    return callLibrary((a) => fn(a, rt), args, ctx);
  }
  const self = left.value;
  if (self === null || self === undefined) return ctx.QUESTIONDOT() ? null : nullPointer();
  if (self instanceof ApexObject) {
    const candidates = self.cls.builtin ? [] : self.cls.methodsNamed(lname).filter((m) => !m.isStatic);
    if (candidates.length) return rt.invoke(rt.choose(candidates, args, `${self.cls.fullName}.${name}`, ctx), self, args);
    if (!(self instanceof ApexException)) unsupported(`the method ${self.cls.fullName}.${name}`, ctx);
  }
  const fn = instanceMethod(self, lname);
  if (!fn) unsupported(`${kindOf(self)}.${name}()`, ctx);
  return callLibrary((a) => fn(self, a, rt), args, ctx);
}

/** name(args) with no receiver: a method of this class (or its superclasses), else a static one of an outer class. */
function plainCall(rt, ctx, frame) {
  const call = ctx.methodCall();
  if (!call.id()) unsupported('this(...) or super(...)', ctx);
  const name = call.id().getText();
  const args = argumentsOf(rt, call.expressionList(), frame);
  for (let c = frame.cls; c; c = c.outer) {
    const candidates = c.methodsNamed(name.toLowerCase()).filter((m) => m.isStatic || (c === frame.cls && frame.self));
    if (candidates.length) {
      const method = rt.choose(candidates, args, `${c.fullName}.${name}`, ctx);
      return rt.invoke(method, method.isStatic ? null : frame.self, args);
    }
  }
  return unsupported(`the method ${name}`, ctx);
}

module.exports = { receiverOf, fieldSlot, dotCall, plainCall, argumentsOf };
