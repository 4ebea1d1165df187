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

/**
 * True when the platform refused a write because the record changed after it
 * was read (updateRecord with ifUnmodifiedSince answers HTTP 412).
 */
export function isStaleWriteError(error) {
    if (!error) return false;
    if (error.status === 412) return true;
    const body = error.body;
    const codes = []
        .concat(Array.isArray(body) ? body : [body])
        .filter((b) => b && typeof b === 'object')
        .map((b) => b.errorCode);
    return codes.some((code) => typeof code === 'string' && /PRECONDITION_FAILED|ENTITY_VERSION|CONFLICT/.test(code));
}
