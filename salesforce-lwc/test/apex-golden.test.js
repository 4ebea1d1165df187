/** @jest-environment ./test/environment/node-with-dom.cjs */
// The Apex twin of the lifecycle engine, run here on every golden case of
// the sections the Apex runner covers, through MaGoldenRunner as
// MaGoldenCasesTest runs it in an org (the static resource's text, then
// answer* per case), by the offline interpreter in scripts/lib/apex-run.
// Each answer is compared with tests/cases/golden.json exactly as the core's
// runner compares its own (shared-core/test/golden.test.ts): scores to 2
// decimals, everything else with toEqual. MaGoldenRunner's own comparison
// (what the org asserts) must find nothing either.
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const { goldenAnswers, GOLDEN_SECTIONS } = require('../scripts/lib/apex-run/index.cjs');
const { GOLDEN, RESOURCE } = require('../scripts/lib/golden-resource.cjs');

const CLASSES = join(__dirname, '..', 'force-app', 'main', 'default', 'classes');
const golden = JSON.parse(readFileSync(GOLDEN, 'utf8'));
const { answers } = goldenAnswers(CLASSES, readFileSync(RESOURCE, 'utf8'));

const closeTo = (got, want) => {
  for (const [key, value] of Object.entries(want)) {
    if (typeof value === 'number') expect(got[key]).toBeCloseTo(value, 2);
    else expect(got[key]).toBe(value);
  }
};

/** What the file expects of one answer, and how the core's runner compares it. */
const CHECKS = {
  scoring: {
    null: (got, c) => {
      const { stage, ...score } = c.expect;
      closeTo(got, score);
      if (stage !== undefined) expect(got.stage).toBe(stage);
    },
    'as a Lead with Tasks': (got, c) => CHECKS.scoring.null(got, c),
  },
  evaluate: {
    score: (got, c) => closeTo(got, c.expect.score),
    null: (got, c) => {
      const rest = { ...c.expect };
      delete rest.score;
      expect(got).toEqual(rest);
    },
    'Salesforce writes': (got, c) => expect(got).toEqual(c.salesforce.writes),
  },
  stageOf: {
    null: (got, c) => expect(got).toEqual(c.expect),
    'Salesforce record': (got, c) => expect(got).toEqual(c.expect),
  },
  handoffStatus: {
    null: (got, c) => expect(got).toEqual(c.expect),
    'Salesforce record': (got, c) => expect(got).toEqual(c.expect),
  },
};

/** The parts a case must be answered in: the core's shape, and its Salesforce shape where the case has one. */
function partsOf(section, c) {
  if (section === 'scoring') return [null, 'as a Lead with Tasks'];
  if (section === 'evaluate') return c.salesforce ? ['score', null, 'Salesforce writes'] : ['score', null];
  return c.salesforce && c.salesforce.record ? [null, 'Salesforce record'] : [null];
}

describe.each(Object.keys(GOLDEN_SECTIONS))('the Apex engine on the golden %s cases', (section) => {
  it('answers every case of the section', () => {
    expect(answers[section].map((c) => c.name)).toEqual(golden[section].map((c) => c.name));
    expect(golden[section].length).toBeGreaterThan(0);
  });

  describe.each(golden[section].map((c, i) => [c.name, c, i]))('%s', (_name, c, i) => {
    const answered = answers[section][i];

    it('in every shape the case has, each as the core compares it', () => {
      expect(answered.answers.map((a) => a.part)).toEqual(partsOf(section, c));
      for (const a of answered.answers) CHECKS[section][a.part](a.got, c);
    });

    it("with nothing MaGoldenRunner's own comparison (the org's) would report", () => {
      expect(answered.mismatches).toEqual([]);
    });
  });
});
