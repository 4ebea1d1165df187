// The frame every app function runs in: parameters parsed with zod, a CRM
// client with the app's token, and every outcome answered as data
// (`{ ok: true, value } | { ok: false, error }`), never thrown, so a card can
// always render it. See FUNCTIONS.md.
const hubspot = require('@hubspot/api-client');
const { z } = require('./maCore.cjs');
const { FnError } = require('./fn-error.cjs');
const { identify } = require('./fn-identity.cjs');

const MESSAGES = {
  ja: {
    'invalid-input': '入力が正しくありません',
    stale: 'このレコードは読み込んだ後にほかの人が更新しました。再読み込みしてからやり直してください。',
    'not-found': '見つかりません',
    'crm-error': 'HubSpot がエラーを返しました',
    forbidden: 'この操作は許可されていません',
    conflict: 'ほかの人の操作と同時になりました',
  },
  en: {
    'invalid-input': 'The input is not valid',
    stale: 'Someone changed this record after you loaded it. Reload it and try again.',
    'not-found': 'Not found',
    'crm-error': 'HubSpot answered with an error',
    forbidden: 'You are not allowed to do this',
    conflict: 'Someone else did this at the same moment',
  },
};

const LangSchema = z.enum(['ja', 'en']).default('ja');

/** @typedef {import('@hubspot/api-client').Client} Crm */
/** @typedef {import('@hubspot/api-client/lib/codegen/crm/companies').Filter} SearchFilter */

/**
 * One filter of a CRM search. The client types operators as a string enum;
 * on the wire they are these strings.
 * @param {string} propertyName
 * @param {'EQ' | 'HAS_PROPERTY' | 'NOT_HAS_PROPERTY' | 'GT'} operator
 * @param {string} [value]
 * @returns {SearchFilter}
 */
function searchFilter(propertyName, operator, value) {
  const filter = { propertyName, operator: /** @type {SearchFilter['operator']} */ (operator) };
  return value === undefined ? filter : { ...filter, value };
}

