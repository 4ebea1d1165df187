'use strict';
// Parses one Apex class file with @apexdevtools/apex-parser (the ANTLR
// grammar of the platform's compiler) and marks the tree with its file name,
// so every later error can say where it is.
const { ApexParserFactory, ApexErrorListener } = require('@apexdevtools/apex-parser');

class CollectingListener extends ApexErrorListener {
  constructor() {
    super();
    this.errors = [];
  }
  apexSyntaxError(line, column, message) {
    this.errors.push(`${line}:${column} ${message}`);
  }
}

/** The compilation unit of `text`; a syntax error throws naming the file and line. */
function parseClass(text, file) {
  const listener = new CollectingListener();
  const { parser } = ApexParserFactory.createLexerAndParser(text, listener);
  const unit = parser.compilationUnit();
  if (listener.errors.length) throw new Error(`Apex syntax error in ${file}: ${listener.errors.join('; ')}`);
  unit.$file = file;
  return unit;
}

module.exports = { parseClass };
