'use strict';
// Expressions, one handler per kind of parse-tree node; a kind without a
// handler (bit operators, ??, SOQL, super ...) is refused with its place.
const { literalOf } = require('./literals.cjs');
const { lookupName } = require('./names.cjs');
const { receiverOf, dotCall, plainCall } = require('./members.cjs');
const { create } = require('./creators.cjs');
const { placeOf } = require('./lvalues.cjs');
const { staticTypeOf } = require('./static-types.cjs');
const { apexEquals, compare, arithmetic, negate, step } = require('./operators.cjs');
const { cast } = require('./convert.cjs');
const { isInstance, isNumeric } = require('./types.cjs');
const { numberKind, widen, RANK } = require('./numbers.cjs');
const { ApexList } = require('./collections.cjs');
const { ApexObject, EnumValue } = require('./objects.cjs');
const { listIndex } = require('./lib-collections.cjs');
const { truth } = require('./statements.cjs');
const { unsupported, located } = require('./errors.cjs');
const { nullPointer } = require('./exceptions.cjs');

const op = (ctx, i = 1) => ctx.getChild(i).getText();

function primary(rt, ctx, frame) {
  const p = ctx.primary();
  switch (p.constructor.name) {
    case 'LiteralPrimaryContext':
      return literalOf(p.literal());
    case 'IdPrimaryContext': {
      const found = lookupName(rt, p.id().getText(), frame);
      if (!found || found.kind !== 'slot') unsupported(`the name ${p.getText()} as a value`, ctx);
      return found.slot.value;
    }
    case 'ThisPrimaryContext':
      return frame.self || unsupported('this in a static method', ctx);
    case 'SoqlPrimaryContext':
      return unsupported('a SOQL query', ctx);
    default:
      return unsupported(`the expression ${p.getText()}`, ctx);
  }
}

/** ?: , with both branches' declared types deciding a numeric result's type when they differ. */
function conditional(rt, ctx, frame) {
  const [cond, a, b] = ctx.expression_list();
  const chosen = truth(evaluate(rt, cond, frame), ctx) ? a : b;
  const value = evaluate(rt, chosen, frame);
  if (numberKind(value)) {
    const other = staticTypeOf(rt, chosen === a ? b : a, frame);
    if (other && isNumeric(other) && RANK[other.name] > RANK[numberKind(value)]) return widen(value, other.name);
  }
  return value;
}

function assignment(rt, ctx, frame) {
  const [target, source] = ctx.expression_list();
  const place = placeOf(rt, target, frame);
  const value = evaluate(rt, source, frame);
  const operator = op(ctx);
  if (operator === '=') return place.set(value);
  const arith = { '+=': '+', '-=': '-', '*=': '*', '/=': '/' }[operator];
  if (!arith) unsupported(`the operator ${operator}`, ctx);
  return place.set(arithmetic(arith, place.get(), value));
}

function identity(a, b, ctx) {
  const reference = (x) => x === null || x instanceof ApexObject || x instanceof EnumValue || x instanceof ApexList;
  if (!reference(a) || !reference(b)) unsupported('=== on values that are not objects', ctx);
  return a === b;
}

const HANDLERS = {
  PrimaryExpressionContext: primary,
  SubExpressionContext: (rt, ctx, frame) => evaluate(rt, ctx.expression(), frame),
  DotExpressionContext(rt, ctx, frame) {
    if (ctx.dotMethodCall()) return dotCall(rt, ctx, frame);
    const left = receiverOf(rt, ctx, frame);
    if (left.kind !== 'value') unsupported(`the type ${ctx.getText()} as a value`, ctx);
    return left.value;
  },
  MethodCallExpressionContext: plainCall,
  NewExpressionContext: create,
  ArrayExpressionContext(rt, ctx, frame) {
    const [listCtx, indexCtx] = ctx.expression_list();
    const list = evaluate(rt, listCtx, frame);
    const index = evaluate(rt, indexCtx, frame);
    if (list === null) return nullPointer();
    if (!(list instanceof ApexList)) unsupported('[index] on something that is not a List', ctx);
    return list.items[listIndex(list, index)];
  },
  CastExpressionContext(rt, ctx, frame) {
    const target = rt.resolveType(ctx.typeRef(), frame.cls);
    const value = evaluate(rt, ctx.expression(), frame);
    const needsDeclared = isNumeric(target) && numberKind(value) && numberKind(value) !== target.name;
    return cast(value, target, needsDeclared ? staticTypeOf(rt, ctx.expression(), frame) : null);
  },
  InstanceOfExpressionContext: (rt, ctx, frame) => isInstance(evaluate(rt, ctx.expression(), frame), rt.resolveType(ctx.typeRef(), frame.cls)),
  NegExpressionContext(rt, ctx, frame) {
    if (op(ctx, 0) !== '!') unsupported('the operator ~', ctx);
    return !truth(evaluate(rt, ctx.expression(), frame), ctx);
  },
  PreOpExpressionContext(rt, ctx, frame) {
    const operator = op(ctx, 0);
    if (operator === '-') return negate(evaluate(rt, ctx.expression(), frame));
    if (operator === '+') {
      const v = evaluate(rt, ctx.expression(), frame);
      return numberKind(v) ? v : v === null ? nullPointer() : unsupported('unary + on a value that is not a number', ctx);
    }
    const place = placeOf(rt, ctx.expression(), frame);
    return place.set(step(place.get(), operator === '++' ? 1 : -1));
  },
  PostOpExpressionContext(rt, ctx, frame) {
    const place = placeOf(rt, ctx.expression(), frame);
    const old = place.get();
    place.set(step(old, op(ctx) === '++' ? 1 : -1));
    return old;
  },
  Arth1ExpressionContext: (rt, ctx, frame) => binary(rt, ctx, frame, (a, b) => arithmetic(op(ctx), a, b)),
  Arth2ExpressionContext: (rt, ctx, frame) => binary(rt, ctx, frame, (a, b) => arithmetic(op(ctx), a, b)),
  CmpExpressionContext(rt, ctx, frame) {
    const operator = ctx.ASSIGN() ? `${op(ctx)}=` : op(ctx);
    return binary(rt, ctx, frame, (a, b) => compare(operator, a, b));
  },
  EqualityExpressionContext(rt, ctx, frame) {
    const operator = op(ctx);
    return binary(rt, ctx, frame, (a, b) => {
      if (operator === '===' || operator === '!==') return identity(a, b, ctx) === (operator === '===');
      return apexEquals(a, b) === (operator === '==');
    });
  },
  LogAndExpressionContext(rt, ctx, frame) {
    const [a, b] = ctx.expression_list();
    return truth(evaluate(rt, a, frame), ctx) && truth(evaluate(rt, b, frame), ctx);
  },
  LogOrExpressionContext(rt, ctx, frame) {
    const [a, b] = ctx.expression_list();
    return truth(evaluate(rt, a, frame), ctx) || truth(evaluate(rt, b, frame), ctx);
  },
  CondExpressionContext: conditional,
  AssignExpressionContext: assignment,
};

function binary(rt, ctx, frame, fn) {
  const [a, b] = ctx.expression_list().map((e) => evaluate(rt, e, frame));
  return fn(a, b);
}

function evaluate(rt, ctx, frame) {
  const handler = HANDLERS[ctx.constructor.name];
  if (!handler) unsupported(`the expression ${ctx.getText()} (${ctx.constructor.name.replace(/Context$/, '')})`, ctx);
  try {
    return handler(rt, ctx, frame);
  } catch (error) {
    throw located(error, ctx);
  }
}

module.exports = { evaluate };