/** `a.b[2]` from a zod path. */
function formatPath(path) {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

/** Core issues (`{ path, code, message }`) as an invalid-input answer; `prefix` names the parameter they came from. */
function invalidFromIssues(issues, prefix) {
  const scoped = issues.map((i) => ({ ...i, path: prefix && i.path ? `${prefix}.${i.path}` : prefix || i.path }));
  const first = scoped[0] || { path: prefix || '', message: '' };
  const error = new FnError('invalid-input', null, first.path || undefined);
  error.issues = scoped;
  return error;
}

function describe(error, lang) {
  const base = MESSAGES[lang][error.code];
  if (error.detail) return `${base}: ${error.detail[lang]}`;
  if (error.issues && error.issues.length > 0) {
    const first = error.issues[0];
    return `${base}: ${first.path ? `${first.path}: ` : ''}${first.message}`;
  }
  return base;
}

/** HubSpot's ApiException (status in `code`, JSON in `body`) as an answer. */
function fromCrmException(exception) {
  const status = typeof exception.code === 'number' ? exception.code : 0;
  const body = exception.body && typeof exception.body === 'object' ? exception.body : {};
  const category = typeof body.category === 'string' ? body.category : '';
  const text = typeof body.message === 'string' ? body.message : String(exception.message || '');
  const summary = `${status}${category ? ` ${category}` : ''}${text ? ` ${text}` : ''}`.trim();
  if (status === 404) return new FnError('not-found', { ja: summary, en: summary });
  return new FnError('crm-error', { ja: summary, en: summary });
}

function isCrmException(error) {
  return Boolean(error) && typeof error === 'object' && typeof error.code === 'number' && 'body' in error;
}

/**
 * The token HubSpot runs this call with: `context.secrets` when the runtime
 * passes it there (HubSpot's local dev server does, with a per-user token),
 * else `process.env` (HubSpot's docs).
 * @param {unknown} context
 * @returns {string | undefined}
 */
function tokenOf(context) {
  const secrets = context && typeof context === 'object' ? /** @type {{ secrets?: unknown }} */ (context).secrets : undefined;
  const fromContext = secrets && typeof secrets === 'object' ? /** @type {Record<string, unknown>} */ (secrets).PRIVATE_APP_ACCESS_TOKEN : undefined;
  return typeof fromContext === 'string' && fromContext !== '' ? fromContext : process.env.PRIVATE_APP_ACCESS_TOKEN;
}

/**
 * The CRM client. `MA_CRM_BASE_PATH` points it elsewhere (the tests' local
 * stand-in). No automatic retries: a retry after a 429 waits 10 s, longer
 * than a card should hang; the card shows the error and the user tries again.
 * @param {string | undefined} [token]
 * @returns {Crm}
 */
function createCrmClient(token = process.env.PRIVATE_APP_ACCESS_TOKEN) {
  return new hubspot.Client({
    accessToken: token,
    basePath: process.env.MA_CRM_BASE_PATH || undefined,
    numberOfApiCallRetries: 0,
  });
}

/** @typedef {import('./fn-identity.cjs').Caller} Caller */

/**
 * Wraps a function body. `schema` parses `context.parameters` (which may
 * carry `lang`); `run(params, crm, lang, caller)` returns the value or throws
 * FnError. `caller()` is who HubSpot says is calling (asked once, on first
 * use): functions that sign or administer call it, never a parameter.
 * @template {import('zod').ZodType} S
 * @param {S} schema
 * @param {(params: import('zod').output<S>, crm: Crm, lang: 'ja' | 'en', caller: () => Promise<Caller>) => Promise<unknown>} run
 */
function defineFunction(schema, run) {
  return async function main(context) {
    const raw = context && typeof context === 'object' ? context.parameters : undefined;
    const langParsed = LangSchema.safeParse(raw && typeof raw === 'object' ? raw.lang : undefined);
    const lang = langParsed.success ? langParsed.data : 'ja';
    try {
      const parsed = schema.safeParse(raw === undefined ? {} : raw);
      if (!parsed.success) {
        throw invalidFromIssues(
          parsed.error.issues.map((i) => ({ path: formatPath(i.path), code: i.code, message: i.message })),
          '',
        );
      }
      const token = tokenOf(context);
      const crm = createCrmClient(token);
      /** @type {Promise<Caller> | null} */
      let asked = null;
      const caller = () => (asked ??= identify(crm, token));
      const value = await run(parsed.data, crm, lang, caller);
      return { ok: true, value };
    } catch (caught) {
      return failureAnswer(caught, lang);
    }
  };
}

/**
 * What a function answers for anything thrown: its FnError, HubSpot's error
 * with status and category, or the message of anything else.
 * @param {unknown} caught
 * @param {'ja' | 'en'} lang
 */
function failureAnswer(caught, lang) {
  const error = caught instanceof FnError ? caught : isCrmException(caught) ? fromCrmException(caught) : null;
  if (!error) {
    const text = caught instanceof Error ? caught.message : String(caught);
    return { ok: false, error: { code: 'crm-error', message: `${MESSAGES[lang]['crm-error']}: ${text}` } };
  }
  /** @type {{ code: string, message: string, field?: string, issues?: unknown[] }} */
  const answer = { code: error.code, message: describe(error, lang) };
  if (error.field) answer.field = error.field;
  if (error.issues) answer.issues = error.issues;
  return { ok: false, error: answer };
}

/** A core `Result` unwrapped, or an invalid-input answer naming `prefix.<path>`. */
function unwrap(result, prefix) {
  if (result.ok) return result.value;
  throw invalidFromIssues(result.issues, prefix);
}

module.exports = { searchFilter, FnError, LangSchema, defineFunction, failureAnswer, unwrap, invalidFromIssues, createCrmClient, formatPath, tokenOf };
