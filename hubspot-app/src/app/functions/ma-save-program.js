// ma-save-program: saves the program's scoring model, handoff rules, field
// mapping, routing, name or target level (only the keys given), checked by the core,
// when the company's ma_revision is still the one the card read. Only a
// program admin may (fn-access.cjs); `saveProgram` is the write itself, which
// scripts/setup-properties.mjs runs with the app's own token.
const { z } = require('./maCore.cjs');
const { searchFilter } = require('./fn-runtime.cjs');
const { RoutingSchema } = require('./fn-routing.cjs');
const {
  IdSchema,
  defineAdminWrite,
  ensureSize,
  readCompany,
  toProgramView,
  validateProgramParts,
  writeProgram,
} = require('./fn-program.cjs');

const Params = z.object({
  companyId: IdSchema,
  program: z
    .object({
      name: z.string().max(80).optional(),
      targetLevel: z.number().int().min(1).max(5).optional(),
      scoringModel: z.unknown().optional(),
      handoffRules: z.unknown().optional(),
      fieldMapping: z
        .record(z.string().min(1), z.union([z.literal(''), z.string().regex(/^(company\.)?[a-z0-9_]+$/, 'expected a HubSpot property name (company.<name> for the company)')]))
        .optional(),
      routing: RoutingSchema.optional(),
    })
    .strict(),
  makeDefault: z.boolean().optional(),
  expectedRevision: z.number().int().min(0),
  lang: z.enum(['ja', 'en']).optional(),
});

const WHAT = {
  ja: 'プログラムの設定 (スコアリングモデル、引き渡しルール、項目の対応付け、担当の割り当て先)',
  en: 'the program (scoring model, handoff rules, field mapping, routing)',
};

exports.main = defineAdminWrite(Params, WHAT, (params, crm, company) => saveProgram(params, crm, company));

/**
 * The write of ma-save-program, without the caller check.
 * @param {import('zod').output<typeof Params>} params
 * @param {import('@hubspot/api-client').Client} crm
 * @param {Awaited<ReturnType<typeof readCompany>>} [read]  the company as just read, if it was
 */
async function saveProgram(params, crm, read) {
  validateProgramParts(params.program, 'program');
  const stored = read ?? (await readCompany(crm, params.companyId));
  const before = toProgramView(stored);
  const program = { ...before.program };
  for (const [key, value] of Object.entries(params.program)) {
    if (value !== undefined) program[key] = value;
  }
  const properties = { ma_program: ensureSize('ma_program', JSON.stringify(program)) };
  if (params.makeDefault) properties.ma_program_default = 'true';
  const { company } = await writeProgram(crm, stored, params.expectedRevision, properties);
  if (params.makeDefault) await clearOtherDefaults(crm, params.companyId);
  return toProgramView(company);
}
exports.saveProgram = saveProgram;

/**
 * One default program per portal: the flag moves, it is not data, so no revision is raised.
 * @param {import('@hubspot/api-client').Client} crm
 * @param {string} keepId
 */
async function clearOtherDefaults(crm, keepId) {
  const page = await crm.crm.companies.searchApi.doSearch({
    filterGroups: [{ filters: [searchFilter('ma_program_default', 'EQ', 'true')] }],
    properties: ['ma_program_default'],
    limit: 100,
    after: '0',
  });
  for (const other of page.results || []) {
    if (String(other.id) !== String(keepId)) {
      await crm.crm.companies.basicApi.update(other.id, { properties: { ma_program_default: 'false' } });
    }
  }
}
