// Shared data access for the MA components: the GraphQL queries (in
// queries.js), readers for GraphQL nodes and getRecord records, JSON field
// parsing, the clock, and the stale-safe update options.
export {
    PROGRAMS_QUERY,
    DIAGNOSES_QUERY,
    PLAN_QUERY,
    DEFINITIONS_QUERY,
    LEAD_CONTEXT_QUERY,
    LEAD_TASKS_QUERY,
    LEAD_CAMPAIGN_MEMBERS_QUERY,
    FUNNEL_QUERY,
} from './queries';

/** The nodes of one object's connection in a UI API GraphQL answer. */
export function nodes(data, objectApiName) {
    const connection = data && data.uiapi && data.uiapi.query && data.uiapi.query[objectApiName];
    return connection && Array.isArray(connection.edges) ? connection.edges.map((edge) => edge.node) : [];
}

/** True when a connection has more records than were returned. */
export function hasMore(data, objectApiName) {
    const connection = data && data.uiapi && data.uiapi.query && data.uiapi.query[objectApiName];
    return !!(connection && connection.pageInfo && connection.pageInfo.hasNextPage);
}

/** A field's value on a GraphQL node (`{ Field: { value } }`), or null. */
export function val(node, field) {
    const cell = node ? node[field] : undefined;
    if (cell === undefined || cell === null) return null;
    return typeof cell === 'object' && 'value' in cell ? cell.value : cell;
}

/** A field's value on a getRecord record (`{ fields: { Field: { value } } }`), or null. */
export function recordValue(record, field) {
    const cell = record && record.fields ? record.fields[field] : undefined;
    return cell ? cell.value : null;
}

/** Parses a JSON field; empty or malformed text gives `fallback` (the core validates the shape after). */
export function parseJsonField(text, fallback = null) {
    if (typeof text !== 'string' || text.trim() === '') return fallback;
    try {
        return JSON.parse(text);
    } catch {
        return fallback;
    }
}

/** The current instant; the core never reads the clock, the surface does. */
export function nowIso() {
    return new Date().toISOString();
}

/** Today as YYYY-MM-DD in UTC, the date form the core takes. */
export function todayIso() {
    return nowIso().slice(0, 10);
}

/** Splits a `;`-separated text field into its non-empty parts. */
export function splitList(text) {
    return typeof text === 'string' ? text.split(';').map((s) => s.trim()).filter((s) => s.length > 0) : [];
}

/** Options for the stale-safe update: the platform refuses if the record changed after `lastModified`. */
export function unmodifiedSince(lastModified) {
    return lastModified ? { ifUnmodifiedSince: lastModified } : undefined;
}

/** Re-runs a GraphQL wire's query (lightning/graphql v2: the emitted value carries `refresh`). */
export function refreshResult(result) {
    return result && typeof result.refresh === 'function' ? result.refresh() : Promise.resolve();
}
