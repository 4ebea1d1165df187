'use strict';
// Statements: blocks, locals, if, for (classic and enhanced), while, switch
// on, try/catch/finally, return, throw, break, continue. DML, runAs and the
// rest are refused. A statement's outcome is undefined (go on) or
// { kind: 'return' | 'break' | 'continue', value }.
const { ApexList, ApexSet, iterate } = require('./collections.cjs');
const { ApexException } = require('./objects.cjs');
const { numberKind } = require('./numbers.cjs');
const { compareNumbers, negate } = require('./operators.cjs');
const { literal } = require('./literals.cjs');
const { coerce } = require('./convert.cjs');
const { ApexThrow, unsupported, located } = require('./errors.cjs');
const { nullPointer } = require('./exceptions.cjs');
const { isSubclass } = require('./objects.cjs');

const BREAK = { kind: 'break' };
const CONTINUE = { kind: 'continue' };

/** A Boolean condition: null throws System.NullPointerException. */
function truth(value, ctx) {
  if (value === null) return nullPointer();
  if (typeof value !== 'boolean') unsupported('a condition that is not a Boolean', ctx);
  return value;
}

function execBlock(rt, block, frame) {
  const scope = frame.child();
  for (const s of block.statement_list()) {
    const outcome = execStatement(rt, s, scope);
    if (outcome) return outcome;
  }
  return undefined;
}

function declareLocals(rt, decl, frame) {
  const type = rt.resolveType(decl.typeRef(), frame.cls);
  for (const v of decl.variableDeclarators().variableDeclarator_list()) {
    const value = v.expression() ? coerce(rt.evaluate(rt, v.expression(), frame), type) : null;
    frame.declare(v.id().getText().toLowerCase(), type, value);
  }
}

/** Runs a loop body; turns break/continue into loop control. */
function loopBody(rt, statement, frame) {
  if (!statement) return undefined;
  return execStatement(rt, statement, frame);
}

function execFor(rt, s, frame) {
  const control = s.forControl();
  const scope = frame.child();
  const enhanced = control.enhancedForControl();
  if (enhanced) {
    const type = rt.resolveType(enhanced.typeRef(), frame.cls);
    const source = rt.evaluate(rt, enhanced.expression(), scope);
    if (source === null) return nullPointer();
    if (!(source instanceof ApexList || source instanceof ApexSet)) unsupported('a for loop over something that is not a List or Set', enhanced);
    const items = source instanceof ApexList ? [...source.items] : source.values();
    const lname = enhanced.id().getText().toLowerCase();
    const outcome = iterate(source, items, (item) => {
      const inner = scope.child();
      inner.declare(lname, type, coerce(item, type));
      const o = loopBody(rt, s.statement(), inner);
      if (o === BREAK) return BREAK;
      return o && o.kind === 'return' ? o : undefined;
    });
    return outcome === BREAK ? undefined : outcome;
  }
  const init = control.forInit();
  if (init && init.localVariableDeclaration()) declareLocals(rt, init.localVariableDeclaration(), scope);
  else if (init)
    init
      .expressionList()
      .expression_list()
      .forEach((e) => rt.evaluate(rt, e, scope));
  for (;;) {
    if (control.expression() && !truth(rt.evaluate(rt, control.expression(), scope), control)) return undefined;
    const o = loopBody(rt, s.statement(), scope.child());
    if (o === BREAK) return undefined;
    if (o && o.kind === 'return') return o;
    if (control.forUpdate())
      control
        .forUpdate()
        .expressionList()
        .expression_list()
        .forEach((e) => rt.evaluate(rt, e, scope));
  }
}

function execWhile(rt, s, frame) {
  for (;;) {
    if (!truth(rt.evaluate(rt, s.parExpression().expression(), frame), s)) return undefined;
    const o = loopBody(rt, s.statement(), frame.child());
    if (o === BREAK) return undefined;
    if (o && o.kind === 'return') return o;
  }
}

/** The value of one `when` literal: numbers, Strings, null; enum constants and type tests are refused. */
function whenLiteral(rt, lit) {
  if (lit.whenLiteral()) return whenLiteral(rt, lit.whenLiteral());
  if (lit.NULL()) return null;
  if (lit.StringLiteral()) return literal(lit.StringLiteral(), lit);
  if (lit.IntegerLiteral() || lit.LongLiteral()) {
    const negative = lit.SUB_list().length % 2 === 1;
    const n = literal(lit.IntegerLiteral() || lit.LongLiteral(), lit);
    return negative ? negate(n) : n;
  }
  return unsupported('a when value that is an enum constant', lit);
}

