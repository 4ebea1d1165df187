// The golden signOff cases (tests/cases/golden.json) through HubSpot: each
// case's stored signatures seeded as the sign-off properties' history, the
// set's state read back through ma-load-program, and every attempt made by
// the signer's own token through ma-sign-definitions, each on a fresh copy
// of the case (the core's golden test judges attempts one by one, too).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_HANDOFF_RULES, signOffStatus, type DefinitionSet } from '@ma-maturity/shared-core';
import type { CrmStandIn } from './crm-stand-in';
import { call, okValue, useCrm } from './harness';

interface SignOffCase {
  name: string;
  program: string;
  set: Record<string, unknown>;
  signatures: { role: string; by: string; at: string; version: number }[];
  signers: Record<string, string[]>;
  attempts: { by: string; role: string; version: number; at: string; expect: string }[];
  expect: { state: string; signed: string[]; missing: string[] };
}
const golden = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'tests', 'cases', 'golden.json'), 'utf8')) as {
  programs: Record<string, { program: { definitions: Record<string, unknown> } }>;
  signOff: SignOffCase[];
};

const PROPERTY: Record<string, string> = { marketing: 'ma_signoff_marketing', insideSales: 'ma_signoff_inside_sales', sales: 'ma_signoff_sales' };

/** How each of the core's refusal codes comes back from the HubSpot function. */
const ANSWER_OF_CODE: Record<string, { code: string; field: string } | 'ok'> = {
  ok: 'ok',
  not_in_department: { code: 'forbidden', field: 'role' },
  already_signed: { code: 'conflict', field: 'role' },
  version_mismatch: { code: 'stale', field: 'version' },
  wrong_state: { code: 'invalid-input', field: 'state' },
};

function seedCase(crm: CrmStandIn, c: SignOffCase) {
  const users = Object.fromEntries(Object.keys(c.signers).map((name) => [name, crm.addUser(name)]));
  const members = Object.entries(c.signers).map(([name, departments]) => ({ userId: String(users[name]!.userId), departments }));
  const set = { ...golden.programs[c.program]!.program.definitions, ...c.set };
  const { id } = crm.seed('companies', {
    name: c.name.slice(0, 40),
    ma_revision: '1',
    ma_program: JSON.stringify({ scoringModel: null, handoffRules: DEFAULT_HANDOFF_RULES, fieldMapping: {}, access: { members } }),
    ma_definition_sets: JSON.stringify({ current: set, inForce: null }),
  });
  for (const s of [...c.signatures].sort((a, b) => a.at.localeCompare(b.at))) {
    crm.seedHistory('companies', id, PROPERTY[s.role]!, [{ value: JSON.stringify(s), timestamp: s.at }]);
  }
  return { companyId: id, users };
}

describe.each(golden.signOff.map((c) => [c.name, c] as const))('golden signOff through HubSpot: %s', (_name, c) => {
  const env = useCrm();

  it('reads back the state and the departments signed', async () => {
    const { companyId } = seedCase(env.crm(), c);
    const view = okValue(await call<{ definitions: { current: DefinitionSet } }>('ma-load-program', { companyId }));
    expect(view.definitions.current.state).toBe(c.expect.state);
    expect(signOffStatus(view.definitions.current)).toEqual({ signed: c.expect.signed, missing: c.expect.missing });
  });

  it.each(c.attempts.map((a) => [`${a.by} signs ${a.role} v${a.version}: ${a.expect}`, a] as const))('%s', async (_label, a) => {
    const { companyId, users } = seedCase(env.crm(), c);
    const answer = await call<{ definitions: { current: DefinitionSet } }>('ma-sign-definitions', { companyId, role: a.role, version: a.version }, users[a.by]!.token);
    const expected = ANSWER_OF_CODE[a.expect];
    if (expected === 'ok') {
      const signature = okValue(answer).definitions.current.signatures.find((s) => s.role === a.role);
      expect(signature).toMatchObject({ role: a.role, by: `${a.by}@example.com`, version: a.version });
    } else {
      expect(answer.ok ? 'ok' : { code: answer.error.code, field: answer.error.field }).toEqual(expected);
    }
  });
});
