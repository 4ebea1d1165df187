// ma-save-diagnosis: runs the core's diagnosis over the new answers and the
// stored history (so the trend is filled), then appends it to the company's
// diagnosis history when ma_revision is still the one the card read. Who took
// it is who HubSpot says is calling (the token's user), never a name the card
// sends: `takenBy` is still accepted from older cards and ignored.
const core = require('./maCore.cjs');
const { z } = core;
const { defineFunction, unwrap } = require('./fn-runtime.cjs');
const { nameOf } = require('./fn-identity.cjs');
const {
  IdSchema,
  MAX_DIAGNOSES,
  MAX_JSON_CHARS,
  assertRevision,
  readCompany,
  toProgramView,
  writeProgram,
} = require('./fn-program.cjs');

const Params = z.object({
  companyId: IdSchema,
  input: z.object({ answers: z.unknown().optional(), respondents: z.unknown().optional() }).strict(),
  takenBy: z.string().max(120).optional(),
  expectedRevision: z.number().int().min(0),
  lang: z.enum(['ja', 'en']).optional(),
});

/** A stored record as the core's history entry (answers or respondents, never both). */
function historyEntry(record) {
  return record.respondents
    ? { takenAt: record.takenAt, respondents: record.respondents }
    : { takenAt: record.takenAt, answers: record.answers };
}

exports.main = defineFunction(Params, async (params, crm, lang, caller) => {
  const takenBy = nameOf(await caller());
  const stored = await readCompany(crm, params.companyId);
  const view = toProgramView(stored);
  assertRevision(stored, params.expectedRevision);
  const takenAt = new Date().toISOString();
  const input = { ...params.input, history: view.diagnoses.map(historyEntry) };
  const diagnosis = unwrap(core.diagnose(input, { asOf: takenAt, lang }), 'input');
  const record = {
    id: `d-${Date.parse(takenAt)}`,
    takenAt,
    takenBy,
    answers: diagnosis.answers,
    ...(params.input.respondents ? { respondents: params.input.respondents } : {}),
    level: diagnosis.level,
    effectiveLevel: diagnosis.effectiveLevel,
    checkedCount: diagnosis.checkedCount,
  };
  // Newest kept first when trimming: the trend needs the recent past most.
  let history = [...view.diagnoses, record].slice(-MAX_DIAGNOSES);
  while (history.length > 1 && JSON.stringify(history).length > MAX_JSON_CHARS) history = history.slice(1);
  const { revision } = await writeProgram(crm, stored, params.expectedRevision, {
    ma_diagnoses: JSON.stringify(history),
    ma_level: String(diagnosis.level),
  });
  return { revision, record, diagnosis };
});
