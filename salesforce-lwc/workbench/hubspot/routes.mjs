// The HubSpot preview's HTTP surface, under /hubspot/:
//   GET  /hubspot/                      the preview page
//   GET  /hubspot/assets/<file>         its bundles (host, worker, one per extension) and CSS
//   POST /hubspot/api/functions/:uid    run an app function: { parameters, propertiesToSend?, objectQuery? }
//                                       -> { logId, response } (as HubSpot's local runtime answers)
//   POST /hubspot/api/crm/properties    what a card's useCrmProperties reads from its record
//   POST /hubspot/api/crm/associations  what useAssociations reads
//   POST /hubspot/api/crm/search        what useCrmSearch reads
//   GET  /hubspot/api/records/...       the record pages' own data (company, contact list, contact)
//   *    /hubspot/hs/serverless/<path>  an endpoint function (hsmeta `config.endpoint.path`), as HubSpot
//                                       serves one at https://<domain>/hs/serverless/<path>: what HubSpot's
//                                       workflow actions and webhooks deliver to (signed by the sender)
// The card-side reads are HubSpot's host reading the CRM for the card: here
// they go to the local CRM over its API, as the functions do. Every body is
// parsed with zod and a bad one answered with a message naming the field.
import * as z from 'zod';
import { readJson } from '../server/api.mjs';
import { OrgError } from '../org/errors.mjs';
import { serveFile } from '../server/static.mjs';
import { hubspotDistDir } from './build.mjs';
import { renderPreviewPage } from './page.mjs';

const PREFIX = '/hubspot';
const MAX_BODY = 2 * 1024 * 1024;
/** Where endpoint functions are served, under the preview's prefix (HubSpot: /hs/serverless/<path>). */
const SERVERLESS = '/hs/serverless/';

/** Object type ids the extension context uses (`crm.objectTypeId`) and the names the CRM API takes. */
const OBJECT_TYPES = { '0-1': 'contacts', '0-2': 'companies', '0-3': 'deals', '0-5': 'tickets', '0-27': 'tasks', '0-47': 'meetings' };
const TYPE_NAMES = new Set(Object.values(OBJECT_TYPES));
const typeName = (value) => OBJECT_TYPES[value] || (TYPE_NAMES.has(value) ? value : null);

const Name = z.string().regex(/^[A-Za-z0-9_.]{1,100}$/, 'expected a property name');
const ObjectType = z.string().refine((v) => typeName(v) !== null, 'expected an object type such as 0-1 or contacts');
const ObjectId = z.union([z.number().int().positive(), z.string().regex(/^\d{1,20}$/)]).transform(String);
const RecordRef = z.object({ objectTypeId: ObjectType, objectId: ObjectId });

const FunctionCall = z.object({
    parameters: z.unknown().optional(),
    propertiesToSend: z.array(Name).max(100).optional(),
    objectQuery: RecordRef.optional(),
});
const PropertiesRead = RecordRef.extend({ properties: z.union([z.array(Name).max(500), z.literal('*')]) });
const AssociationsRead = RecordRef.extend({
    request: z.object({
        toObjectType: ObjectType,
        properties: z.array(Name).max(200).optional(),
        pageLength: z.number().int().min(1).max(500).optional(),
        offset: z.number().int().min(0).optional(),
    }),
});
const Filter = z.object({ propertyName: z.string().max(200), operator: z.string().max(40), value: z.union([z.string(), z.number(), z.boolean()]).optional() });
const SearchRead = z.object({
    request: z.object({
        objectType: ObjectType,
        properties: z.array(Name).max(200).optional(),
        query: z.string().max(3000).optional(),
        filterGroups: z.array(z.object({ filters: z.array(Filter).max(10) })).max(5).optional(),
        sorts: z.array(z.object({ propertyName: Name, direction: z.enum(['ASCENDING', 'DESCENDING']) })).max(5).optional(),
        pageLength: z.number().int().min(1).max(200).optional(),
        after: z.string().max(100).optional(),
    }),
});

class PreviewError extends Error {
    constructor(status, message, field) {
        super(message);
        this.status = status;
        this.field = field;
    }
}

function parse(schema, value) {
    const result = schema.safeParse(value);
    if (result.success) return result.data;
    const issue = result.error.issues[0];
    const field = issue.path.join('.');
    throw new PreviewError(400, `${field ? `${field}: ` : ''}${issue.message}`, field);
}

function send(res, status, payload) {
    res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(JSON.stringify(payload));
    return true;
}

async function body(req) {
    // A JSON body only: a page elsewhere cannot send one without the browser asking first (CORS preflight).
    if (!/^application\/json\b/i.test(String(req.headers['content-type'] || ''))) throw new PreviewError(415, 'expected Content-Type: application/json');
    // Refused before reading, so the answer reaches the client (readJson stops reading at the same bound).
    if (Number(req.headers['content-length']) > MAX_BODY) throw new PreviewError(413, 'request body over 2 MB');
    try {
        return (await readJson(req, 'en')) ?? {};
    } catch (error) {
        if (error instanceof OrgError) throw new PreviewError(error.status, error.body[0].message);
        throw error;
    }
}

