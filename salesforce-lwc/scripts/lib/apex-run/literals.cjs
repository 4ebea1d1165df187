'use strict';
// Literal values: 60000 is an Integer, 60000L a Long, 0.5 a Decimal (0.5d a
// Double), 'a\'b' a String with Apex's escapes.
const { Decimal, int, long, dbl } = require('./numbers.cjs');
const { unsupported } = require('./errors.cjs');

const ESCAPES = { b: '\b', t: '\t', n: '\n', f: '\f', r: '\r', '"': '"', "'": "'", '\\': '\\' };

function unescape(body, ctx) {
  return body.replace(/\\(u[0-9a-fA-F]{4}|.)/g, (_m, e) => {
    if (e.length === 5) return String.fromCharCode(parseInt(e.slice(1), 16));
    if (!(e in ESCAPES)) unsupported(`the string escape \\${e}`, ctx);
    return ESCAPES[e];
  });
}

/** The value of a literal token (a TerminalNode of the parse tree). */
function literal(token, ctx) {
  const text = token.getText();
  switch (tokenKind(token)) {
    case 'IntegerLiteral': {
      const n = BigInt(text);
      if (n > 2147483647n) unsupported(`the Integer literal ${text}`, ctx);
      return int(Number(n));
    }
    case 'LongLiteral': {
      const n = BigInt(text.slice(0, -1));
      if (BigInt.asIntN(64, n) !== n) unsupported(`the Long literal ${text}`, ctx);
      return long(n);
    }
    case 'NumberLiteral':
      return /[dD]$/.test(text) ? dbl(Number(text.slice(0, -1))) : Decimal.parse(text);
    case 'StringLiteral':
      return unescape(text.slice(1, -1), ctx);
    case 'BooleanLiteral':
      return text.toLowerCase() === 'true';
    case 'NULL':
      return null;
    default:
      return unsupported(`the literal ${text}`, ctx);
  }
}

/** The lexer rule name of a token. */
function tokenKind(token) {
  const parser = findParser(token);
  return parser.symbolicNames[token.symbol.type];
}

function findParser(node) {
  let n = node;
  while (n && !n.parser) n = n.parentCtx;
  return n.parser;
}

/** The value of a literal rule node (literal: IntegerLiteral | ... | NULL). */
function literalOf(ctx) {
  const token = ctx.getChild(0);
  return literal(token, ctx);
}

module.exports = { literal, literalOf };
