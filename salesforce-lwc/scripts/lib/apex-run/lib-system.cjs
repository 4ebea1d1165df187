'use strict';
// JSON, Pattern and Matcher, and the methods every exception has.
const { deserializeUntyped, serialize } = require('./json.cjs');
const { ApexPattern, ApexMatcher } = require('./regex.cjs');
const { arity, stringArg, integerArg } = require('./lib-args.cjs');

const statics = {
  json: {
    deserializeuntyped: (args) => (arity(args, 1, 'JSON.deserializeUntyped'), deserializeUntyped(stringArg(args[0], 'JSON.deserializeUntyped'))),
    serialize: (args) => (arity(args, 1, 'JSON.serialize'), serialize(args[0])),
  },
  pattern: {
    compile: (args) => (arity(args, 1, 'Pattern.compile'), new ApexPattern(stringArg(args[0], 'Pattern.compile'))),
  },
};

const methods = {
  Pattern: {
    matcher: (p, args) => (arity(args, 1, 'Pattern.matcher'), new ApexMatcher(p, stringArg(args[0], 'Pattern.matcher'))),
  },
  Matcher: {
    matches: (m, args) => (arity(args, 0, 'Matcher.matches'), m.matches()),
    find: (m, args) => (arity(args, 0, 'Matcher.find'), m.find()),
    group: (m, args) => (arity(args, 1, 'Matcher.group'), m.group(integerArg(args[0], 'Matcher.group'))),
  },
  Exception: {
    getmessage: (e, args) => (arity(args, 0, 'Exception.getMessage'), e.message),
    gettypename: (e, args) => (arity(args, 0, 'Exception.getTypeName'), e.cls.fullName),
  },
};

module.exports = { statics, methods };
