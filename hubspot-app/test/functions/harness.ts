// Runs the real function entry files (as HubSpot would: `main(context)`)
// against the local CRM stand-in, reached by the real @hubspot/api-client
// through MA_CRM_BASE_PATH.
import { join } from 'node:path';
import { CrmStandIn } from './crm-stand-in';

const functionsDir = join(__dirname, '..', '..', 'src', 'app', 'functions');

export type FnAnswer<T = Record<string, unknown>> =
  | { ok: true; value: T }
  | { ok: false; error: { code: string; message: string; field?: string; issues?: { path: string; message: string }[] } };

/**
 * Runs a function as HubSpot would. `token` is the token the run gets, in
 * `context.secrets` as HubSpot's local dev server passes it (a user's token
 * there); without it the run has the stand-in's default token (a super
 * admin's) from the environment.
 */
/* eslint-disable @typescript-eslint/no-require-imports */
export async function call<T = any>(name: string, parameters: unknown, token?: string): Promise<FnAnswer<T>> {
  const { main } = require(join(functionsDir, `${name}.js`)) as { main: (context: unknown) => Promise<FnAnswer<T>> };
  return main(token ? { parameters, secrets: { PRIVATE_APP_ACCESS_TOKEN: token } } : { parameters });
}

export function okValue<T>(answer: FnAnswer<T>): T {
  if (!answer.ok) throw new Error(`expected ok, got ${answer.error.code}: ${answer.error.message}`);
  return answer.value;
}

export function failure<T>(answer: FnAnswer<T>) {
  if (answer.ok) throw new Error(`expected an error, got ${JSON.stringify(answer.value).slice(0, 300)}`);
  return answer.error;
}

/** A stand-in with the app's properties already created (as after ma-setup-properties). */
export function useCrm(options: { withProperties?: boolean } = {}): { crm: () => CrmStandIn } {
  let crm: CrmStandIn;
  const saved = { base: process.env.MA_CRM_BASE_PATH, token: process.env.PRIVATE_APP_ACCESS_TOKEN };
  beforeEach(async () => {
    crm = new CrmStandIn();
    process.env.MA_CRM_BASE_PATH = await crm.start();
    process.env.PRIVATE_APP_ACCESS_TOKEN = crm.token;
    if (options.withProperties !== false) {
      const { PROPERTIES_BY_OBJECT } = require(join(functionsDir, 'fn-properties.cjs')) as {
        PROPERTIES_BY_OBJECT: Record<string, { name: string; type: string }[]>;
      };
      for (const [type, defs] of Object.entries(PROPERTIES_BY_OBJECT)) crm.defineProperties(type, defs);
    }
  });
  afterEach(async () => {
    await crm.stop();
    process.env.MA_CRM_BASE_PATH = saved.base;
    process.env.PRIVATE_APP_ACCESS_TOKEN = saved.token;
  });
  return { crm: () => crm };
}
