// The local org: records by object over the SQLite store, with the rules a real
// org applies to a User Interface API write (field existence, types, lengths,
// restricted picklists, references, required fields, read-only system fields,
// optimistic concurrency with ifUnmodifiedSince, master-detail cascade delete)
// and the record representation getRecord answers with.
import { makeId, isRecordId, to18 } from './ids.mjs';
import { fieldError, recordError, staleWriteError, readError, notFound } from './errors.mjs';
import { coerceValue, displayValue } from './values.mjs';

export function createOrg({ schema, store, now = () => new Date() }) {
    const objects = schema.objects;

    function objectOf(id) {
        return schema.byPrefix.get(String(id).slice(0, 3)) || null;
    }

    function nextSerial() {
        const serial = Number(store.meta('serial') || '0') + 1;
        store.setMeta('serial', serial);
        return serial;
    }

    /** An instant strictly after `previous`, so two writes in one millisecond still order. */
    function stamp(previous) {
        let t = now().getTime();
        if (previous) t = Math.max(t, Date.parse(previous) + 1);
        return new Date(t).toISOString();
    }

    function personName(fields) {
        const first = fields.FirstName || '';
        const last = fields.LastName || '';
        // Japanese names read family name first, as the platform shows them in a ja locale.
        const cjk = /[\u3040-\u30ff\u3400-\u9fff]/.test(first + last);
        return (cjk ? [last, first] : [first, last]).filter(Boolean).join(' ');
    }

    function applyComputed(info, fields) {
        if (info.fields.Name && info.fields.Name.computed === 'personName') fields.Name = personName(fields);
    }

    /** The next auto-number name, e.g. `D-{00000}` -> `D-00042`. */
    function autoNumber(info) {
        const format = info.fields.Name && info.fields.Name.autoNumber;
        if (!format) return undefined;
        const key = `autonumber:${info.apiName}`;
        const n = Number(store.meta(key) || '0') + 1;
        store.setMeta(key, n);
        return format.replace(/\{(0+)\}/, (whole, zeros) => String(n).padStart(zeros.length, '0'));
    }

    function validate(info, input, lang, { creating }) {
        if (!input || typeof input !== 'object' || Array.isArray(input)) {
            throw recordError(lang, 400, 'INVALID_INPUT', lang === 'en' ? 'fields must be an object' : 'fields はオブジェクトで指定してください');
        }
        const out = {};
        for (const [name, raw] of Object.entries(input)) {
            if (name === 'Id') continue;
            const field = info.fields[name];
            if (!field) {
                throw fieldError(lang, name, name, 'INVALID_FIELD', lang === 'en' ? `No such column '${name}' on entity '${info.apiName}'.` : `項目 '${name}' はオブジェクト '${info.apiName}' にありません。`);
            }
            if (field.readOnly) {
                throw fieldError(lang, name, field.label, 'INVALID_FIELD_FOR_INSERT_UPDATE', lang === 'en' ? `Unable to create/update fields: ${name}.` : `項目を作成/更新できません: ${name}`);
            }
            const result = coerceValue(field, raw, lang);
            if (!result.ok) throw fieldError(lang, name, field.label, result.code, result.message);
            if (result.value !== null && (field.type === 'Lookup' || field.type === 'MasterDetail')) {
                const target = store.get(to18(result.value));
                if (!target || !field.referenceTo.includes(target.object)) {
                    throw fieldError(lang, name, field.label, 'INVALID_CROSS_REFERENCE_KEY', lang === 'en' ? `invalid cross reference id: ${raw}` : `無効な参照 ID です: ${raw}`);
                }
                out[name] = target.id;
                continue;
            }
            out[name] = result.value;
        }
        if (creating) {
            for (const [name, field] of Object.entries(info.fields)) {
                if (field.required && !field.readOnly && (out[name] === undefined || out[name] === null || out[name] === '')) {
                    throw fieldError(lang, name, field.label, 'REQUIRED_FIELD_MISSING', lang === 'en' ? `Required fields are missing: [${name}]` : `必須項目がありません: [${name}]`);
                }
            }
        }
        return out;
    }

    function create({ apiName, fields }, { userId, lang }) {
        const info = objects.get(apiName);
        if (!info) throw recordError(lang, 400, 'INVALID_TYPE', lang === 'en' ? `Object ${apiName} is not supported` : `オブジェクト ${apiName} はサポートされていません`);
        const values = validate(info, fields, lang, { creating: true });
        const at = stamp();
        const id = makeId(info.keyPrefix, nextSerial());
        const record = { ...values, Id: id, CreatedDate: at, LastModifiedDate: at, SystemModstamp: at, CreatedById: userId, LastModifiedById: userId };
        if (info.fields.OwnerId && !record.OwnerId) record.OwnerId = userId;
        if (info.fields.Name && info.fields.Name.autoNumber) record.Name = autoNumber(info);
        applyComputed(info, record);
        store.insert(id, apiName, record);
        return representation(id, null);
    }

    function update(id, { fields }, { userId, lang, ifUnmodifiedSince }) {
        const current = load(id, lang);
        const info = objects.get(current.object);
        if (ifUnmodifiedSince !== undefined && ifUnmodifiedSince !== null) {
            const since = Date.parse(ifUnmodifiedSince);
            if (Number.isNaN(since)) throw recordError(lang, 400, 'INVALID_INPUT', `ifUnmodifiedSince: ${ifUnmodifiedSince}`);
            if (Date.parse(current.fields.LastModifiedDate) > since) throw staleWriteError(lang);
        }
        const values = validate(info, fields, lang, { creating: false });
        const at = stamp(current.fields.LastModifiedDate);
        const record = { ...current.fields, ...values, LastModifiedDate: at, SystemModstamp: at, LastModifiedById: userId };
        applyComputed(info, record);
        store.update(current.id, record);
        return representation(current.id, null);
    }

    function remove(id, { lang }) {
        const current = load(id, lang);
        store.transaction(() => cascadeDelete(current));
    }

    function cascadeDelete(record) {
        for (const child of objects.values()) {
            const details = Object.values(child.fields).filter((f) => f.type === 'MasterDetail' && f.referenceTo.includes(record.object));
            if (details.length === 0) continue;
            for (const row of store.all(child.apiName)) {
                if (details.some((f) => row.fields[f.apiName] === record.id)) cascadeDelete(row);
            }
        }
        store.remove(record.id);
    }

    function load(id, lang) {
        if (!isRecordId(id)) throw readError(400, 'MALFORMED_ID', `Malformed id: ${id}`);
        const record = store.get(to18(id));
        if (!record) throw notFound(lang);
        return record;
    }

    /**
     * The UI API record representation. `fieldPaths` null means every field of
     * the object; otherwise unqualified paths, possibly spanning (`Program__r.Name`).
     */
    function representation(id, fieldPaths, lang = 'ja') {
        const record = store.get(id);
        const info = objects.get(record.object);
        const paths = fieldPaths || Object.keys(info.fields);
        const fields = {};
        for (const path of paths) addPath(fields, info, record, path.split('.'), lang);
        return {
            apiName: info.apiName,
            childRelationships: {},
            eTag: `${record.id}:${record.fields.SystemModstamp}`,
            fields,
            id: record.id,
            lastModifiedById: record.fields.LastModifiedById || null,
            lastModifiedDate: record.fields.LastModifiedDate,
            recordTypeId: null,
            recordTypeInfo: null,
            systemModstamp: record.fields.SystemModstamp,
            weakEtag: Date.parse(record.fields.SystemModstamp),
        };
    }

    function addPath(target, info, record, parts, lang) {
        const [head, ...rest] = parts;
        if (rest.length === 0) {
            const field = info.fields[head];
            if (!field) return false;
            target[head] = { displayValue: displayValueOf(field, record.fields[head], lang), value: record.fields[head] ?? null };
            return true;
        }
        const lookup = Object.values(info.fields).find((f) => f.relationshipName === head);
        if (!lookup) return false;
        const parentId = record.fields[lookup.apiName];
        const parent = parentId ? store.get(parentId) : null;
        if (!parent) {
            target[head] = target[head] || { displayValue: null, value: null };
            return true;
        }
        const parentInfo = objects.get(parent.object);
        const existing = target[head] && target[head].value ? target[head].value : null;
        const nested = existing || {
            apiName: parentInfo.apiName, childRelationships: {}, fields: {}, id: parent.id,
            lastModifiedById: parent.fields.LastModifiedById || null, lastModifiedDate: parent.fields.LastModifiedDate,
            recordTypeId: null, recordTypeInfo: null, systemModstamp: parent.fields.SystemModstamp, eTag: '', weakEtag: Date.parse(parent.fields.SystemModstamp),
        };
        const ok = addPath(nested.fields, parentInfo, parent, rest, lang);
        target[head] = { displayValue: parent.fields.Name ?? null, value: nested };
        return ok;
    }

    function displayValueOf(field, value, lang) {
        if ((field.type === 'Lookup' || field.type === 'MasterDetail') && value) {
            const target = store.get(value);
            return target ? target.fields.Name ?? null : null;
        }
        return displayValue(field, value, lang);
    }

    /** getRecord: `fields` must all exist (else an error, as the org answers); `optionalFields` may not. */
    function read(id, { fields = [], optionalFields = [], lang }) {
        const record = load(id, lang);
        const info = objects.get(record.object);
        const wanted = [];
        for (const [list, optional] of [[fields, false], [optionalFields, true]]) {
            for (const qualified of list) {
                const [objectName, ...path] = String(qualified).split('.');
                if (objectName !== info.apiName) {
                    if (optional) continue;
                    throw readError(400, 'INVALID_FIELD', `${qualified}: the record ${record.id} is a ${info.apiName}`);
                }
                if (!optional && !pathExists(info, path)) {
                    throw readError(400, 'INVALID_FIELD', lang === 'en' ? `No such column '${path.join('.')}' on entity '${info.apiName}'.` : `項目 '${path.join('.')}' はオブジェクト '${info.apiName}' にありません。`);
                }
                wanted.push(path.join('.'));
            }
        }
        return representation(record.id, wanted, lang);
    }

    function pathExists(info, path) {
        if (path.length === 1) return Boolean(info.fields[path[0]]);
        const lookup = Object.values(info.fields).find((f) => f.relationshipName === path[0]);
        if (!lookup) return false;
        return lookup.referenceTo.some((name) => objects.has(name) && pathExists(objects.get(name), path.slice(1)));
    }

    /** Inserts a record as it is (the sample generator): ids, stamps and computed fields are set here. */
    function seed(apiName, fields, { at, by = null } = {}) {
        const info = objects.get(apiName);
        if (!info) throw new Error(`seed: unknown object ${apiName}`);
        const values = validate(info, fields, 'en', { creating: true });
        const id = makeId(info.keyPrefix, nextSerial());
        const stampAt = at || now().toISOString();
        const record = { ...values, Id: id, CreatedDate: stampAt, LastModifiedDate: stampAt, SystemModstamp: stampAt, CreatedById: by, LastModifiedById: by };
        if (info.fields.OwnerId && !record.OwnerId && by) record.OwnerId = by;
        if (info.fields.Name && info.fields.Name.autoNumber) record.Name = autoNumber(info);
        applyComputed(info, record);
        store.insert(id, apiName, record);
        return id;
    }

    return { schema, store, objectOf, create, update, remove, read, representation, seed, displayValueOf };
}
