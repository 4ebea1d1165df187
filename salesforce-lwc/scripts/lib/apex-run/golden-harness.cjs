'use strict';
// The golden cases through the Apex engine, the way MaGoldenCasesTest runs
// them in an org: the static resource's text read by
// MaGoldenRunner.parseGolden (JSON.deserializeUntyped and the spec version
// check), then each case of a section through MaGoldenRunner.answer*. The
// answers come back as JavaScript values, with MaGoldenRunner's own
// mismatch list, so a test can compare them as the core's runner does.
const { ApexRuntime } = require('./runtime.cjs');
const { toJs, fieldValue } = require('./js-values.cjs');

/** Section -> the MaGoldenRunner method answering its cases (and whether it takes the file's programs). */
const GOLDEN_SECTIONS = {
  scoring: { method: 'answerScoring', programs: false },
  evaluate: { method: 'answerEvaluate', programs: true },
  stageOf: { method: 'answerStageOf', programs: true },
  handoffStatus: { method: 'answerHandoffStatus', programs: true },
};

/**
 * { section: [{ name, answers: [{ name, part, got }], mismatches: [...] }] }
 * for the classes in `classesDir` and the golden text `resourceText`.
 */
function goldenAnswers(classesDir, resourceText) {
  const rt = new ApexRuntime(classesDir);
  const file = rt.call('MaGoldenRunner', 'parseGolden', [resourceText]);
  const programs = rt.call('MaGoldenRunner', 'programs', [file]);
  const out = {};
  for (const [section, { method, programs: withPrograms }] of Object.entries(GOLDEN_SECTIONS)) {
    out[section] = rt.call('MaGoldenRunner', 'section', [file, section]).items.map((c) => {
      const answers = rt.call('MaGoldenRunner', method, withPrograms ? [c, programs] : [c]);
      return {
        name: toJs(c).name,
        answers: answers.items.map((a) => ({ name: fieldValue(a, 'name'), part: fieldValue(a, 'part'), got: toJs(fieldValue(a, 'got')) })),
        mismatches: toJs(rt.call('MaGoldenRunner', 'mismatches', [answers])),
      };
    });
  }
  return { answers: out, coverage: rt.coverage.report() };
}

module.exports = { goldenAnswers, GOLDEN_SECTIONS };
