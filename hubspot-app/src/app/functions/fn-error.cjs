// An answer a function decided on (bad input, stale, not found, forbidden,
// a lost race): the frame turns it into `{ ok: false, error }`.
class FnError extends Error {
  /**
   * @param {'invalid-input'|'stale'|'not-found'|'crm-error'|'forbidden'|'conflict'} code
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

module.exports = { FnError };
