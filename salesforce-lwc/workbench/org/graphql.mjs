// Executes the User Interface API GraphQL shape against the local org:
//   uiapi { query { Obj(where:, orderBy:, first:, after:) {
//     edges { node { Id  Field { value displayValue }  Parent__r { ... }  Children__r { edges ... } } }
//     pageInfo { hasNextPage endCursor }  totalCount } } }
// Filters (eq, ne, lt, lte, gt, gte, in, nin, like, and, or, not, relationship
// filters; filters.mjs), ordering (ASC/DESC, nulls FIRST/LAST, through
// relationships) and cursor paging behave as the org's. The schema is the
// caller's: an object or field they may not read does not exist for them, and
// one that does not exist is a validation error, as in the org. A malformed
// argument value, a query nested deeper than MAX_DEPTH relationships or an
// answer of more than MAX_NODES records is refused with HTTP 400. The
// `graphql` package parses the document.
import { parse, valueFromASTUntyped, Kind } from 'graphql';
import { BadRequest, checkWhere, matches } from './filters.mjs';

const CONNECTION_ARGS = new Set(['where', 'orderBy', 'first', 'after', 'scope', 'upperBound']);
const MAX_FIRST = 2000;
export const MAX_DEPTH = 5;
export const MAX_NODES = 10000;

class QueryError extends Error {
    constructor(message, node, path, status = 200) {
        super(message);
        this.locations = node && node.loc ? [locationOf(node)] : [];
        this.path = path;
        this.status = status;
    }
}

function locationOf(node) {
    const body = node.loc.source.body.slice(0, node.loc.start);
    const lines = body.split('\n');
    return { line: lines.length, column: lines[lines.length - 1].length + 1 };
}

const invalid = (message, type = 'ValidationError') => ({ data: null, errors: [{ message, extensions: { ErrorType: type } }] });

/**
 * Runs one request `{ query, variables, operationName }` as the caller
 * `access` (accessFor) may see the org; answers `{ status, payload: { data, errors? } }`.
 */
export function executeGraphql(org, request, { lang = 'ja', access }) {
    let document;
    try {
        document = parse(String(request.query || ''));
    } catch (e) {
        return { status: 200, payload: { data: null, errors: [{ message: `Invalid Syntax: ${e.message}`, locations: e.locations || [], extensions: { ErrorType: 'InvalidSyntax' } }] } };
    }
    const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
    const fragments = Object.fromEntries(document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]));
    const operation = request.operationName ? operations.find((o) => o.name && o.name.value === request.operationName) : operations.length === 1 ? operations[0] : null;
    if (!operation) return { status: 200, payload: invalid('Unknown or ambiguous operation name') };
    if (operation.operation !== 'query') return { status: 200, payload: invalid('Only queries are supported by the local org') };
    if (request.variables !== undefined && request.variables !== null && (typeof request.variables !== 'object' || Array.isArray(request.variables))) {
        return { status: 400, payload: invalid('variables: expected an object of variable values') };
    }
    const variables = { ...defaults(operation), ...(request.variables || {}) };
    const ctx = { org, fragments, variables, lang, access, nodes: 0, fragmentStack: [] };
    try {
        const data = {};
        for (const sel of selections(ctx, operation.selectionSet, null)) {
            const name = sel.name.value;
            if (name === '__typename') {
                data[alias(sel)] = 'Query';
                continue;
            }
            if (name !== 'uiapi') throw new QueryError(`Validation error of type FieldUndefined: Field '${name}' in type 'Query' is undefined @ '${name}'`, sel, [name]);
            data[alias(sel)] = uiapi(ctx, sel);
        }
        return { status: 200, payload: { data } };
    } catch (e) {
        if (e instanceof BadRequest) return { status: 400, payload: invalid(e.message, 'BadRequest') };
        if (!(e instanceof QueryError)) throw e;
        const error = { message: e.message, locations: e.locations, paths: e.path ? [e.path.join('/')] : [], extensions: { ErrorType: 'ValidationError', classification: 'ValidationError' } };
        return { status: e.status, payload: { data: null, errors: [error] } };
    }
}

function defaults(operation) {
    const out = {};
    for (const def of operation.variableDefinitions || []) {
        if (def.defaultValue) out[def.variable.name.value] = valueFromASTUntyped(def.defaultValue);
    }
    return out;
}

