'use strict';
// The two ways a run stops. ApexUnsupported: the interpreter met Apex it does
// not implement (it never guesses an answer); the message names the construct
// and the file:line. ApexThrow: Apex code threw an exception (an Apex
// object), which `try/catch` in Apex can catch; the interpreter's own errors
// never can.

class ApexUnsupported extends Error {
  constructor(construct, where) {
    super(where ? `unsupported Apex: ${construct} at ${where}` : `unsupported Apex: ${construct}`);
    this.name = 'ApexUnsupported';
    this.construct = construct;
    this.where = where || null;
  }
}

/** Throws ApexUnsupported; `ctx` (a parse-tree node) gives the file and line when known. */
function unsupported(construct, ctx) {
  throw new ApexUnsupported(construct, ctx ? where(ctx) : null);
}

/** `File.cls:line` of a parse-tree node (the compilation unit carries its file name). */
function where(ctx) {
  let root = ctx;
  while (root.parentCtx) root = root.parentCtx;
  return `${root.$file || '<apex>'}:${ctx.start ? ctx.start.line : '?'}`;
}

/** Gives an error raised without a place (by a library method) the place of the call. */
function located(error, ctx) {
  if (error instanceof ApexUnsupported && !error.where) return new ApexUnsupported(error.construct, where(ctx));
  if (error instanceof ApexThrow && !error.apexStack.length) error.apexStack.push(where(ctx));
  return error;
}

class ApexThrow extends Error {
  /** `exception` is the Apex exception object (see objects.cjs). */
  constructor(exception) {
    super(`${exception.cls.fullName}: ${exception.message}`);
    this.name = 'ApexThrow';
    this.exception = exception;
    this.apexStack = [];
  }
}

module.exports = { ApexUnsupported, ApexThrow, unsupported, where, located };