/** The request body as text, at most MAX_BODY bytes (an endpoint checks a signature over the text itself). */
async function bodyText(req) {
    if (Number(req.headers['content-length']) > MAX_BODY) throw new PreviewError(413, 'request body over 2 MB');
    const chunks = [];
    let size = 0;
    for await (const chunk of req) {
        size += chunk.length;
        if (size > MAX_BODY) throw new PreviewError(413, 'request body over 2 MB');
        chunks.push(chunk);
    }
    return Buffer.concat(chunks).toString('utf8');
}

/** A JSON body parsed, as HubSpot hands an endpoint function its `body`; any other text as it came. */
function endpointBody(req, text) {
    if (!/^application\/json\b/i.test(String(req.headers['content-type'] || ''))) return text;
    try {
        return JSON.parse(text);
    } catch {
        return text;
    }
}

/** The CRM's API as the host reads it, with the app's token. */
function crmClient(crm) {
    return async function request(method, path, payload) {
        const response = await fetch(`${crm.baseUrl}${path}`, {
            method,
            headers: { authorization: `Bearer ${crm.token}`, ...(payload ? { 'content-type': 'application/json' } : {}) },
            body: payload ? JSON.stringify(payload) : undefined,
        });
        const json = await response.json();
        if (!response.ok) throw new PreviewError(response.status, `${response.status} ${json.category || ''} ${json.message || ''}`.trim());
        return json;
    };
}

const CONTACT_CHROME = ['firstname', 'lastname', 'email', 'phone', 'jobtitle', 'company', 'lifecyclestage', 'hs_analytics_source', 'hubspot_owner_id', 'ma_score', 'ma_grade', 'ma_mql_at', 'ma_sal_at', 'ma_sal_rejected_at', 'ma_recycled_at', 'ma_sql_at'];
const COMPANY_CHROME = ['name', 'domain', 'ma_level', 'numberofemployees', 'industry', 'country'];

