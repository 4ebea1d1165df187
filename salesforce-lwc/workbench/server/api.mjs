// The local org's HTTP surface, shaped after User Interface API:
//   GET    /services/data/v62.0/ui-api/records/:id?fields=&optionalFields=
//   POST   /services/data/v62.0/ui-api/records            { apiName, fields }
//   PATCH  /services/data/v62.0/ui-api/records/:id        { fields }  (If-Unmodified-Since honoured)
//   DELETE /services/data/v62.0/ui-api/records/:id
//   POST   /services/data/v62.0/graphql                   { query, variables, operationName }
//   GET    /services/data/v62.0/ui-api/object-info/batch/:names   (comma-separated object API names)
//   GET    /services/data/v62.0/connect/notifications?size=  the user's newest notifications (Connect REST API)
//   GET    /services/data/v62.0/connect/notifications/status { unreadCount, unseenCount }
//   PATCH  /services/data/v62.0/connect/notifications      { notificationIds | before, read, seen }
// The caller is the user in X-Workbench-User (one sample user per role); what
// they may read and write is what their profile and permission sets grant.
import { OrgError } from '../org/errors.mjs';
import { executeGraphql } from '../org/graphql.mjs';
import { objectInfos } from '../org/objectInfo.mjs';
import { NotificationInputError } from '../org/notifications.mjs';

const BASE = '/services/data/v62.0';
const MAX_BODY = 2 * 1024 * 1024;

export async function handleApi(org, req, res, url) {
    if (!url.pathname.startsWith(BASE)) return false;
    const path = url.pathname.slice(BASE.length);
    const lang = req.headers['x-workbench-lang'] === 'en' ? 'en' : 'ja';
    const userId = knownUser(org, req.headers['x-workbench-user']);
    try {
        if (!userId) return send(res, 401, [{ errorCode: 'INVALID_SESSION_ID', message: lang === 'en' ? 'Session expired or invalid: pick a role again.' : 'セッションが無効です。ロールを選び直してください。' }]);
        let m;
        if (path === '/graphql' && req.method === 'POST') {
            const body = await readJson(req, lang);
            const answer = executeGraphql(org, body || {}, { lang, access: org.accessOf(userId) });
            return send(res, answer.status, answer.payload);
        }
        if ((m = /^\/ui-api\/object-info\/batch\/([A-Za-z0-9_,]+)$/.exec(path)) && req.method === 'GET') {
            return send(res, 200, objectInfos(org, m[1].split(',').filter(Boolean), { access: org.accessOf(userId), lang }));
        }
        if (path === '/ui-api/records' && req.method === 'POST') {
            const body = await readJson(req, lang);
            return send(res, 201, org.create(body || {}, { userId, lang }));
        }
        if (path === '/connect/notifications' && req.method === 'GET') return send(res, 200, org.notifications.list(userId, url.searchParams.get('size') || 10));
        if (path === '/connect/notifications/status' && req.method === 'GET') return send(res, 200, org.notifications.status(userId));
        if (path === '/connect/notifications' && req.method === 'PATCH') {
            const body = await readJson(req, lang);
            return send(res, 200, org.notifications.update(userId, body, org.clock.now().toISOString()));
        }
        if ((m = /^\/ui-api\/records\/([A-Za-z0-9]+)$/.exec(path))) {
            const id = m[1];
            if (req.method === 'GET') {
                const list = (name) => (url.searchParams.get(name) || '').split(',').filter(Boolean);
                return send(res, 200, org.read(id, { fields: list('fields'), optionalFields: list('optionalFields'), lang, userId }));
            }
            if (req.method === 'PATCH') {
                const body = await readJson(req, lang);
                const ifUnmodifiedSince = req.headers['if-unmodified-since'];
                return send(res, 200, org.update(id, body || {}, { userId, lang, ifUnmodifiedSince }));
            }
            if (req.method === 'DELETE') {
                org.remove(id, { userId, lang });
                res.writeHead(204);
                res.end();
                return true;
            }
        }
        return send(res, 404, [{ errorCode: 'NOT_FOUND', message: `${req.method} ${url.pathname}` }]);
    } catch (error) {
        if (error instanceof OrgError) return send(res, error.status, error.body);
        if (error instanceof NotificationInputError) return send(res, 400, [{ errorCode: 'INVALID_INPUT', message: error.message }]);
        console.error(error);
        return send(res, 500, [{ errorCode: 'UNKNOWN_EXCEPTION', message: String(error && error.message) }]);
    }
}

export function knownUser(org, id) {
    if (typeof id !== 'string' || !/^005[A-Za-z0-9]{12,15}$/.test(id)) return null;
    return org.store.get(id) ? id : null;
}

export function send(res, status, payload) {
    res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(JSON.stringify(payload));
    return true;
}

/** The request body as JSON (null when empty); over 2 MB or not JSON is an OrgError. */
export function readJson(req, lang) {
    return new Promise((resolve, reject) => {
        let size = 0;
        const chunks = [];
        req.on('data', (chunk) => {
            size += chunk.length;
            if (size > MAX_BODY) {
                reject(new OrgError(413, [{ errorCode: 'REQUEST_TOO_LARGE', message: 'request body over 2 MB' }]));
                req.destroy();
            } else chunks.push(chunk);
        });
        req.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            if (!text) return resolve(null);
            try {
                resolve(JSON.parse(text));
            } catch (e) {
                reject(new OrgError(400, [{ errorCode: 'JSON_PARSER_ERROR', message: lang === 'en' ? `The request body is not JSON: ${e.message}` : `リクエスト本文が JSON ではありません: ${e.message}` }]));
            }
        });
        req.on('error', reject);
    });
}
