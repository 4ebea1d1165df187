'use strict';
// Which statements of each class ran: the answer to "what did the golden
// run exercise", reported by the test so untested Apex is visible.

const isCounted = (node) => node.constructor.name === 'StatementContext' && !node.block();

class Coverage {
  constructor() {
    this.units = new Map();
    this.ran = new Set();
  }

  addUnit(unit) {
    const statements = [];
    const walk = (node) => {
      if (!node.children) return;
      if (isCounted(node)) statements.push(node);
      node.children.forEach(walk);
    };
    walk(unit);
    this.units.set(unit.$file, statements);
  }

  mark(statement) {
    this.ran.add(statement);
  }

  /** Per file: statements, how many ran, and the lines of those that did not. */
  report() {
    return [...this.units].map(([file, statements]) => {
      const missed = statements.filter((s) => !this.ran.has(s));
      return { file, statements: statements.length, ran: statements.length - missed.length, missedLines: missed.map((s) => s.start.line) };
    });
  }
}

module.exports = { Coverage };
