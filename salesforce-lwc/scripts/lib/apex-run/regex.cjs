'use strict';
// Pattern and Matcher over Java regular expressions, by translating the
// subset whose meaning is the same in JavaScript and refusing the rest
// (possessive quantifiers, \p classes, embedded flags, class unions and
// intersections, \b ...). Differences handled: Java's \s is ASCII only and
// its . also stops at U+0085.
const { unsupported } = require('./errors.cjs');

const JAVA_SPACE = ' \\t\\n\\x0B\\f\\r';
const JAVA_DOT = '[^\\n\\r\\u0085\\u2028\\u2029]';

/** The JavaScript source of a Java regex, or ApexUnsupported naming what differs. */
function translate(source) {
  let out = '';
  let inClass = false;
  let hasDollar = false;
  const refuse = (what) => unsupported(`regular expression ${JSON.stringify(source)}: ${what}`);
  for (let i = 0; i < source.length; i += 1) {
    const c = source[i];
    if (c === '\\') {
      const e = source[i + 1];
      i += 1;
      if (e === undefined) refuse('a trailing backslash');
      if (/[1-9]/.test(e) && !inClass) out += `\\${e}`;
      else if ('dDwWtnrf'.includes(e)) out += `\\${e}`;
      else if (e === 's') out += inClass ? JAVA_SPACE : `[${JAVA_SPACE}]`;
      else if (e === 'S' && !inClass) out += `[^${JAVA_SPACE}]`;
      else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(source.slice(i + 1, i + 5))) {
        out += `\\u${source.slice(i + 1, i + 5)}`;
        i += 4;
      } else if (/[^a-zA-Z0-9]/.test(e)) out += `\\${e}`;
      else refuse(`the escape \\${e}`);
    } else if (inClass) {
      if (c === '[') refuse('a class inside a class');
      if (c === '&' && source[i + 1] === '&') refuse('a class intersection (&&)');
      if (c === ']') inClass = false;
      out += c;
    } else if (c === '[') {
      const start = source[i + 1] === '^' ? i + 2 : i + 1;
      if (source[start] === ']') refuse('a class starting with ]');
      inClass = true;
      out += c;
    } else if (c === '.') {
      out += JAVA_DOT;
    } else if (c === '(' && source[i + 1] === '?') {
      const head = source.slice(i, i + 4);
      if (!/^\(\?(:|=|!|<=|<!)/.test(head)) refuse(`the group ${head}`);
      out += c;
    } else if ((c === '*' || c === '+' || c === '?' || c === '}') && source[i + 1] === '+') {
      refuse('a possessive quantifier');
    } else if (c === '{') {
      const m = /^\{\d+(,\d*)?\}/.exec(source.slice(i));
      if (!m) refuse('a { that is not a repetition');
      out += m[0];
      i += m[0].length - 1;
    } else {
      if (c === '$') hasDollar = true;
      out += c;
    }
  }
  if (inClass) refuse('an unclosed class');
  return { js: out, hasDollar };
}

class ApexPattern {
  constructor(source) {
    this.source = source;
    Object.assign(this, translate(source));
  }
}

class ApexMatcher {
  constructor(pattern, input) {
    this.pattern = pattern;
    this.input = input;
    this.match = null;
    this.from = 0;
  }

  /** The whole input matches (Java's matches()). */
  matches() {
    this.match = new RegExp(`^(?:${this.pattern.js})$`).exec(this.input);
    return this.match !== null;
  }

  /** The next match after the previous one (Java's find()). */
  find() {
    // Java's $ also matches before a final line terminator; JavaScript's does not.
    if (this.pattern.hasDollar && /[\n\r\u0085\u2028\u2029]$/.test(this.input)) unsupported('find() with $ on text that ends with a line break');
    const re = new RegExp(this.pattern.js, 'g');
    re.lastIndex = this.from;
    this.match = this.from <= this.input.length ? re.exec(this.input) : null;
    if (this.match) this.from = this.match.index + Math.max(this.match[0].length, this.match[0].length === 0 ? 1 : 0);
    return this.match !== null;
  }

  group(n) {
    if (!this.match) unsupported('Matcher.group() without a successful match');
    if (n < 0 || n >= this.match.length) unsupported(`Matcher.group(${n}) of a pattern with ${this.match.length - 1} groups`);
    return this.match[n] === undefined ? null : this.match[n];
  }
}

module.exports = { ApexPattern, ApexMatcher };
