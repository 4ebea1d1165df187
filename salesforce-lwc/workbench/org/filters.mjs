// The `where` argument of the UI API GraphQL shape: checked once per
// connection (its shape, its depth, and that the caller may read every field
// it names), then matched against each row. A malformed value is the caller's
// error (HTTP 400 with a message), never a crash. `like` runs in time linear in
// the value for a given pattern: no regular expression is built from input.
import { to18 } from './ids.mjs';

export const MAX_WHERE_DEPTH = 16;

/** An error in the request itself (a value of the wrong shape): answered with HTTP 400. */
export class BadRequest extends Error {}

const LOGICAL = new Set(['and', 'or', 'not']);
const SCALAR_OPERATORS = new Set(['eq', 'ne', 'lt', 'lte', 'gt', 'gte']);
const LIST_OPERATORS = new Set(['in', 'nin']);

const isPlainObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const isScalar = (v) => v === null || ['string', 'number', 'boolean'].includes(typeof v) || (isPlainObject(v) && Object.keys(v).length === 1 && 'value' in v && isScalar(v.value));

// ---- like: SOQL's pattern (% any run, _ one character, \ escapes), case-insensitive ----

const ONE = Symbol('one character');
const likeCache = new Map();

/** The pattern as literal segments between its % signs, e.g. 'a%b_c' -> { segments: [['a'], ['b', ONE, 'c']] }. */
function compileLike(pattern) {
    const cached = likeCache.get(pattern);
    if (cached) return cached;
    const segments = [[]];
    for (let i = 0; i < pattern.length; i += 1) {
        const c = pattern[i];
        if (c === '\\' && i + 1 < pattern.length) {
            i += 1;
            segments[segments.length - 1].push(pattern[i].toLowerCase());
        } else if (c === '%') {
            segments.push([]);
        } else {
            segments[segments.length - 1].push(c === '_' ? ONE : c.toLowerCase());
        }
    }
    const compiled = { segments };
    if (likeCache.size > 500) likeCache.clear();
    likeCache.set(pattern, compiled);
    return compiled;
}

const segmentAt = (segment, value, at) => at + segment.length <= value.length && segment.every((c, k) => c === ONE || c === value[at + k]);

/**
 * True when `value` matches the LIKE `pattern`. The first segment is anchored
 * at the start, the last at the end, the ones between placed leftmost in turn:
 * for a pattern of fixed segments between % signs that is exact, and each
 * position is tried once per segment, so the time grows with the value, not
 * exponentially with the pattern.
 */
export function likeMatches(pattern, input) {
    const { segments } = compileLike(String(pattern));
    const value = String(input).toLowerCase();
    if (segments.length === 1) return segments[0].length === value.length && segmentAt(segments[0], value, 0);
    const first = segments[0];
    const last = segments[segments.length - 1];
    if (!segmentAt(first, value, 0)) return false;
    let position = first.length;
    for (const segment of segments.slice(1, -1)) {
        if (segment.length === 0) continue;
        let at = position;
        while (at + segment.length <= value.length && !segmentAt(segment, value, at)) at += 1;
        if (at + segment.length > value.length) return false;
        position = at + segment.length;
    }
    const end = value.length - last.length;
    return end >= position && segmentAt(last, value, end);
}

// ---- comparisons ----

const present = (a) => a !== null && a !== undefined;

export const COMPARATORS = {
    eq: (a, b) => (b === null ? !present(a) : a === b),
    ne: (a, b) => (b === null ? present(a) : a !== b),
    lt: (a, b) => present(a) && a < b,
    lte: (a, b) => present(a) && a <= b,
    gt: (a, b) => present(a) && a > b,
    gte: (a, b) => present(a) && a >= b,
    in: (a, b) => b.includes(a),
    nin: (a, b) => !b.includes(a),
    like: (a, b) => typeof a === 'string' && likeMatches(b, a),
};

/** Filter values: ids compare in 18-character form; dates may come as `{ value }`. */
export function normalise(field, raw) {
    if (Array.isArray(raw)) return raw.map((v) => normalise(field, v));
    const value = raw && typeof raw === 'object' && 'value' in raw ? raw.value : raw;
    if (value === null || value === undefined) return null;
    if (!field || field.type === 'Id' || field.type === 'Lookup' || field.type === 'MasterDetail') {
        return typeof value === 'string' && /^[a-zA-Z0-9]{15}$/.test(value) ? to18(value) : value;
    }
    if (field.type === 'DateTime' && typeof value === 'string' && !Number.isNaN(Date.parse(value))) return new Date(Date.parse(value)).toISOString();
    return value;
}

