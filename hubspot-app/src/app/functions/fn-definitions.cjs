// The company's MQL/SAL/SQL definitions: the working set (`current`, any
// state) and the last agreed version (`inForce`, what stages are judged by
// while a new version is under review). Core refusals are answered naming
// the parameter the card sent.
const core = require('./maCore.cjs');
const { FnError, invalidFromIssues } = require('./fn-runtime.cjs');
const { assertRevision, ensureSize, readCompany, toProgramView } = require('./fn-program.cjs');

/** The core's refusal paths that differ from the function's parameter names. */
const PARAM_OF_PATH = { template: 'templateId' };

function unwrapSet(result) {
  if (result.ok) return result.value;
  throw invalidFromIssues(
    result.issues.map((i) => (PARAM_OF_PATH[i.path] ? { ...i, path: PARAM_OF_PATH[i.path] } : i)),
    '',
  );
}

/** The stored documents after a change of `current`; an agreed current becomes the set in force. */
function withCurrent(definitions, current) {
  return { current, inForce: current.state === 'agreed' ? current : definitions.inForce };
}

function definitionsProperty(definitions) {
  return { ma_definition_sets: ensureSize('ma_definition_sets', JSON.stringify(definitions)) };
}

/**
 * The diff of the working set against the version it was edited from ([] for
 * a first version); `programModel` (the program's scoring model) reads a first
 * adopted model rule by rule.
 */
function diffOf(current, lang, programModel = null) {
  if (!current || !current.previous) return [];
  const result = core.diffDefinitionSets(current.previous, current, lang, { programModel });
  return result.ok ? result.value : [];
}

/**
 * Reads the program, refuses a stale revision, and requires a working set:
 * the common first step of every change to an existing definition set.
 */
async function readWorkingSet(crm, companyId, expectedRevision) {
  const stored = await readCompany(crm, companyId);
  const { definitions } = toProgramView(stored);
  assertRevision(stored, expectedRevision);
  if (!definitions.current) {
    throw new FnError('not-found', { ja: '定義がまだありません', en: 'there are no definitions yet' }, 'companyId');
  }
  return { stored, definitions };
}

module.exports = { definitionsProperty, diffOf, readWorkingSet, unwrapSet, withCurrent };
