// What an app function answers, as every extension (cards, settings) reads it
// (FUNCTIONS.md): `{ ok: true, value } | { ok: false, error }`. A rejected
// promise means the platform failed; it is turned into the same error shape
// so views handle one thing. Bundled with the core into each extension's
// maCore.mjs (no extension may import from outside its own folder).

export type FunctionErrorCode = 'invalid-input' | 'stale' | 'not-found' | 'crm-error' | 'forbidden' | 'conflict' | 'platform';

export interface FunctionError {
  code: FunctionErrorCode;
  message: string;
  field?: string;
}

export type FunctionResult<T> = { ok: true; value: T } | { ok: false; error: FunctionError };

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

/** A platform failure (the promise rejected) as an answer. */
export function platformFailure(error: unknown): FunctionResult<never> {
  return { ok: false, error: { code: 'platform', message: error instanceof Error ? error.message : String(error) } };
}

/** Drops `undefined` so what goes over the wire is plain JSON. */
export function toJsonParameters(parameters: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(parameters)) if (value !== undefined) out[key] = value;
  return out;
}
