// The frame every app function runs in: parameters parsed with zod, a CRM
// client with the app's token, and every outcome answered as data
// (`{ ok: true, value } | { ok: false, error }`), never thrown, so a card can
// always render it. See FUNCTIONS.md.
const hubspot = require('@hubspot/api-client');
const { z } = require('./maCore.cjs');

const MESSAGES = {
  ja: {
    'invalid-input': '入力が正しくありません',
    stale: 'このレコードは読み込んだ後にほかの人が更新しました。再読み込みしてからやり直してください。',
    'not-found': '見つかりません',
    'crm-error': 'HubSpot がエラーを返しました',
  },
  en: {
    'invalid-input': 'The input is not valid',
    stale: 'Someone changed this record after you loaded it. Reload it and try again.',
    'not-found': 'Not found',
    'crm-error': 'HubSpot answered with an error',
  },
};

/** An answer the function decided on (bad input, stale, not found): becomes `{ ok: false, error }`. */
class FnError extends Error {
  /**
   * @param {'invalid-input'|'stale'|'not-found'|'crm-error'} code
   * @param {{ ja: string, en: string } | null} detail  text in both languages, or null for the code's own text
   * @param {string} [field]
   */
  constructor(code, detail, field) {
    super(detail ? detail.en : code);
    this.code = code;
    this.detail = detail;
    this.field = field;
    this.issues = undefined;
  }
}

const LangSchema = z.enum(['ja', 'en']).default('ja');

/** @typedef {import('@hubspot/api-client').Client} Crm */
/** @typedef {import('@hubspot/api-client/lib/codegen/crm/companies').Filter} SearchFilter */

/**
 * One filter of a CRM search. The client types operators as a string enum;
 * on the wire they are these strings.
 * @param {string} propertyName
 * @param {'EQ' | 'HAS_PROPERTY'} operator
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
 * The CRM client. The token is the app's static token that HubSpot injects;
 * `MA_CRM_BASE_PATH` points the client elsewhere (the tests' local stand-in).
 * No automatic retries: a retry after a 429 waits 10 s, longer than a card
 * should hang; the card shows the error and the user tries again.
 * @returns {Crm}
 */
function createCrmClient() {
  return new hubspot.Client({
    accessToken: process.env.PRIVATE_APP_ACCESS_TOKEN,
    basePath: process.env.MA_CRM_BASE_PATH || undefined,
    numberOfApiCallRetries: 0,
  });
}

/**
 * Wraps a function body. `schema` parses `context.parameters` (which may
 * carry `lang`); `run(params, crm, lang)` returns the value or throws FnError.
 * @template {import('zod').ZodType} S
 * @param {S} schema
 * @param {(params: import('zod').output<S>, crm: Crm, lang: 'ja' | 'en') => Promise<unknown>} run
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
      const value = await run(parsed.data, createCrmClient(), lang);
      return { ok: true, value };
    } catch (caught) {
      const error = caught instanceof FnError ? caught : isCrmException(caught) ? fromCrmException(caught) : null;
      if (!error) {
        const text = caught instanceof Error ? caught.message : String(caught);
        return { ok: false, error: { code: 'crm-error', message: `${MESSAGES[lang]['crm-error']}: ${text}` } };
      }
      const answer = { code: error.code, message: describe(error, lang) };
      if (error.field) answer.field = error.field;
      if (error.issues) answer.issues = error.issues;
      return { ok: false, error: answer };
    }
  };
}

/** A core `Result` unwrapped, or an invalid-input answer naming `prefix.<path>`. */
function unwrap(result, prefix) {
  if (result.ok) return result.value;
  throw invalidFromIssues(result.issues, prefix);
}

module.exports = { searchFilter, FnError, LangSchema, defineFunction, unwrap, invalidFromIssues, createCrmClient, formatPath };
