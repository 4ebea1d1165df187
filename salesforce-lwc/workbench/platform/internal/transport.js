// HTTP to the workbench server's local org. Every request carries the signed-in
// user and language (the org stamps CreatedById/LastModifiedById and answers
// messages in that language). A refusal becomes the error object Lightning Data
// Service rejects with: { body, ok: false, status, statusText, headers }.
import { userId, lang, apiBase } from './session';

/** A request to the org's API (`path` under /services/data/v62.0). */
export function request(method, path, body, extraHeaders = {}) {
    return requestUrl(method, `${apiBase}${path}`, body, extraHeaders);
}

/** A request to any of the workbench server's own URLs (e.g. /workbench/clock), as the signed-in user. */
export async function requestUrl(method, url, body, extraHeaders = {}) {
    const headers = { 'Content-Type': 'application/json', 'X-Workbench-User': userId || '', 'X-Workbench-Lang': lang, ...extraHeaders };
    let response;
    try {
        response = await fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    } catch (e) {
        throw { body: { message: e.message }, ok: false, status: 0, statusText: 'Network Error', headers: {} };
    }
    const text = await response.text();
    let payload = null;
    try {
        payload = text ? JSON.parse(text) : null;
    } catch {
        payload = { message: text };
    }
    if (!response.ok) {
        throw { body: payload, ok: false, status: response.status, statusText: response.statusText, headers: {} };
    }
    return payload;
}