const alias = (sel) => (sel.alias ? sel.alias.value : sel.name.value);

/** Field selections with fragments resolved; `typeName` picks inline fragments for polymorphic nodes. */
function selections(ctx, selectionSet, typeName) {
    const out = [];
    for (const sel of selectionSet ? selectionSet.selections : []) {
        if (sel.kind === Kind.FIELD) out.push(sel);
        else if (sel.kind === Kind.INLINE_FRAGMENT) {
            if (!sel.typeCondition || !typeName || sel.typeCondition.name.value === typeName) out.push(...selections(ctx, sel.selectionSet, typeName));
        } else if (sel.kind === Kind.FRAGMENT_SPREAD) {
            const fragment = ctx.fragments[sel.name.value];
            if (!fragment) throw new QueryError(`Unknown fragment ${sel.name.value}`, sel, []);
            if (ctx.fragmentStack.includes(sel.name.value)) throw new QueryError(`Fragment ${sel.name.value} spreads itself`, sel, [], 400);
            if (!typeName || fragment.typeCondition.name.value === typeName || !ctx.org.schema.objects.has(fragment.typeCondition.name.value)) {
                ctx.fragmentStack.push(sel.name.value);
                out.push(...selections(ctx, fragment.selectionSet, typeName));
                ctx.fragmentStack.pop();
            }
        }
    }
    return out;
}

function uiapi(ctx, sel) {
    const out = {};
    for (const child of selections(ctx, sel.selectionSet, null)) {
        const name = child.name.value;
        if (name === '__typename') out[alias(child)] = 'UIAPI';
        else if (name === 'query') out[alias(child)] = recordQuery(ctx, child);
        else throw new QueryError(`Validation error of type FieldUndefined: Field '${name}' in type 'UIAPI' is undefined @ 'uiapi/${name}'`, child, ['uiapi', name]);
    }
    return out;
}

function recordQuery(ctx, sel) {
    const out = {};
    for (const child of selections(ctx, sel.selectionSet, null)) {
        const name = child.name.value;
        if (name === '__typename') {
            out[alias(child)] = 'RecordQuery';
            continue;
        }
        const info = ctx.org.schema.objects.get(name);
        if (!info || !ctx.access.object(name).read) {
            throw new QueryError(`Validation error of type FieldUndefined: Field '${name}' in type 'RecordQuery' is undefined @ 'uiapi/query/${name}'`, child, ['uiapi', 'query', name]);
        }
        const rows = ctx.org.store.all(name);
        out[alias(child)] = connection(ctx, info, rows, child, ['uiapi', 'query', name], 0);
    }
    return out;
}

function args(ctx, sel, path) {
    const out = {};
    for (const arg of sel.arguments || []) {
        const name = arg.name.value;
        if (!CONNECTION_ARGS.has(name)) throw new QueryError(`Validation error of type UnknownArgument: Unknown field argument ${name} @ '${path.join('/')}'`, arg, path);
        out[name] = valueFromASTUntyped(arg.value, ctx.variables);
    }
    return out;
}

