// The signed-in user as `ma-current-user` answers (FUNCTIONS.md): who HubSpot
// says they are, the departments the program maps them to, and those they may
// still sign on the working set. Cards offer only these; the server decides.
import { SIGNING_ROLES, type SigningRole } from './core';
import type { Parse } from './useFunctionRead';

export interface CurrentUser {
  by: string;
  admin: boolean;
  departments: SigningRole[];
  signable: SigningRole[];
}

const isRoleList = (v: unknown): v is SigningRole[] =>
  Array.isArray(v) && v.every((r) => (SIGNING_ROLES as readonly unknown[]).includes(r));

export const parseCurrentUser: Parse<CurrentUser> = (value) => {
  if (typeof value !== 'object' || value === null) return { ok: false, message: 'currentUser: expected an object' };
  const v = value as Record<string, unknown>;
  if (typeof v.by !== 'string') return { ok: false, message: 'currentUser.by: expected a string' };
  if (!isRoleList(v.departments)) return { ok: false, message: 'currentUser.departments: expected a list of departments' };
  if (!isRoleList(v.signable)) return { ok: false, message: 'currentUser.signable: expected a list of departments' };
  return { ok: true, data: { by: v.by, admin: v.admin === true, departments: v.departments, signable: v.signable } };
};
