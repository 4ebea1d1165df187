// Who may do what in a program, kept with the program (`ProgramDoc.access`):
// which HubSpot users sign for which department, and which are the program's
// admins. A HubSpot super admin is always an admin (so a program can never be
// locked out, and the first admin can be named); anyone else is an admin only
// when the program lists them. The mapping is the grant; whether a grant lets
// a user sign a set is the core's `authorizeSignature`.
const core = require('./maCore.cjs');
const { z } = core;
const { FnError } = require('./fn-error.cjs');
const { nameOf } = require('./fn-identity.cjs');

const UserIdSchema = z.string().regex(/^\d{1,20}$/, 'expected a HubSpot user id (digits)');

const MemberSchema = z
  .object({
    userId: UserIdSchema,
    /** For people reading the settings; the user id is what is matched. */
    email: z.string().max(254).optional(),
    admin: z.boolean().optional(),
    departments: z.array(core.SigningRoleSchema).max(3),
  })
  .strict()
  .superRefine((m, ctx) => {
    if (new Set(m.departments).size !== m.departments.length) {
      ctx.addIssue({ code: 'custom', path: ['departments'], message: 'a department is listed twice' });
    }
  });

const AccessSchema = z
  .object({ members: z.array(MemberSchema).max(1000) })
  .strict()
  .superRefine((a, ctx) => {
    const seen = new Set();
    a.members.forEach((m, i) => {
      if (seen.has(m.userId)) ctx.addIssue({ code: 'custom', path: ['members', i, 'userId'], message: `user ${m.userId} is listed twice` });
      seen.add(m.userId);
    });
  });

/** @typedef {import('./fn-identity.cjs').Caller} Caller */
/** @typedef {{ members: { userId: string, email?: string, admin?: boolean, departments: string[] }[] }} Access */

const NO_ACCESS = Object.freeze({ members: [] });

const memberOf = (access, caller) => access.members.find((m) => m.userId === caller.userId);

/** The core's Signer for the caller: their name as HubSpot gave it, and the departments the program maps them to. */
function signerOf(access, caller) {
  const member = memberOf(access, caller);
  return { by: nameOf(caller), departments: member ? [...member.departments] : [] };
}

/**
 * @param {import('@hubspot/api-client').Client} crm
 * @param {Caller} caller
 */
async function isSuperAdmin(crm, caller) {
  const user = await crm.settings.users.usersApi.getById(caller.userId);
  return user.superAdmin === true;
}

/** A program admin: listed as one in the program, or a HubSpot super admin. */
async function isAdmin(crm, caller, access) {
  return memberOf(access, caller)?.admin === true || (await isSuperAdmin(crm, caller));
}

const notAdmin = (caller, what) =>
  new FnError('forbidden', {
    ja: `${nameOf(caller)} はこのプログラムの管理者ではないため、${what.ja}を変更できません`,
    en: `${nameOf(caller)} is not an admin of this program and cannot change ${what.en}`,
  });

/** Refuses the write unless the caller administers the program. */
async function requireAdmin(crm, caller, access, what) {
  if (!(await isAdmin(crm, caller, access))) throw notAdmin(caller, what);
}

/** Refuses the write unless the caller is a HubSpot super admin (portal-wide setup). */
async function requireSuperAdmin(crm, caller, what) {
  if (!(await isSuperAdmin(crm, caller))) {
    throw new FnError('forbidden', {
      ja: `${nameOf(caller)} は HubSpot のスーパー管理者ではないため、${what.ja}を変更できません`,
      en: `${nameOf(caller)} is not a HubSpot super admin and cannot change ${what.en}`,
    });
  }
}

module.exports = { AccessSchema, NO_ACCESS, isAdmin, requireAdmin, requireSuperAdmin, signerOf };