function connection(ctx, info, rows, sel, path, depth) {
    const a = args(ctx, sel, path);
    const first = a.first === undefined || a.first === null ? 10 : Number(a.first);
    if (typeof a.first === 'string' || !Number.isInteger(first) || first < 0 || first > MAX_FIRST) {
        throw new QueryError(`first: must be an integer from 0 to ${MAX_FIRST} @ '${path.join('/')}'`, sel, path, 400);
    }
    if (a.after !== undefined && a.after !== null && typeof a.after !== 'string') throw new BadRequest(`after: expected a cursor (text) @ '${path.join('/')}'`);
    const unknown = (message) => new QueryError(message, sel, path);
    checkWhere({ schema: ctx.org.schema, access: ctx.access, unknown }, info, a.where, path);
    let matched = rows.filter((row) => matches(ctx, info, row, a.where));
    matched = sortRows(ctx, info, matched, a.orderBy, path);
    const offset = a.after ? decodeCursor(a.after) : 0;
    const page = matched.slice(offset, offset + first);
    ctx.nodes += page.length;
    if (ctx.nodes > MAX_NODES) {
        throw new BadRequest(`The answer would hold more than ${MAX_NODES} records: ask for fewer (first) or narrow the where @ '${path.join('/')}'`);
    }
    const out = {};
    for (const child of selections(ctx, sel.selectionSet, null)) {
        const name = child.name.value;
        if (name === 'edges') {
            out[alias(child)] = page.map((row, i) => {
                const edge = {};
                for (const e of selections(ctx, child.selectionSet, null)) {
                    if (e.name.value === 'node') edge[alias(e)] = node(ctx, info, row, e, [...path, 'edges', 'node'], depth);
                    else if (e.name.value === 'cursor') edge[alias(e)] = encodeCursor(offset + i + 1);
                    else if (e.name.value === '__typename') edge[alias(e)] = `${info.apiName}Edge`;
                    else throw new QueryError(`Validation error of type FieldUndefined: Field '${e.name.value}' in type '${info.apiName}Edge' is undefined`, e, path);
                }
                return edge;
            });
        } else if (name === 'totalCount') out[alias(child)] = matched.length;
        else if (name === 'pageInfo') {
            const pi = { hasNextPage: offset + first < matched.length, hasPreviousPage: offset > 0, startCursor: page.length ? encodeCursor(offset + 1) : null, endCursor: page.length ? encodeCursor(offset + page.length) : null };
            out[alias(child)] = Object.fromEntries(selections(ctx, child.selectionSet, null).map((p) => [alias(p), p.name.value === '__typename' ? 'PageInfo' : pi[p.name.value] ?? null]));
        } else if (name === '__typename') out[alias(child)] = `${info.apiName}Connection`;
        else throw new QueryError(`Validation error of type FieldUndefined: Field '${name}' in type '${info.apiName}Connection' is undefined @ '${path.join('/')}/${name}'`, child, [...path, name]);
    }
    return out;
}

const encodeCursor = (n) => Buffer.from(`v1:${n - 1}`).toString('base64');
function decodeCursor(cursor) {
    const m = /^v1:(\d+)$/.exec(Buffer.from(String(cursor), 'base64').toString('utf8'));
    return m ? Number(m[1]) + 1 : 0;
}

function node(ctx, info, row, sel, path, depth) {
    const out = {};
    const readable = (name) => ctx.access.field(info, name).readable;
    for (const child of selections(ctx, sel.selectionSet, info.apiName)) {
        const name = child.name.value;
        const key = alias(child);
        if (name === 'Id') out[key] = row.id;
        else if (name === '__typename') out[key] = info.apiName;
        else if (name === 'ApiName') out[key] = info.apiName;
        else if (name === 'WeakEtag') out[key] = Date.parse(row.fields.SystemModstamp);
        else if (info.fields[name] && readable(name)) out[key] = fieldValue(ctx, info.fields[name], row.fields[name], child, [...path, name]);
        else {
            const lookup = Object.values(info.fields).find((f) => f.relationshipName === name && readable(f.apiName));
            const childRel = info.childRelationships[name];
            const childReadable = childRel && ctx.access.object(childRel.childObject).read && ctx.access.field(ctx.org.schema.objects.get(childRel.childObject), childRel.field).readable;
            if ((lookup || childReadable) && depth + 1 > MAX_DEPTH) {
                throw new QueryError(`${[...path, name].join('/')}: relationships nest at most ${MAX_DEPTH} levels deep`, child, [...path, name], 400);
            }
            if (lookup) {
                const parent = row.fields[lookup.apiName] ? ctx.org.store.get(row.fields[lookup.apiName]) : null;
                // A parent the caller may not read is answered as no parent.
                out[key] = parent && ctx.access.object(parent.object).read ? node(ctx, ctx.org.schema.objects.get(parent.object), parent, child, [...path, name], depth + 1) : null;
            } else if (childReadable) {
                const childInfo = ctx.org.schema.objects.get(childRel.childObject);
                const rows = ctx.org.store.all(childRel.childObject).filter((r) => r.fields[childRel.field] === row.id);
                out[key] = connection(ctx, childInfo, rows, child, [...path, name], depth + 1);
            } else {
                throw new QueryError(`Validation error of type FieldUndefined: Field '${name}' in type '${info.apiName}' is undefined @ '${[...path, name].join('/')}'`, child, [...path, name]);
            }
        }
    }
    return out;
}