/** The preview's routes; `preview` is the started preview (crm, run, project, portal). */
export function createPreviewRoutes(preview) {
    const crm = crmClient(preview.crm);

    const readProperties = async (type, id, names) => {
        const list = names === '*' ? [] : names;
        const object = await crm('GET', `/crm/v3/objects/${type}/${id}?properties=${encodeURIComponent(list.join(','))}`);
        return Object.fromEntries(list.map((n) => [n, object.properties[n] ?? null]));
    };

    async function associations(from, id, to, properties = [], offset = 0, pageLength = 100) {
        const listed = await crm('GET', `/crm/v4/objects/${from}/${id}/associations/${to}?limit=500`);
        const all = listed.results;
        const page = all.slice(offset, offset + pageLength);
        const read = page.length ? await crm('POST', `/crm/v3/objects/${to}/batch/read`, { inputs: page.map((r) => ({ id: String(r.toObjectId) })), properties }) : { results: [] };
        const byId = new Map(read.results.map((o) => [String(o.id), o.properties]));
        return {
            results: page
                .filter((r) => byId.has(String(r.toObjectId)))
                .map((r) => ({ toObjectId: Number(r.toObjectId), associationTypes: r.associationTypes.map((t) => ({ category: t.category, typeId: t.typeId, label: t.label ?? '' })), properties: byId.get(String(r.toObjectId)) })),
            hasMore: offset + pageLength < all.length,
            nextOffset: offset + page.length,
        };
    }

    async function searchAll(type, filterGroups, properties) {
        const out = [];
        let after = '0';
        for (;;) {
            const page = await crm('POST', `/crm/v3/objects/${type}/search`, { filterGroups, properties, limit: 200, after });
            out.push(...page.results);
            if (!page.paging) return out;
            after = page.paging.next.after;
        }
    }

    const api = {
        async 'POST functions'(req, name) {
            const call = parse(FunctionCall, await body(req));
            let propertiesToSend = {};
            if (call.propertiesToSend && call.propertiesToSend.length && call.objectQuery) {
                propertiesToSend = await readProperties(typeName(call.objectQuery.objectTypeId), call.objectQuery.objectId, call.propertiesToSend);
            }
            const caller = preview.userById(Number(req.headers['x-hubspot-user']));
            return preview.run(name, { parameters: call.parameters, propertiesToSend }, caller);
        },
        async 'POST crm/properties'(req) {
            const read = parse(PropertiesRead, await body(req));
            return { status: 200, body: { properties: await readProperties(typeName(read.objectTypeId), read.objectId, read.properties) } };
        },
        async 'POST crm/associations'(req) {
            const read = parse(AssociationsRead, await body(req));
            const { toObjectType, properties, offset, pageLength } = read.request;
            return { status: 200, body: await associations(typeName(read.objectTypeId), read.objectId, typeName(toObjectType), properties, offset, pageLength) };
        },
        async 'POST crm/search'(req) {
            const { request } = parse(SearchRead, await body(req));
            const limit = request.pageLength ?? 10;
            const page = await crm('POST', `/crm/v3/objects/${typeName(request.objectType)}/search`, {
                filterGroups: request.filterGroups ?? [],
                sorts: request.sorts ?? [],
                properties: request.properties ?? [],
                query: request.query,
                limit,
                after: request.after ?? '0',
            });
            return {
                status: 200,
                body: {
                    results: page.results.map((o) => ({ objectId: Number(o.id), properties: o.properties })),
                    total: page.total,
                    hasMore: Boolean(page.paging),
                    ...(page.paging ? { after: page.paging.next.after } : {}),
                },
            };
        },
        async 'GET records/companies'(req, id) {
            const properties = await readProperties('companies', parse(ObjectId, id), COMPANY_CHROME);
            return { status: 200, body: { id, properties } };
        },
        async 'GET records/contacts'(req, id, url) {
            if (id) {
                const contactId = parse(ObjectId, id);
                const properties = await readProperties('contacts', contactId, CONTACT_CHROME);
                const companies = await associations('contacts', contactId, 'companies', ['name']);
                return { status: 200, body: { id: contactId, properties, company: companies.results[0] ? { id: String(companies.results[0].toObjectId), name: companies.results[0].properties.name } : null } };
            }
            const view = url.searchParams.get('view') === 'all' ? 'all' : 'mql';
            const filters = view === 'mql' ? [{ filters: [{ propertyName: 'ma_mql_at', operator: 'HAS_PROPERTY' }] }] : [];
            const results = await searchAll('contacts', filters, CONTACT_CHROME);
            const key = view === 'mql' ? (o) => o.properties.ma_mql_at || '' : (o) => o.properties.lastname || '';
            results.sort((a, b) => (view === 'mql' ? key(b).localeCompare(key(a)) : key(a).localeCompare(key(b))));
            return { status: 200, body: { view, results: results.map((o) => ({ id: String(o.id), properties: o.properties })) } };
        },
    };

    /** Handles /hubspot/...; false for any other path. */
    return async function handle(req, res, url) {
        if (url.pathname !== PREFIX && !url.pathname.startsWith(`${PREFIX}/`)) return false;
        const path = url.pathname.slice(PREFIX.length);
        if (path === '' || path === '/') {
            if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, { status: 'error', message: 'GET only' });
            res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
            res.end(renderPreviewPage(preview.pageConfig()));
            return true;
        }
        if (path.startsWith(SERVERLESS)) {
            try {
                const endpointPath = path.slice(SERVERLESS.length - 1);
                const text = await bodyText(req);
                const answer = await preview.run.endpoint(
                    endpointPath,
                    { method: req.method, headers: req.headers, body: endpointBody(req, text), params: Object.fromEntries(url.searchParams) },
                    preview.secrets(`http://${req.headers.host}${PREFIX}${SERVERLESS}${endpointPath.slice(1)}${url.search}`),
                );
                if (!answer) return send(res, 404, { status: 'error', category: 'OBJECT_NOT_FOUND', message: `no endpoint function serves ${endpointPath}` });
                return send(res, answer.statusCode, answer.body);
            } catch (error) {
                if (error instanceof PreviewError) return send(res, error.status, { status: 'error', message: error.message });
                console.error(error);
                return send(res, 500, { status: 'error', message: 'internal error' });
            } finally {
                preview.crm.persist();
            }
        }
        if (path.startsWith('/assets/')) {
            if (req.method === 'GET' && serveFile(res, hubspotDistDir, decodeURIComponent(path.slice('/assets/'.length)))) return true;
            res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
            res.end('Not found');
            return true;
        }
        const m = /^\/api\/(functions|crm\/[a-z]+|records\/[a-z]+)(?:\/([^/]+))?$/.exec(path);
        const handler = m && api[`${req.method} ${m[1]}`];
        if (!handler) return send(res, 404, { status: 'error', category: 'OBJECT_NOT_FOUND', message: `${req.method} ${url.pathname}` });
        try {
            const { status, body: payload } = await handler(req, m[2] === undefined ? undefined : decodeURIComponent(m[2]), url);
            return send(res, status, payload);
        } catch (error) {
            if (error instanceof PreviewError) return send(res, error.status, { status: 'error', category: 'VALIDATION_ERROR', message: error.message, ...(error.field ? { field: error.field } : {}) });
            console.error(error);
            return send(res, 500, { status: 'error', message: 'internal error' });
        } finally {
            preview.crm.persist();
        }
    };
}
