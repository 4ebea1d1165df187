// Runs small Apex snippets through the offline interpreter for the
// interpreter's own tests: `body` is the body of `public static Object run()`
// in a class T; `classes` adds other classes by file name.
const { ApexRuntime, ApexThrow, ApexUnsupported, toJs } = require('../../scripts/lib/apex-run/index.cjs');
const { runtimeType, typeText } = require('../../scripts/lib/apex-run/types.cjs');

const source = (body) => `public class T {\n    public static Object run() {\n${body}\n    }\n}\n`;

/** The Apex value `body` returns. */
const apexValue = (body, classes = {}) => new ApexRuntime({ 'T.cls': source(body), ...classes }).call('T', 'run');

/** The value as JSON-like JavaScript. */
const apex = (body, classes) => toJs(apexValue(body, classes));

/** The Apex type of what `body` returns, as Apex writes it (Integer, Map<String,Object> ...). */
const apexType = (body, classes) => typeText(runtimeType(apexValue(body, classes)));

/** "System.NullPointerException: Attempt to de-reference a null object": the exception `body` throws. */
function apexThrows(body, classes) {
  try {
    apexValue(body, classes);
  } catch (error) {
    if (error instanceof ApexThrow) return `${error.exception.cls.fullName}: ${error.exception.message}`;
    throw error;
  }
  throw new Error('the Apex code threw nothing');
}

/** The message of the ApexUnsupported error `body` raises. */
function apexRefuses(body, classes) {
  try {
    apexValue(body, classes);
  } catch (error) {
    if (error instanceof ApexUnsupported) return error.message;
    throw error;
  }
  throw new Error('the interpreter ran it');
}

module.exports = { apex, apexValue, apexType, apexThrows, apexRefuses, source };
