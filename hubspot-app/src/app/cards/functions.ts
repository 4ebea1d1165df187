// Calls to the app functions (every write, and the reads a card cannot do
// itself). The contract is hubspot-app/FUNCTIONS.md: each function answers
// `{ ok: true, value } | { ok: false, error }`; a rejected promise means the
// platform failed, which is turned into the same error shape here so views
// handle one thing.
import { hubspot } from '@hubspot/ui-extensions';
import type { JsonValue } from '@hubspot/ui-extensions';

export type FunctionName =
  | 'ma-load-program'
  | 'ma-save-diagnosis'
  | 'ma-list-plan-tasks'
  | 'ma-create-plan-tasks'
  | 'ma-update-task'
  | 'ma-save-definitions'
  | 'ma-submit-definitions'
  | 'ma-sign-definitions'
  | 'ma-handoff-action'
  | 'ma-save-score'
  | 'ma-funnel-kpis'
  | 'ma-current-user';

export type FunctionErrorCode = 'invalid-input' | 'stale' | 'not-found' | 'crm-error' | 'forbidden' | 'conflict' | 'platform';

export interface FunctionError {
  code: FunctionErrorCode;
  message: string;
  field?: string;
}

export type FunctionResult<T> = { ok: true; value: T } | { ok: false; error: FunctionError };

/** Plain JSON-serialisable values (core results are plain objects by contract). */
export type FunctionParameters = Record<string, unknown>;

/** The one way the cards reach a function; tests pass their own. */
export type CallFunction = (name: FunctionName, parameters: FunctionParameters) => Promise<FunctionResult<unknown>>;

const ERROR_CODES: readonly string[] = ['invalid-input', 'stale', 'not-found', 'crm-error', 'forbidden', 'conflict'];

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * What `hubspot.serverless` resolved to, as the function returned it. The
 * project reads the function's return value as is; the only 2026.03 example
 * found reads `result.body`. Both shapes are taken (a JSON text in `body`
 * too), so a platform detail cannot blank every card.
 */
function returnedValue(raw: unknown): unknown {
  if (!isRecord(raw) || 'ok' in raw || !('body' in raw)) return raw;
  if (typeof raw.body !== 'string') return raw.body;
  try {
    return JSON.parse(raw.body) as unknown;
  } catch {
    return raw.body;
  }
}

/** Checks the answer's envelope (raw or in `{ body }`); anything else is reported, never trusted. */
export function readFunctionAnswer(answer: unknown): FunctionResult<unknown> {
  const raw = returnedValue(answer);
  if (isRecord(raw) && raw.ok === true && 'value' in raw) return { ok: true, value: raw.value };
  if (isRecord(raw) && raw.ok === false && isRecord(raw.error)) {
    const { code, message, field } = raw.error;
    return {
      ok: false,
      error: {
        code: typeof code === 'string' && ERROR_CODES.includes(code) ? (code as FunctionErrorCode) : 'crm-error',
        message: typeof message === 'string' ? message : 'unknown error',
        ...(typeof field === 'string' ? { field } : {}),
      },
    };
  }
  return { ok: false, error: { code: 'platform', message: 'unexpected answer from the app function' } };
}

/** Drops `undefined` so what goes over the wire is plain JSON. */
function toJson(parameters: FunctionParameters): { [key: string]: JsonValue } {
  const out: { [key: string]: JsonValue } = {};
  for (const [key, value] of Object.entries(parameters)) if (value !== undefined) out[key] = value as JsonValue;
  return out;
}

export const callAppFunction: CallFunction = async (name, parameters) => {
  try {
    return readFunctionAnswer(await hubspot.serverless(name, { parameters: toJson(parameters) }));
  } catch (error) {
    return { ok: false, error: { code: 'platform', message: error instanceof Error ? error.message : String(error) } };
  }
};
