/** @jest-environment ./test/environment/node-with-dom.cjs */
// The Apex test classes that need no org data run here too, method by
// method, through the offline interpreter: MaConditionTest, MaLifecycleTest
// and MaGoldenCasesTest's comparison check. The others (triggers, batch,
// Flow action, the golden cases read from the static resource by SOQL) use
// DML, SOQL or SObjects and run only in an org. A planted error fails them.
const { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const { tmpdir } = require('node:os');
const { ApexRuntime } = require('../scripts/lib/apex-run/index.cjs');

const CLASSES = join(__dirname, '..', 'force-app', 'main', 'default', 'classes');
const PURE_TESTS = {
  MaConditionTest: 'all',
  // This one's program maps the org's own Task type (MaTestData.formTaskType reads Task.Type's
  // picklist values), which only an org can describe; the golden cases themselves run offline in
  // apex-golden.test.js.
  MaLifecycleTest: { except: ['theGoldenRunnerRunsAnEvaluateCaseInTheFileFormat'] },
  MaGoldenCasesTest: ['aMismatchIsReportedWithItsPath'],
};

/** The @IsTest methods of a class. */
function testMethods(rt, className) {
  const cls = rt.topLevel(className.toLowerCase());
  return [...cls.methods.values()]
    .flat()
    .filter((m) => m.modifiers.includes('@istest'))
    .map((m) => m.name);
}

const rt = new ApexRuntime(CLASSES);
const runs = Object.entries(PURE_TESTS).flatMap(([className, which]) =>
  (which === 'all' ? testMethods(rt, className) : Array.isArray(which) ? which : testMethods(rt, className).filter((m) => !which.except.includes(m.toLowerCase()) && !which.except.includes(m))).map((method) => [
    `${className}.${method}`,
    className,
    method,
  ]),
);

describe('the Apex test classes that need no org', () => {
  it('are found with their test methods', () => {
    expect(runs.length).toBeGreaterThan(12);
  });

  it.each(runs)('%s passes', (_name, className, method) => {
    expect(() => new ApexRuntime(CLASSES).call(className, method)).not.toThrow();
  });

  it('fail on a planted logic error, with the assertion that caught it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'apex-tests-'));
    try {
      for (const f of readdirSync(CLASSES).filter((n) => n.endsWith('.cls'))) copyFileSync(join(CLASSES, f), join(dir, f));
      const file = join(dir, 'MaLifecycle.cls');
      writeFileSync(file, readFileSync(file, 'utf8').replace('if (i >= storedStep) {', 'if (i > storedStep) {'));
      expect(() => new ApexRuntime(dir).call('MaLifecycleTest', 'escalationStepsFireOnceEachInOrder')).toThrow(
        'System.AssertException: Assertion Failed: both steps reached by minute 50: Expected: (remind:0, notify-manager:1), Actual: (notify-manager:1)',
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
