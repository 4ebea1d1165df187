// A program company whose department mapping names one HubSpot user per
// department (mika: marketing, ren: inside sales, sota: sales), saved through
// ma-save-access by the stand-in's super admin, as an admin would at setup.
import type { CrmStandIn, StandInUser } from './crm-stand-in';
import { call, okValue } from './harness';

export type Member = { userId: string; email?: string; admin?: boolean; departments: string[] };

export const DEFAULT_SIGNERS: Record<string, string[]> = { mika: ['marketing'], ren: ['insideSales'], sota: ['sales'] };

export async function withSigners(crm: CrmStandIn, signers: Record<string, string[]> = DEFAULT_SIGNERS, extra: (users: Record<string, StandInUser>) => Member[] = () => []) {
  const { id: companyId } = crm.seed('companies', { name: '産業機器事業部' });
  const users: Record<string, StandInUser> = {};
  for (const name of Object.keys(signers)) users[name] = crm.addUser(name);
  const members: Member[] = [
    ...Object.entries(signers).map(([name, departments]) => ({ userId: String(users[name]!.userId), email: users[name]!.email, departments })),
    ...extra(users),
  ];
  const saved = okValue(await call<{ revision: number }>('ma-save-access', { companyId, access: { members }, expectedRevision: 0 }));
  const tokens = Object.fromEntries(Object.entries(users).map(([name, user]) => [name, user.token])) as Record<string, string>;
  return { companyId, users, tokens, revision: saved.revision };
}
