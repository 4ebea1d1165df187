'use strict';
// The declared (compile-time) type of an expression, where Apex's answer
// depends on it and the value alone cannot tell: a cast of a Long expression
// to Double converts, a cast of an Object holding a Long throws; both
// branches of ?: decide its type. Null when not worked out here.
const { lookupName } = require('./names.cjs');
const { T, isNumeric, classType } = require('./types.cjs');
const { RANK } = require('./numbers.cjs');

const LITERAL_TYPES = { IntegerLiteral: T.INTEGER, LongLiteral: T.LONG, StringLiteral: T.STRING, BooleanLiteral: T.BOOLEAN };

function wider(a, b) {
  if (!a || !b || !isNumeric(a) || !isNumeric(b)) return null;
  if ((a.name === 'Double' && b.name === 'Decimal') || (a.name === 'Decimal' && b.name === 'Double')) return null;
  return RANK[a.name] >= RANK[b.name] ? a : b;
}

/** The class type a receiver expression names or has, for field and method lookups. */
function receiverClass(rt, ctx, frame) {
  if (ctx.constructor.name === 'PrimaryExpressionContext' && ctx.primary().constructor.name === 'IdPrimaryContext') {
    const found = lookupName(rt, ctx.primary().id().getText(), frame);
    if (found && found.kind === 'type') return { statik: true, type: found.type };
  }
  const type = staticTypeOf(rt, ctx, frame);
  return type ? { statik: false, type } : null;
}

function fieldType(rt, ctx, frame) {
  const left = receiverClass(rt, ctx.expression(), frame);
  if (!left || !left.type.cls || left.type.cls.builtin) return null;
  const lname = ctx.anyId().getText().toLowerCase();
  if (left.statik) {
    const slot = rt.staticSlot(left.type.cls, lname);
    return slot ? slot.type : null;
  }
  for (let c = left.type.cls; c && !c.builtin; c = c.superclass()) {
    const f = c.fields.find((x) => x.lname === lname);
    if (f) return rt.resolveType(f.typeRef, c);
  }
  return null;
}

/** The return type shared by every user method of that name and arity, or null. */
function returnTypeOf(rt, cls, name, arity) {
  const methods = cls.methodsNamed(name.toLowerCase()).filter((m) => m.params.length === arity);
  if (!methods.length || methods.some((m) => !m.returnRef)) return null;
  const types = methods.map((m) => rt.returnType(m));
  return types.every((t) => t.name === types[0].name) ? types[0] : null;
}

function staticTypeOf(rt, ctx, frame) {
  switch (ctx.constructor.name) {
    case 'SubExpressionContext':
      return staticTypeOf(rt, ctx.expression(), frame);
    case 'CastExpressionContext':
      return rt.resolveType(ctx.typeRef(), frame.cls);
    case 'PrimaryExpressionContext': {
      const p = ctx.primary();
      if (p.constructor.name === 'LiteralPrimaryContext') {
        const token = p.literal().getChild(0);
        const kind = ctx.parser.symbolicNames[token.symbol.type];
        if (kind === 'NumberLiteral') return /[dD]$/.test(token.getText()) ? T.DOUBLE : T.DECIMAL;
        return LITERAL_TYPES[kind] || null;
      }
      if (p.constructor.name === 'IdPrimaryContext') {
        const found = lookupName(rt, p.id().getText(), frame);
        return found && found.kind === 'slot' ? found.slot.type : null;
      }
      if (p.constructor.name === 'ThisPrimaryContext') return classType(frame.cls);
      return null;
    }
    case 'DotExpressionContext': {
      if (!ctx.dotMethodCall()) return fieldType(rt, ctx, frame);
      const left = receiverClass(rt, ctx.expression(), frame);
      const call = ctx.dotMethodCall();
      const arity = call.expressionList() ? call.expressionList().expression_list().length : 0;
      return left && left.type.cls && !left.type.cls.builtin ? returnTypeOf(rt, left.type.cls, call.anyId().getText(), arity) : null;
    }
    case 'MethodCallExpressionContext': {
      const call = ctx.methodCall();
      if (!call.id()) return null;
      const arity = call.expressionList() ? call.expressionList().expression_list().length : 0;
      for (let c = frame.cls; c; c = c.outer) {
        const t = returnTypeOf(rt, c, call.id().getText(), arity);
        if (t) return t;
      }
      return null;
    }
    case 'Arth1ExpressionContext':
    case 'Arth2ExpressionContext': {
      const [a, b] = ctx.expression_list().map((e) => staticTypeOf(rt, e, frame));
      if (ctx.ADD && ctx.ADD() && ((a && a.name === 'String') || (b && b.name === 'String'))) return T.STRING;
      return wider(a, b);
    }
    case 'CondExpressionContext': {
      const [, a, b] = ctx.expression_list().map((e) => staticTypeOf(rt, e, frame));
      if (a && b && a.name === b.name) return a;
      return wider(a, b);
    }
    default:
      return null;
  }
}

module.exports = { staticTypeOf };
