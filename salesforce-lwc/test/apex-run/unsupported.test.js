/** @jest-environment ./test/environment/node-with-dom.cjs */
// What the interpreter does not implement stops the run with
// "unsupported Apex: <construct> at <file>:<line>"; it never answers
// something else instead.
const { apexRefuses, source } = require('./apex.js');
const { ApexRuntime } = require('../../scripts/lib/apex-run/index.cjs');

describe('unsupported Apex', () => {
  it('SOQL and DML, with the file and line', () => {
    expect(apexRefuses('Object ls = [SELECT Id FROM Lead];\n return ls;')).toBe('unsupported Apex: a SOQL query at T.cls:3');
    expect(apexRefuses('Object o = null;\n insert o;\n return o;')).toMatch(/^unsupported Apex: the statement Insert .* at T.cls:4$/);
  });

  it('a platform type or method it does not know', () => {
    expect(apexRefuses('Id i; return i;')).toBe('unsupported Apex: the type Id at T.cls:3');
    expect(apexRefuses("return 'MQL'.toLowerCase();")).toBe('unsupported Apex: String.toLowerCase() at T.cls:3');
    expect(apexRefuses('return Limits.getQueries();')).toMatch(/^unsupported Apex: the name Limits at T.cls:3$/);
  });

  it('declarations it does not run, when the class loads', () => {
    const rt = new ApexRuntime({ 'P.cls': 'public class P {\n    public Integer n { get; set; }\n    public static Object run() { return null; }\n}\n' });
    expect(() => rt.call('P', 'run')).toThrow('unsupported Apex: a property ({ get; set; }) at P.cls:2');
  });

  it('overloads that need the declared types to choose', () => {
    const classes = {
      'O.cls': "public class O {\n    public static String f(Integer x) { return 'i'; }\n    public static String f(Object x) { return 'o'; }\n}\n",
    };
    expect(apexRefuses('return O.f(1);', classes)).toMatch(/^unsupported Apex: overloaded O.f .* at T.cls:3$/);
  });

  it('a syntax error names the file', () => {
    expect(() => new ApexRuntime({ 'T.cls': source('return (;') }).call('T', 'run')).toThrow(/^Apex syntax error in T.cls: 3:/);
  });
});