// ---- shape ----

const lookupNamed = (info, name) => Object.values(info.fields).find((f) => f.relationshipName === name);

/**
 * Checks a `where` value once: its shape (BadRequest), and that every key is a
 * field or relationship the caller may read (`unknown(message)` makes the
 * schema error the platform answers for a name it does not know).
 */
export function checkWhere({ schema, access, unknown }, info, where, path, depth = 0) {
    if (where === undefined || where === null) return;
    const at = `${path.join('/')}`;
    if (depth > MAX_WHERE_DEPTH) throw new BadRequest(`where: nested more than ${MAX_WHERE_DEPTH} levels deep @ '${at}'`);
    if (!isPlainObject(where)) throw new BadRequest(`where: expected an object of field conditions, got ${JSON.stringify(where)} @ '${at}'`);
    for (const [key, condition] of Object.entries(where)) {
        if (key === 'and' || key === 'or') {
            if (!Array.isArray(condition) || condition.length === 0 || !condition.every(isPlainObject)) {
                throw new BadRequest(`where.${key}: expected a list of conditions, got ${JSON.stringify(condition)} @ '${at}'`);
            }
            condition.forEach((c) => checkWhere({ schema, access, unknown }, info, c, path, depth + 1));
        } else if (key === 'not') {
            if (!isPlainObject(condition)) throw new BadRequest(`where.not: expected a condition, got ${JSON.stringify(condition)} @ '${at}'`);
            checkWhere({ schema, access, unknown }, info, condition, path, depth + 1);
        } else if (key === 'Id' || (info.fields[key] && access.field(info, key).readable)) {
            if (!isPlainObject(condition) || Object.keys(condition).length === 0) {
                throw new BadRequest(`where.${key}: expected operators such as { eq: ... }, got ${JSON.stringify(condition)} @ '${at}'`);
            }
            for (const [op, value] of Object.entries(condition)) {
                if (SCALAR_OPERATORS.has(op) && !isScalar(value)) throw new BadRequest(`where.${key}.${op}: expected a single value, got ${JSON.stringify(value)} @ '${at}'`);
                else if (LIST_OPERATORS.has(op) && !(Array.isArray(value) && value.every(isScalar))) throw new BadRequest(`where.${key}.${op}: expected a list of values, got ${JSON.stringify(value)} @ '${at}'`);
                else if (op === 'like' && typeof value !== 'string') throw new BadRequest(`where.${key}.like: expected a text pattern, got ${JSON.stringify(value)} @ '${at}'`);
                else if (!SCALAR_OPERATORS.has(op) && !LIST_OPERATORS.has(op) && op !== 'like') {
                    throw new BadRequest(`where.${key}: unknown filter operator '${op}' (eq, ne, lt, lte, gt, gte, in, nin, like) @ '${at}'`);
                }
            }
        } else {
            const lookup = LOGICAL.has(key) ? null : lookupNamed(info, key);
            const target = lookup && schema.objects.get(lookup.referenceTo[0]);
            if (!lookup || !access.field(info, lookup.apiName).readable || !access.object(target.apiName).read) {
                throw unknown(`Validation error of type WrongType: field '${key}' is not defined in '${info.apiName}_Filter' @ '${at}'`);
            }
            checkWhere({ schema, access, unknown }, target, condition, path, depth + 1);
        }
    }
}

/** Whether a row passes a `where` that checkWhere accepted. */
export function matches(ctx, info, row, where) {
    if (where === undefined || where === null) return true;
    for (const [key, condition] of Object.entries(where)) {
        if (key === 'and') {
            if (!condition.every((w) => matches(ctx, info, row, w))) return false;
        } else if (key === 'or') {
            if (!condition.some((w) => matches(ctx, info, row, w))) return false;
        } else if (key === 'not') {
            if (matches(ctx, info, row, condition)) return false;
        } else if (info.fields[key] || key === 'Id') {
            const field = info.fields[key];
            const actual = key === 'Id' ? row.id : row.fields[key];
            for (const [op, raw] of Object.entries(condition)) {
                if (!COMPARATORS[op](actual, normalise(field, raw))) return false;
            }
        } else {
            const lookup = lookupNamed(info, key);
            const parent = row.fields[lookup.apiName] ? ctx.org.store.get(row.fields[lookup.apiName]) : null;
            if (!parent || !matches(ctx, ctx.org.schema.objects.get(parent.object), parent, condition)) return false;
        }
    }
    return true;
}