function fieldValue(ctx, field, value, sel, path) {
    if (field.type === 'Id') return value;
    if (!sel.selectionSet) throw new QueryError(`Validation error of type SubSelectionRequired: Sub selection required for type ${field.type} of field ${field.apiName} @ '${path.join('/')}'`, sel, path);
    const out = {};
    for (const child of selections(ctx, sel.selectionSet, null)) {
        const name = child.name.value;
        if (name === 'value') out[alias(child)] = value ?? null;
        else if (name === 'displayValue') out[alias(child)] = ctx.org.displayValueOf(field, value ?? null, ctx.lang);
        else if (name === 'label') out[alias(child)] = field.label || field.apiName;
        else if (name === 'format') out[alias(child)] = null;
        else if (name === '__typename') out[alias(child)] = `${field.type}Value`;
        else throw new QueryError(`Validation error of type FieldUndefined: Field '${name}' in type '${field.type}Value' is undefined @ '${path.join('/')}'`, child, path);
    }
    return out;
}

function sortRows(ctx, info, rows, orderBy, path) {
    const keys = orderKeys(ctx, info, orderBy, path, []);
    const sorted = [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    if (keys.length === 0) return sorted;
    return sorted.sort((a, b) => {
        for (const k of keys) {
            const va = k.read(a);
            const vb = k.read(b);
            const aNull = va === null || va === undefined;
            const bNull = vb === null || vb === undefined;
            if (aNull && bNull) continue;
            // Nulls come first ascending and last descending unless told otherwise, as in SOQL.
            const nullsFirst = k.nulls ? k.nulls === 'FIRST' : k.order !== 'DESC';
            if (aNull) return nullsFirst ? -1 : 1;
            if (bNull) return nullsFirst ? 1 : -1;
            if (va === vb) continue;
            const cmp = va < vb ? -1 : 1;
            return k.order === 'DESC' ? -cmp : cmp;
        }
        return 0;
    });
}

const ORDER = new Set(['ASC', 'DESC']);
const NULLS = new Set(['FIRST', 'LAST']);

function orderKeys(ctx, info, orderBy, path, via) {
    if (orderBy === undefined || orderBy === null) return [];
    if (typeof orderBy !== 'object' || Array.isArray(orderBy)) throw new BadRequest(`orderBy: expected an object such as { Name: { order: ASC } }, got ${JSON.stringify(orderBy)} @ '${path.join('/')}'`);
    if (via.length > MAX_DEPTH) throw new BadRequest(`orderBy: nested more than ${MAX_DEPTH} relationships deep @ '${path.join('/')}'`);
    const keys = [];
    for (const [name, spec] of Object.entries(orderBy)) {
        if (!spec || typeof spec !== 'object' || Array.isArray(spec)) throw new BadRequest(`orderBy.${name}: expected { order: ASC | DESC, nulls?: FIRST | LAST } @ '${path.join('/')}'`);
        if ((info.fields[name] && ctx.access.field(info, name).readable) || name === 'Id') {
            if ((spec.order !== undefined && !ORDER.has(spec.order)) || (spec.nulls !== undefined && !NULLS.has(spec.nulls))) {
                throw new BadRequest(`orderBy.${name}: order is ASC or DESC and nulls FIRST or LAST, got ${JSON.stringify(spec)} @ '${path.join('/')}'`);
            }
            const read = (row) => {
                let r = row;
                for (const step of via) r = r && r.fields[step] ? ctx.org.store.get(r.fields[step]) : null;
                if (!r) return null;
                return name === 'Id' ? r.id : r.fields[name];
            };
            keys.push({ read, order: spec && spec.order, nulls: spec && spec.nulls });
        } else {
            const lookup = Object.values(info.fields).find((f) => f.relationshipName === name && ctx.access.field(info, f.apiName).readable);
            if (!lookup) throw new QueryError(`Validation error of type WrongType: field '${name}' is not defined in '${info.apiName}_OrderBy' @ '${path.join('/')}'`, null, path);
            keys.push(...orderKeys(ctx, ctx.org.schema.objects.get(lookup.referenceTo[0]), spec, path, [...via, lookup.apiName]));
        }
    }
    return keys;
}
