/** @jest-environment ./test/environment/node-with-dom.cjs */
// (h) Salesforce Code Analyzer's Apex rules (PMD engine, the rules the
// analyzer recommends plus its AppExchange rules), run offline on force-app:
// no Critical or High finding (what the AppExchange security review looks
// for), and no finding at all of the categories that decide whether the code
// is safe and bulk-safe; every finding accepted instead of fixed is suppressed
// in the code with its reason. The planted fixture shows each kind is caught.
const { join, resolve } = require('node:path');
const { javaAvailable } = require('../scripts/lib/apexlink.cjs');
const { analyzeApex, unexplainedSuppressions, formatViolation, HIGH_SEVERITY } = require('../scripts/lib/code-analyzer.cjs');

const PROJECT = resolve(__dirname, '..');
const CLASSES = join(PROJECT, 'force-app', 'main', 'default', 'classes');
const PLANTED = join(__dirname, 'fixtures', 'broken-analyzer');

// Categories held to zero findings. Design, CodeStyle and Documentation
// findings are reported in the README and accepted there, as is one
// BestPractices rule (see ACCEPTED).
const ENFORCED_CATEGORIES = ['Security', 'Performance', 'ErrorProne', 'BestPractices'];
// Tests of code that runs in system context need no runAs; the tests whose
// outcome depends on who runs them use runAs (README "Code Analyzer").
const ACCEPTED = ['ApexUnitTestClassShouldHaveRunAs'];

let violations;
beforeAll(async () => {
  const java = javaAvailable();
  if (!java.ok) throw new Error(java.message);
  // One analyzer run for both folders (one Java start); results are split by path.
  violations = await analyzeApex([join(PROJECT, 'force-app'), PLANTED], PROJECT);
}, 300000);

const inForceApp = () => violations.filter((v) => v.file.startsWith('force-app/'));
const planted = () => violations.filter((v) => v.file.startsWith('test/fixtures/broken-analyzer/'));

describe('Code Analyzer on force-app', () => {
  it('reports no Critical or High finding', () => {
    expect(inForceApp().filter((v) => v.severity <= HIGH_SEVERITY).map(formatViolation)).toEqual([]);
  });

  it('reports nothing in the security, performance, error-prone and best-practice categories', () => {
    const enforced = inForceApp().filter((v) => v.tags.some((t) => ENFORCED_CATEGORIES.includes(t)) && !ACCEPTED.includes(v.rule));
    expect(enforced.map(formatViolation)).toEqual([]);
  });

  it('has its reason written above every suppression', () => {
    expect(unexplainedSuppressions(CLASSES)).toEqual([]);
  });
});

describe('Code Analyzer on planted violations', () => {
  const found = (file, rule) => planted().filter((v) => v.file.endsWith(`/${file}`) && v.rule === rule);

  it.each([
    ['PlantedInjection.cls', 'ApexSOQLInjection', 2],
    ['PlantedCrud.cls', 'ApexCRUDViolation', 2],
    ['PlantedLoop.cls', 'OperationWithLimitsInLoop', 3],
    ['PlantedNoSharing.cls', 'ApexSharingViolations', 3],
    ['PlantedTestWithoutAssert.cls', 'ApexUnitTestClassShouldHaveAsserts', 3],
  ])('%s: %s at severity %i', (file, rule, severity) => {
    const hits = found(file, rule);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.map((v) => v.severity)).toEqual(hits.map(() => severity));
  });

  it('finds a suppression without its reason', () => {
    expect(unexplainedSuppressions(join(PLANTED, 'classes'))).toEqual(['PlantedSilentSuppression.cls:5 ApexCRUDViolation']);
  });

  it('counts the planted injection and CRUD violations as high', () => {
    const high = planted().filter((v) => v.severity <= HIGH_SEVERITY).map((v) => `${v.file.split('/').pop()} ${v.rule}`);
    expect(new Set(high)).toEqual(new Set(['PlantedInjection.cls ApexSOQLInjection', 'PlantedCrud.cls ApexCRUDViolation', 'PlantedLoop.cls ApexCRUDViolation']));
  });
});