/** switch on: String values match case-sensitively (unlike ==), numbers by value. */
function execSwitch(rt, s, frame) {
  const value = rt.evaluate(rt, s.expression(), frame);
  const same = (a, b) => (a === null || b === null ? a === b : numberKind(a) && numberKind(b) ? compareNumbers(a, b) === 0 : a === b);
  let chosen = null;
  for (const w of s.whenControl_list()) {
    const v = w.whenValue();
    if (v.typeRef()) unsupported('when with a type (when Foo f)', v);
    if (v.ELSE()) {
      if (!chosen) chosen = w;
    } else if (v.whenLiteral_list().some((lit) => same(value, whenLiteral(rt, lit)))) {
      chosen = w;
      break;
    }
  }
  return chosen ? execBlock(rt, chosen.block(), frame) : undefined;
}

function execTry(rt, s, frame) {
  let outcome;
  try {
    outcome = execBlock(rt, s.block(), frame);
  } catch (error) {
    // An assertion failure cannot be caught on the platform either.
    if (!(error instanceof ApexThrow) || error.exception.cls.name === 'AssertException') throw error;
    const clause = s.catchClause_list().find((c) => {
      const type = rt.typeOfName(
        c
          .qualifiedName()
          .id_list()
          .map((id) => ({ lname: id.getText().toLowerCase() })),
        frame.cls,
      );
      if (!type || !type.cls) unsupported(`catch (${c.qualifiedName().getText()})`, c);
      return isSubclass(error.exception.cls, type.cls);
    });
    if (!clause) {
      if (s.finallyBlock()) {
        const f = execBlock(rt, s.finallyBlock().block(), frame);
        if (f) return f;
      }
      throw error;
    }
    const scope = frame.child();
    scope.declare(clause.id().getText().toLowerCase(), { name: error.exception.cls.fullName, cls: error.exception.cls }, error.exception);
    outcome = execBlock(rt, clause.block(), scope);
  }
  if (s.finallyBlock()) {
    const f = execBlock(rt, s.finallyBlock().block(), frame);
    if (f) return f;
  }
  return outcome;
}

function execThrow(rt, s, frame) {
  const value = rt.evaluate(rt, s.expression(), frame);
  if (value === null) return nullPointer();
  if (!(value instanceof ApexException)) unsupported('throwing something that is not an exception', s);
  throw new ApexThrow(value);
}

function dispatch(rt, statement, frame) {
  const s = statement.getChild(0);
  switch (s.constructor.name) {
    case 'BlockContext':
      return execBlock(rt, s, frame);
    case 'LocalVariableDeclarationStatementContext':
      return declareLocals(rt, s.localVariableDeclaration(), frame);
    case 'ExpressionStatementContext':
      rt.evaluate(rt, s.expression(), frame);
      return undefined;
    case 'IfStatementContext': {
      const [then, otherwise] = s.statement_list();
      if (truth(rt.evaluate(rt, s.parExpression().expression(), frame), s)) return execStatement(rt, then, frame.child());
      return otherwise ? execStatement(rt, otherwise, frame.child()) : undefined;
    }
    case 'ReturnStatementContext':
      return { kind: 'return', value: s.expression() ? rt.evaluate(rt, s.expression(), frame) : undefined };
    case 'ForStatementContext':
      return execFor(rt, s, frame);
    case 'WhileStatementContext':
      return execWhile(rt, s, frame);
    case 'SwitchStatementContext':
      return execSwitch(rt, s, frame);
    case 'TryStatementContext':
      return execTry(rt, s, frame);
    case 'ThrowStatementContext':
      return execThrow(rt, s, frame);
    case 'BreakStatementContext':
      return BREAK;
    case 'ContinueStatementContext':
      return CONTINUE;
    default:
      return unsupported(`the statement ${s.constructor.name.replace(/StatementContext$|Context$/, '')} (DML, runAs and do-while are not run here)`, s);
  }
}

function execStatement(rt, statement, frame) {
  if (!statement.block()) rt.coverage.mark(statement);
  try {
    return dispatch(rt, statement, frame);
  } catch (error) {
    throw located(error, statement);
  }
}

module.exports = { execBlock, truth };
