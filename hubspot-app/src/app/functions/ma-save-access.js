// ma-save-access: who signs for which department and who administers the
// program (`ProgramDoc.access`, fn-access.cjs), replaced as a whole when the
// company's ma_revision is still the one the settings page read. Only a
// program admin may; `saveAccess` is the write itself, which
// scripts/setup-properties.mjs runs with the app's own token.
const { z } = require('./maCore.cjs');
const { IdSchema, defineAdminWrite, ensureSize, readCompany, toProgramView, writeProgram } = require('./fn-program.cjs');
const { AccessSchema } = require('./fn-access.cjs');

const Params = z.object({
  companyId: IdSchema,
  access: AccessSchema,
  expectedRevision: z.number().int().min(0),
  lang: z.enum(['ja', 'en']).optional(),
});

const WHAT = { ja: '部門の承認者と管理者', en: 'who signs for each department and who administers the program' };

exports.main = defineAdminWrite(Params, WHAT, (params, crm, company) => saveAccess(params, crm, company));

/**
 * The write of ma-save-access, without the caller check.
 * @param {import('zod').output<typeof Params>} params
 * @param {import('@hubspot/api-client').Client} crm
 * @param {Awaited<ReturnType<typeof readCompany>>} [read]  the company as just read, if it was
 */
async function saveAccess(params, crm, read) {
  const stored = read ?? (await readCompany(crm, params.companyId));
  const { program } = toProgramView(stored);
  const next = { ...program, access: params.access };
  const { company } = await writeProgram(crm, stored, params.expectedRevision, {
    ma_program: ensureSize('ma_program', JSON.stringify(next)),
  });
  return toProgramView(company);
}
exports.saveAccess = saveAccess;
exports.Params = Params;
