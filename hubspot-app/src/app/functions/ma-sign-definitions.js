// ma-sign-definitions: the signed-in user signs the version they read for one
// department they hold. Who signs is who HubSpot says is calling; whether
// they may is the core's `authorizeSignature` over the program's department
// mapping. The signature goes into that department's own property, so
// signers never overwrite each other; the set's state and the set in force
// are derived from the stored signatures, with no write of the set itself.
// After the write the function reads back: a signer who lost a race with
// someone of the same department, or whose version was replaced meanwhile,
// is told so (`conflict`, `stale`), never answered ok.
const core = require('./maCore.cjs');
const { z } = core;
const { FnError, defineFunction } = require('./fn-runtime.cjs');
const { IdSchema, readCompany, toProgramView } = require('./fn-program.cjs');
const { diffOf } = require('./fn-definitions.cjs');
const { signerOf } = require('./fn-access.cjs');
const { signatureProperty, storedSignatures } = require('./fn-signoff.cjs');

// No `by`, and no revision: the signer is the caller, and a signature binds
// to `version` (any change of the wording is a new version).
const Params = z.object({
  companyId: IdSchema,
  role: core.SigningRoleSchema,
  comment: z.string().max(1000).optional(),
  version: z.number().int().min(1),
  lang: z.enum(['ja', 'en']).optional(),
});

const roleName = (role) => ({ ja: core.t('ja', `role.${role}`), en: core.t('en', `role.${role}`) });

/** The core's refusal as the answer a card shows: who may not, someone was first, or the version moved on. */
function refusal(issue, signer, params, set) {
  const role = roleName(params.role);
  switch (issue.code) {
    case 'not_in_department':
      return new FnError(
        'forbidden',
        { ja: `${signer.by} は${role.ja}の承認者ではありません`, en: `${signer.by} does not sign for ${role.en}` },
        'role',
      );
    case 'already_signed':
      return new FnError(
        'conflict',
        { ja: `${role.ja}はバージョン ${set.version} を承認済みです`, en: `${role.en} has already signed version ${set.version}` },
        'role',
      );
    case 'version_mismatch':
      return new FnError(
        'stale',
        {
          ja: `バージョン ${params.version} を読み込みましたが、現在はバージョン ${set.version} です`,
          en: `you read version ${params.version}, the definitions are now at version ${set.version}`,
        },
        'version',
      );
    default:
      return new FnError('invalid-input', { ja: issue.message, en: issue.message }, issue.path || undefined);
  }
}

function workingSet(view) {
  if (!view.definitions.current) {
    throw new FnError('not-found', { ja: '定義がまだありません', en: 'there are no definitions yet' }, 'companyId');
  }
  return view.definitions.current;
}

exports.main = defineFunction(Params, async (params, crm, lang, caller) => {
  const who = await caller();
  const stored = await readCompany(crm, params.companyId);
  const view = toProgramView(stored);
  const signer = signerOf(view.program.access, who);
  const attempt = { role: params.role, version: params.version, at: new Date().toISOString(), ...(params.comment ? { comment: params.comment } : {}) };
  const authorized = core.authorizeSignature(workingSet(view), storedSignatures(stored), attempt, signer);
  if (!authorized.ok) throw refusal(authorized.issues[0], signer, params, workingSet(view));

  await crm.crm.companies.basicApi.update(params.companyId, { properties: signatureProperty(authorized.value) });

  const after = toProgramView(await readCompany(crm, params.companyId));
  const current = workingSet(after);
  if (current.version !== params.version) {
    throw new FnError(
      'stale',
      {
        ja: `署名中に定義がバージョン ${current.version} に変わりました。バージョン ${params.version} への承認はこのバージョンには数えられません`,
        en: `the definitions became version ${current.version} while you signed; your signature of version ${params.version} does not count for it`,
      },
      'version',
    );
  }
  const counted = current.signatures.find((s) => s.role === params.role);
  if (!counted || counted.by !== signer.by) {
    const first = counted ? counted.by : '?';
    throw new FnError(
      'conflict',
      {
        ja: `${first} が同時に${roleName(params.role).ja}として承認し、先に記録されました。その承認が有効です`,
        en: `${first} signed for ${roleName(params.role).en} at the same moment and was recorded first; that signature counts`,
      },
      'role',
    );
  }
  return { revision: after.revision, definitions: after.definitions, diff: diffOf(current, lang), signOff: core.signOffStatus(current) };
});
