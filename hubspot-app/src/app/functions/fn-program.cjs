// The MA program kept on a company record: JSON properties read, checked with
// the core's schemas, and written back only when `ma_revision` still equals
// the revision the card read (HubSpot's PATCH has no conditional header).
const core = require('./maCore.cjs');
const { z } = core;
const { FnError, defineFunction, invalidFromIssues, formatPath, searchFilter } = require('./fn-runtime.cjs');
const { AccessSchema, NO_ACCESS, requireAdmin } = require('./fn-access.cjs');
const { SIGNOFF_PROPERTIES, derivedDefinitions, storedSignatures } = require('./fn-signoff.cjs');
const { RoutingSchema } = require('./fn-routing.cjs');
const { progressOf } = require('./fn-rescore.cjs');

/** A HubSpot string property holds at most 65,536 characters; keep a margin. */
const MAX_JSON_CHARS = 60000;
const MAX_DIAGNOSES = 24;

const COMPANY_READ = [
  'name',
  'ma_revision',
  'ma_program_default',
  'ma_program',
  'ma_diagnoses',
  'ma_definition_sets',
  'ma_level',
  'ma_rescore',
];

const IdSchema = z.string().regex(/^\d{1,20}$/, 'expected a HubSpot record id (digits)');

const Answers = z.record(z.string(), z.boolean());
const DiagnosisRecordSchema = z.object({
  id: z.string(),
  takenAt: z.string(),
  takenBy: z.string(),
  answers: Answers,
  respondents: z
    .array(z.object({ role: core.RoleSchema, name: z.string().optional(), answers: Answers }))
    .optional(),
  level: z.number().int().min(0).max(5),
  effectiveLevel: z.number().int().min(0).max(5),
  checkedCount: z.number().int().min(0).max(15),
});

const ProgramDocSchema = z.object({
  name: z.string().max(80).optional(),
  targetLevel: z.number().int().min(1).max(5).optional(),
  scoringModel: z.unknown().nullable(),
  handoffRules: z.unknown(),
  fieldMapping: z.record(z.string(), z.string()),
  /** Who signs for which department, and the program's admins (fn-access.cjs); none when never saved. */
  access: AccessSchema.optional(),
  /** Which HubSpot owner or team each assignee of the handoff rules is (fn-routing.cjs); none when never saved. */
  routing: RoutingSchema.optional(),
});

function defaultProgram() {
  return { scoringModel: null, handoffRules: core.DEFAULT_HANDOFF_RULES, fieldMapping: {}, access: NO_ACCESS, routing: [] };
}

function storedError(property, detail) {
  const text = `${property}: ${detail}`;
  return new FnError('crm-error', { ja: `保存済みの値が壊れています ${text}`, en: `the stored value is broken ${text}` }, property);
}

function parseJson(property, text) {
  if (text === null || text === undefined || text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw storedError(property, 'not JSON');
  }
}

/** Checks a stored document with a schema and keeps the stored JSON as it is (schemas may transform). */
function checked(property, schema, value) {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw storedError(property, `${first.path.join('.')} ${first.message}`);
  }
  return value;
}

/** Validates the program's parts with the core (scoring model, handoff rules); throws invalid-input naming `prefix.<path>`. */
function validateProgramParts(doc, prefix) {
  if (doc.scoringModel !== null && doc.scoringModel !== undefined) {
    const model = core.parseScoringModel(doc.scoringModel);
    if (!model.ok) throw invalidFromIssues(model.issues, `${prefix}.scoringModel`);
  }
  if (doc.handoffRules !== undefined) {
    const rules = core.HandoffRulesSchema.safeParse(doc.handoffRules);
    if (!rules.success) {
      throw invalidFromIssues(
        rules.error.issues.map((i) => ({ path: formatPath(i.path), code: i.code, message: i.message })),
        `${prefix}.handoffRules`,
      );
    }
  }
}

/** The company's properties as a ProgramView (FUNCTIONS.md). */
function toProgramView(company) {
  const props = company.properties || {};
  const programStored = parseJson('ma_program', props.ma_program);
  const program =
    programStored === undefined
      ? defaultProgram()
      : { access: NO_ACCESS, routing: [], ...checked('ma_program', ProgramDocSchema, programStored) };
  const diagnosesStored = parseJson('ma_diagnoses', props.ma_diagnoses);
  const diagnoses =
    diagnosesStored === undefined ? [] : checked('ma_diagnoses', z.array(DiagnosisRecordSchema), diagnosesStored);
  const setsStored = parseJson('ma_definition_sets', props.ma_definition_sets);
  const sets =
    setsStored === undefined
      ? { current: null, inForce: null }
      : checked(
          'ma_definition_sets',
          z.object({ current: core.DefinitionSetSchema.nullable(), inForce: core.DefinitionSetSchema.nullable() }),
          setsStored,
        );
  const derived = derivedDefinitions(sets, storedSignatures(company));
  if (!derived.ok) throw storedError('ma_definition_sets', `${derived.issues[0]?.path ?? ''} ${derived.issues[0]?.message ?? ''}`);
  const definitions = derived.value;
  return {
    companyId: String(company.id),
    rescore: rescoreOf(company),
    name: props.name || '',
    revision: revisionOf(company),
    isDefault: props.ma_program_default === 'true',
    program,
    diagnoses,
    definitions,
  };
}

