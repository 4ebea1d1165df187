// A program company as an admin leaves it after setup: the scoring model,
// handoff rules, field mapping and routing saved, and a definition set agreed
// by the three departments (their signatures in the sign-off properties'
// history, as ma-sign-definitions writes them). Also the golden file and a
// signed delivery to the lifecycle endpoint.
import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CrmStandIn } from './crm-stand-in';

const SIGNOFF = { marketing: 'ma_signoff_marketing', insideSales: 'ma_signoff_inside_sales', sales: 'ma_signoff_sales' } as const;

export interface GoldenProgram {
  program: { model: unknown; definitions: { version: number; signatures: { role: keyof typeof SIGNOFF; by: string; at: string; version: number }[] }; handoff?: unknown };
  hubspot?: { fieldMapping: Record<string, string> };
}

export interface GoldenFile {
  programs: Record<string, GoldenProgram>;
  evaluate: {
    name: string;
    program: string;
    asOf: string;
    expect: { changes: Record<string, unknown>; actions: { type: string; dueAt?: string; to?: unknown }[]; stage: string; score: { total: number; grade: string }; handoff: { status: string } };
    hubspot?: {
      properties: Record<string, string>;
      company: Record<string, string>;
      meetings: { hs_timestamp: string; hs_meeting_outcome?: string }[];
      writes: Record<string, string>;
    };
  }[];
}

export const golden = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'tests', 'cases', 'golden.json'), 'utf8')) as GoldenFile;

/** Seeds the program company; answers its id. */
export function seedAgreedProgram(
  crm: CrmStandIn,
  source: GoldenProgram,
  options: { routing?: unknown[]; isDefault?: boolean; fieldMapping?: Record<string, string> } = {},
): string {
  const { model, definitions, handoff } = source.program;
  const doc = {
    name: '産業機器事業部',
    scoringModel: model,
    handoffRules: handoff,
    fieldMapping: options.fieldMapping ?? source.hubspot?.fieldMapping ?? {},
    access: { members: [] },
    routing: options.routing ?? [],
  };
  const company = crm.seed('companies', {
    name: '産業機器事業部',
    ma_revision: '4',
    ma_program: JSON.stringify(doc),
    ma_definition_sets: JSON.stringify({ current: definitions, inForce: definitions }),
    ...(options.isDefault === false ? {} : { ma_program_default: 'true' }),
  });
  for (const signature of definitions.signatures) {
    crm.seedHistory('companies', company.id, SIGNOFF[signature.role], [{ value: JSON.stringify(signature), timestamp: signature.at }]);
  }
  return company.id;
}

export const CLIENT_SECRET = 'a1b2c3d4-client-secret';
export const ENDPOINT_URL = 'https://www.example.com/hs/serverless/ma-maturity/lifecycle';

/** A delivery as HubSpot makes it: the JSON body signed with the client secret (v3), at `nowMs`. */
export function signedDelivery(body: unknown, nowMs: number, secret = CLIENT_SECRET) {
  const raw = JSON.stringify(body);
  const timestamp = String(nowMs);
  const signature = createHmac('sha256', secret).update(`POST${ENDPOINT_URL}${raw}${timestamp}`).digest('base64');
  return {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-HubSpot-Signature-v3': signature, 'X-HubSpot-Request-Timestamp': timestamp },
    body: raw,
    secrets: { MA_CLIENT_SECRET: CLIENT_SECRET, MA_ENDPOINT_URL: ENDPOINT_URL },
  };
}

/** The workflow action's request for one contact. */
export const workflowRequest = (contactId: string, lang: 'ja' | 'en' = 'ja') => ({
  callbackId: `ap-4711-99-1-${contactId}`,
  origin: { portalId: 4711, actionDefinitionId: 55, actionDefinitionVersion: 1 },
  context: { source: 'WORKFLOWS', workflowId: 3 },
  object: { objectId: Number(contactId), objectType: 'CONTACT' },
  inputFields: { lang },
});
