/**
 * Turns platform errors (UI API read and DML errors, GraphQL errors, JS errors,
 * the core's issues) into a flat list of readable messages.
 * @param {*} errors one error or an array of them
 * @returns {string[]}
 */
export function reduceErrors(errors) {
    const list = Array.isArray(errors) ? errors : [errors];
    return list
        .filter((error) => !!error)
        .map(messagesOf)
        .reduce((all, messages) => all.concat(messages), [])
        .filter((message) => typeof message === 'string' && message.length > 0);
}

function messagesOf(error) {
    if (typeof error === 'string') return [error];
    const body = error.body;
    // UI API read errors: body is an array of { message }.
    if (Array.isArray(body)) return body.map((e) => e && e.message);
    if (body && typeof body === 'object') {
        const output = body.output;
        if (output) {
            const fieldErrors = Object.values(output.fieldErrors || {})
                .reduce((all, errs) => all.concat(errs), [])
                .map((e) => e.message);
            const pageErrors = (output.errors || []).map((e) => e.message);
            if (fieldErrors.length + pageErrors.length > 0) return pageErrors.concat(fieldErrors);
        }
        if (typeof body.message === 'string') return [body.message];
    }
    // A core issue: { path, message }.
    if (typeof error.path === 'string' && typeof error.message === 'string') {
        return [error.path ? `${error.path}: ${error.message}` : error.message];
    }
    // GraphQL errors and JS errors carry a message.
    if (typeof error.message === 'string') return [error.message];
    return [error.statusText];
}

/** Every errorCode a platform error carries: UI API read arrays, the body, and a record error's output. */
function errorCodes(error) {
    if (!error || typeof error !== 'object') return [];
    const body = error.body;
    const items = [].concat(Array.isArray(body) ? body : [body]).filter((b) => b && typeof b === 'object');
    const codes = [];
    for (const item of items) {
        codes.push(item.errorCode);
        const output = item.output;
        if (output && typeof output === 'object') {
            (output.errors || []).forEach((e) => codes.push(e && e.errorCode));
            Object.values(output.fieldErrors || {}).forEach((list) => (list || []).forEach((e) => codes.push(e && e.errorCode)));
        }
    }
    return codes.filter((code) => typeof code === 'string');
}

// How the platform says a record changed after it was read: updateRecord with
// ifUnmodifiedSince answers HTTP 412 (PRECONDITION_FAILED); a DML-level check
// answers ENTITY_FAILED_IFLASTMODIFIED_ON_UPDATE_CHECK.
const STALE_CODES = ['PRECONDITION_FAILED', 'ENTITY_FAILED_IFLASTMODIFIED_ON_UPDATE_CHECK'];

/** True when the platform refused a write because the record changed after it was read. */
export function isStaleWriteError(error) {
    if (!error) return false;
    if (error.status === 412) return true;
    return errorCodes(error).some((code) => STALE_CODES.includes(code));
}

/**
 * True when a unique field refused the write (DUPLICATE_VALUE): someone else
 * stored the same thing first, e.g. a signature for the same department and
 * version at the same moment.
 */
export function isDuplicateValueError(error) {
    return errorCodes(error).includes('DUPLICATE_VALUE');
}