/** The latest bulk rescoring's progress (fn-rescore.cjs), or null (never run, or edited by hand). */
function rescoreOf(company) {
  try {
    return progressOf(company);
  } catch {
    return null;
  }
}

function revisionOf(company) {
  const raw = company.properties ? company.properties.ma_revision : null;
  const n = raw === null || raw === undefined || raw === '' ? 0 : Number(raw);
  return Number.isFinite(n) ? n : 0;
}

/**
 * The company with the program's properties and the history of every
 * sign-off property (the signatures, fn-signoff.cjs).
 * @param {import('@hubspot/api-client').Client} crm @param {string} companyId
 */
async function readCompany(crm, companyId) {
  return crm.crm.companies.basicApi.getById(companyId, COMPANY_READ, SIGNOFF_PROPERTIES);
}

/**
 * The default program's company (ma_program_default = true), or not-found.
 * @param {import('@hubspot/api-client').Client} crm
 */
async function findDefaultProgram(crm) {
  const page = await crm.crm.companies.searchApi.doSearch({
    filterGroups: [{ filters: [searchFilter('ma_program_default', 'EQ', 'true')] }],
    properties: ['ma_program_default'],
    limit: 1,
    after: '0',
  });
  if (!page.results || page.results.length === 0) {
    throw new FnError('not-found', {
      ja: '既定の MA プログラムがありません。会社レコードでプログラムを保存し、既定にしてください。',
      en: 'There is no default MA program. Save a program on a company record and make it the default.',
    });
  }
  // The search answers no property history; the signatures need it.
  return readCompany(crm, String(page.results[0].id));
}

function ensureSize(property, json) {
  if (json.length > MAX_JSON_CHARS) {
    throw new FnError(
      'invalid-input',
      {
        ja: `${property} が HubSpot のプロパティの上限 (${MAX_JSON_CHARS} 文字) を超えます`,
        en: `${property} would exceed the HubSpot property limit (${MAX_JSON_CHARS} characters)`,
      },
      property,
    );
  }
  return json;
}

/** Answers `stale` when the company's revision is no longer the one the card read. */
function assertRevision(company, expectedRevision) {
  const current = revisionOf(company);
  if (current !== expectedRevision) {
    throw new FnError(
      'stale',
      {
        ja: `改訂 ${expectedRevision} を読み込みましたが、現在は改訂 ${current} です`,
        en: `you loaded revision ${expectedRevision}, the record is now at revision ${current}`,
      },
      'expectedRevision',
    );
  }
}

/**
 * Writes company properties over `company` (as just read) when its revision
 * still equals `expectedRevision`; raises the revision by one.
 * @param {import('@hubspot/api-client').Client} crm
 * @param {{ id: string, properties: Record<string, string | null> }} company
 * @param {number} expectedRevision
 * @param {Record<string, string>} properties
 */
async function writeProgram(crm, company, expectedRevision, properties) {
  assertRevision(company, expectedRevision);
  const revision = revisionOf(company) + 1;
  const updated = await crm.crm.companies.basicApi.update(String(company.id), {
    properties: { ...properties, ma_revision: String(revision) },
  });
  return { revision, company: { ...company, properties: { ...company.properties, ...updated.properties } } };
}

/**
 * A function whose write only an admin of the program may make: reads the
 * company, refuses a caller who is no admin (fn-access.cjs), then runs
 * `write(params, crm, company)` — the same write a script with the app's own
 * token runs directly.
 * @template {import('zod').ZodType<{ companyId: string }>} S
 * @param {S} schema
 * @param {{ ja: string, en: string }} what  what is refused, in words
 * @param {(params: import('zod').output<S>, crm: import('@hubspot/api-client').Client, company: Awaited<ReturnType<typeof readCompany>>, caller: () => Promise<import('./fn-identity.cjs').Caller>) => Promise<unknown>} write
 */
function defineAdminWrite(schema, what, write) {
  return defineFunction(schema, async (params, crm, _lang, caller) => {
    const who = await caller();
    const stored = await readCompany(crm, params.companyId);
    await requireAdmin(crm, who, toProgramView(stored).program.access, what);
    return write(params, crm, stored, caller);
  });
}

module.exports = {
  assertRevision,
  defineAdminWrite,
  COMPANY_READ,
  IdSchema,
  MAX_JSON_CHARS,
  MAX_DIAGNOSES,
  ProgramDocSchema,
  DiagnosisRecordSchema,
  defaultProgram,
  ensureSize,
  findDefaultProgram,
  readCompany,
  revisionOf,
  toProgramView,
  validateProgramParts,
  writeProgram,
};
