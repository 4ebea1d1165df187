// Salesforce-style record ids: a 3-character key prefix per object, a 12-character
// base-62 counter, and the 3-character case-safe suffix that makes the 18-character
// form (the same algorithm as the platform's, so ids look and compare like real ones).
const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const SUFFIX = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';

export function makeId(keyPrefix, serial) {
    let body = '';
    let n = serial;
    for (let i = 0; i < 12; i += 1) {
        body = BASE62[n % 62] + body;
        n = Math.floor(n / 62);
    }
    const id15 = `${keyPrefix}${body}`;
    return id15 + caseSafeSuffix(id15);
}

function caseSafeSuffix(id15) {
    let suffix = '';
    for (let chunk = 0; chunk < 3; chunk += 1) {
        let bits = 0;
        for (let i = 0; i < 5; i += 1) {
            const c = id15[chunk * 5 + i];
            if (c >= 'A' && c <= 'Z') bits |= 1 << i;
        }
        suffix += SUFFIX[bits];
    }
    return suffix;
}

/** True for a well-formed 15- or 18-character id. */
export function isRecordId(value) {
    return typeof value === 'string' && /^[a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?$/.test(value);
}

/** The 18-character form of a 15- or 18-character id. */
export function to18(id) {
    return id.length === 15 ? id + caseSafeSuffix(id) : id;
}
