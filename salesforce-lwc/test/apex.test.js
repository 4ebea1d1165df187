/** @jest-environment ./test/environment/node-with-dom.cjs */
// (g) Apex, checked offline: apexlink parses every class and trigger and
// resolves types, methods and fields against the project's own objects. No
// line is allowed; the planted fixture shows each kind of problem is caught.
const { join, resolve } = require('node:path');
const { javaAvailable, checkApex, formatProblem } = require('../scripts/lib/apexlink.cjs');

const PROJECT = resolve(__dirname, '..');

beforeAll(() => {
  const java = javaAvailable();
  if (!java.ok) throw new Error(java.message);
});

describe('apexlink on force-app', () => {
  it('reports no syntax, type or missing-field problem in any class or trigger', () => {
    expect(checkApex(PROJECT).map(formatProblem)).toEqual([]);
  });
});

describe('apexlink on planted errors', () => {
  it('reports a syntax error, an unknown method and an unknown field, each in its file', () => {
    const problems = checkApex(join(__dirname, 'fixtures', 'broken-apex'));
    const byFile = Object.fromEntries(problems.map((p) => [p.file.split('/').pop(), `${p.category}: ${p.message}`]));
    expect(byFile['PlantedSyntax.cls']).toMatch(/^Syntax: /);
    expect(byFile['PlantedMethod.cls']).toMatch(/^Error: No matching method found for 'lengthh'/);
    expect(byFile['PlantedField.cls']).toMatch(/^Missing: Unknown field 'Bogus_Field__c'/);
    expect(problems).toHaveLength(3);
  });
});
