'use strict';
// JSON, Pattern and Matcher, System.assert*, and the methods every exception has.
const { deserializeUntyped, serialize } = require('./json.cjs');
const { ApexPattern, ApexMatcher } = require('./regex.cjs');
const { arity, stringArg, integerArg } = require('./lib-args.cjs');
const { sameForAssert } = require('./assert-equality.cjs');
const { valueText } = require('./text.cjs');
const { throwApex } = require('./exceptions.cjs');

/** System.AssertException with the platform's wording: Assertion Failed: <message>: Expected: x, Actual: y. */
function fail(message, detail) {
  const parts = ['Assertion Failed', message === undefined || message === null ? null : valueText(message), detail].filter(Boolean);
  throwApex('AssertException', parts.join(': '));
}

const statics = {
  json: {
    deserializeuntyped: (args) => (arity(args, 1, 'JSON.deserializeUntyped'), deserializeUntyped(stringArg(args[0], 'JSON.deserializeUntyped'))),
    serialize: (args) => (arity(args, 1, 'JSON.serialize'), serialize(args[0])),
  },
  pattern: {
    compile: (args) => (arity(args, 1, 'Pattern.compile'), new ApexPattern(stringArg(args[0], 'Pattern.compile'))),
  },
  system: {
    assert(args) {
      arity(args, [1, 2], 'System.assert');
      if (args[0] !== true) fail(args[1], null);
    },
    assertequals(args) {
      arity(args, [2, 3], 'System.assertEquals');
      if (!sameForAssert(args[0], args[1])) fail(args[2], `Expected: ${valueText(args[0])}, Actual: ${valueText(args[1])}`);
    },
    assertnotequals(args) {
      arity(args, [2, 3], 'System.assertNotEquals');
      if (sameForAssert(args[0], args[1])) fail(args[2], `Same value: ${valueText(args[0])}`);
    },
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
