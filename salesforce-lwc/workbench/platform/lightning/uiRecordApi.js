// lightning/uiRecordApi for the workbench: the getRecord wire adapter and the
// imperative createRecord / updateRecord / deleteRecord over the local org's
// User Interface API endpoints, getFieldValue / getFieldDisplayValue, and
// notifyRecordUpdateAvailable. updateRecord honours clientOptions.ifUnmodifiedSince:
// the org refuses a write against a record changed since then (HTTP 412).
import { request } from '../internal/transport';
import { onRecordChange, recordChanged } from '../internal/recordEvents';
import { fieldList, qualifiedFieldName } from '../internal/fieldNames';
import { configKey } from '../internal/configKey';

export class getRecord {
    constructor(dataCallback) {
        this.dataCallback = dataCallback;
        this.config = undefined;
        this.generation = 0;
        this.unsubscribe = null;
    }

    connect() {
        this.unsubscribe = onRecordChange((recordId) => {
            if (this.config && this.config.recordId && sameId(recordId, this.config.recordId)) this.fetch();
        });
        this.dataCallback({ data: undefined, error: undefined });
    }

    disconnect() {
        if (this.unsubscribe) this.unsubscribe();
        this.unsubscribe = null;
        this.generation += 1;
    }

    update(config) {
        const c = config || {};
        // Fields are a set: order and duplicates do not make a new request.
        const key = configKey({ recordId: c.recordId, fields: [...new Set(fieldList(c.fields))].sort(), optionalFields: [...new Set(fieldList(c.optionalFields))].sort() });
        if (key === this.key) return;
        this.key = key;
        this.config = config;
        this.fetch();
    }

    fetch() {
        const { recordId, fields, optionalFields } = this.config || {};
        const required = fieldList(fields);
        const optional = fieldList(optionalFields);
        // As the platform: nothing is requested until the record id and some fields are known.
        if (!recordId || required.length + optional.length === 0) return;
        const generation = ++this.generation;
        const query = new URLSearchParams();
        if (required.length) query.set('fields', required.join(','));
        if (optional.length) query.set('optionalFields', optional.join(','));
        request('GET', `/ui-api/records/${encodeURIComponent(recordId)}?${query}`).then(
            (data) => generation === this.generation && this.dataCallback({ data, error: undefined }),
            (error) => generation === this.generation && this.dataCallback({ data: undefined, error })
        );
    }
}

export async function createRecord(recordInput) {
    const record = await request('POST', '/ui-api/records', { apiName: recordInput && recordInput.apiName, fields: (recordInput && recordInput.fields) || {} });
    recordChanged(record.id, record);
    return record;
}

export async function updateRecord(recordInput, clientOptions) {
    const fields = { ...((recordInput && recordInput.fields) || {}) };
    const recordId = fields.Id;
    if (!recordId) {
        throw { body: { message: 'updateRecord: recordInput.fields.Id is required', errorCode: 'INVALID_INPUT' }, ok: false, status: 400, statusText: 'Bad Request', headers: {} };
    }
    delete fields.Id;
    const since = clientOptions && clientOptions.ifUnmodifiedSince;
    const headers = since ? { 'If-Unmodified-Since': String(since) } : {};
    const record = await request('PATCH', `/ui-api/records/${encodeURIComponent(recordId)}`, { fields }, headers);
    recordChanged(record.id, record);
    return record;
}

export async function deleteRecord(recordId) {
    await request('DELETE', `/ui-api/records/${encodeURIComponent(recordId)}`);
    recordChanged(recordId, null);
}

export function notifyRecordUpdateAvailable(recordIds) {
    for (const item of recordIds || []) {
        if (item && item.recordId) recordChanged(item.recordId, null);
    }
    return Promise.resolve();
}

export function getFieldValue(record, field) {
    return walk(record, field, (cell) => cell.value);
}

export function getFieldDisplayValue(record, field) {
    return walk(record, field, (cell) => cell.displayValue);
}

function walk(record, field, pick) {
    const name = qualifiedFieldName(field);
    if (!name || !record) return undefined;
    const path = name.split('.').slice(1);
    let current = record;
    for (let i = 0; i < path.length; i += 1) {
        if (!current || !current.fields) return undefined;
        const cell = current.fields[path[i]];
        if (cell === undefined) return undefined;
        if (i === path.length - 1) return pick(cell);
        current = cell.value;
    }
    return undefined;
}

function sameId(a, b) {
    return String(a).slice(0, 15) === String(b).slice(0, 15);
}
