// The local org: records by object over the SQLite store, with the rules a real
// org applies to a User Interface API write, in the platform's order: object
// permissions of the caller's profile and permission sets; field existence,
// field-level security, types, lengths, restricted picklists, references,
// required fields, read-only system fields; before triggers; the validation
// rules of the metadata; unique fields; the save; after triggers (the org's
// automation, played by automation.mjs); optimistic concurrency with
// ifUnmodifiedSince; master-detail cascade delete (after triggers of insert,
// update and delete, in the write's transaction). Reads answer only what the
// caller may read. Every write is one transaction: a refusal anywhere leaves
// nothing behind.
import { makeId, isRecordId, to18 } from './ids.mjs';
import { accessError, customValidationError, duplicateValueError, fieldError, notFound, readError, readOnlyFieldError, recordError, staleWriteError } from './errors.mjs';
import { compileRule } from './formula.mjs';
import { accessFor } from './security.mjs';
import { coerceValue, displayValue } from './values.mjs';

export function createOrg({ schema, store, security, automation = {}, now = () => new Date() }) {
    const objects = schema.objects;
    // Compiled once: a rule outside the formula subset stops the org from opening.
    const rules = new Map(
        [...objects.values()].map((info) => [info.apiName, info.validationRules.map((rule) => ({ ...rule, ...compileRule(rule, { info, schema, customPermissions: security.customPermissions }) }))])
    );

    /** The permission sets assigned to each user, as the sample generator stored them. */
    function assignments() {
        return JSON.parse(store.meta('permissionSetAssignments') || '{}');
    }

    /** What a user may do: the profile and their permission sets. */
    function accessOf(userId) {
        return accessFor(security, assignments()[userId] || []);
    }

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

    /** A new record of `info` with its id, stamps and computed fields, made by `userId` (owned by them unless it names an owner). */
    function newRecord(info, values, userId, at) {
        const record = { ...values, Id: makeId(info.keyPrefix, nextSerial()), CreatedDate: at, LastModifiedDate: at, SystemModstamp: at, CreatedById: userId, LastModifiedById: userId };
        if (info.fields.OwnerId && !record.OwnerId && userId) record.OwnerId = userId;
        if (info.fields.Name && info.fields.Name.autoNumber) record.Name = autoNumber(info);
        applyComputed(info, record);
        return record;
    }

    /** `access` null: the system writes (sample generator, the org's own automation), unchecked by permissions. */
    function validate(info, input, lang, { creating, access }) {
        if (!input || typeof input !== 'object' || Array.isArray(input)) {
            throw recordError(lang, 400, 'INVALID_INPUT', lang === 'en' ? 'fields must be an object' : 'fields はオブジェクトで指定してください');
        }
        const out = {};
        for (const [name, raw] of Object.entries(input)) {
            if (name === 'Id') continue;
            const field = info.fields[name];
            const security = field && access ? access.field(info, name) : { readable: true, editable: true };
            // A field the user may not read does not exist for them, as on the platform.
            if (!field || !security.readable) {
                throw fieldError(lang, name, name, 'INVALID_FIELD', lang === 'en' ? `No such column '${name}' on entity '${info.apiName}'.` : `項目 '${name}' はオブジェクト '${info.apiName}' にありません。`);
            }
            if (field.readOnly) {
                throw fieldError(lang, name, field.label, 'INVALID_FIELD_FOR_INSERT_UPDATE', lang === 'en' ? `Unable to create/update fields: ${name}.` : `項目を作成/更新できません: ${name}`);
            }
            if (!security.editable) throw readOnlyFieldError(lang, name, field.label);
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

    /** The object as the user sees it: one they may not read does not exist for them. */
    function visibleObject(apiName, access, lang) {
        const info = objects.get(apiName);
        if (!info || !access.object(apiName).read) {
            throw recordError(lang, 400, 'INVALID_TYPE', lang === 'en' ? `Object ${apiName} is not supported` : `オブジェクト ${apiName} はサポートされていません`);
        }
        return info;
    }

    /**
     * What the automation of an object may do: read records and write as the
     * system, in the caller's transaction. System writes fire no trigger (the
     * org's own automation bypasses its handlers, as the Apex does).
     */
    function triggerContext(userId, access, lang) {
        const user = store.get(userId);
        return {
            user: { id: userId, name: user ? user.fields.Name : userId, customPermissions: access ? access.customPermissions : new Set() },
            lang,
            now: () => stamp(),
            load: (recordId) => store.get(recordId),
            all: (apiName) => store.all(apiName),
            objectOf,
            systemUpdate: (recordId, fields) => {
                const current = store.get(recordId);
                const info = objects.get(current.object);
                const values = validate(info, fields, lang, { creating: false, access: null });
                const at = stamp(current.fields.LastModifiedDate);
                store.update(recordId, { ...current.fields, ...values, LastModifiedDate: at, SystemModstamp: at, LastModifiedById: userId });
            },
            systemInsert: (apiName, fields) => {
                const info = objects.get(apiName);
                const record = newRecord(info, validate(info, fields, lang, { creating: true, access: null }), userId, stamp());
                store.insert(record.Id, apiName, record);
                return record.Id;
            },
            refuse: (message) => customValidationError(lang, null, null, message),
        };
    }

    /**
     * Runs `fn(ctx)` as `userId` with the automation's context, in one
     * transaction (a scheduled job runs as the user who scheduled it).
     */
    function runAutomation(userId, lang, fn) {
        return store.transaction(() => fn(triggerContext(userId, null, lang)));
    }

    /** The validation rules of the object, on the record as it is to be saved. */
    function checkRules(info, record, { isNew, userId, access, lang }) {
        for (const rule of rules.get(info.apiName)) {
            const fires = rule.fires({ record, isNew, userId, customPermissions: access ? access.customPermissions : new Set(), load: (rid) => store.get(rid) });
            if (fires) {
                const field = rule.field && info.fields[rule.field] ? rule.field : null;
                throw customValidationError(lang, field, field ? info.fields[field].label : null, rule.message[lang === 'en' ? 'en' : 'ja']);
            }
        }
    }

    /** Unique fields: no other record of the object holds the same value (case-insensitive unless case-sensitive). */
    function checkUnique(info, record, lang) {
        for (const field of Object.values(info.fields).filter((f) => f.unique)) {
            const value = record[field.apiName];
            if (value === null || value === undefined || value === '') continue;
            const same = (other) => (field.caseSensitive ? other === value : String(other).toLowerCase() === String(value).toLowerCase());
            const clash = store.all(info.apiName).find((row) => row.id !== record.Id && row.fields[field.apiName] !== null && row.fields[field.apiName] !== undefined && same(row.fields[field.apiName]));
            if (clash) throw duplicateValueError(lang, field.apiName, clash.id);
        }
    }

    function create({ apiName, fields }, { userId, lang }) {
        const access = accessOf(userId);
        const info = visibleObject(apiName, access, lang);
        if (!access.object(apiName).create) throw accessError(lang);
        const values = validate(info, fields, lang, { creating: true, access });
        const triggers = automation[apiName] || {};
        return store.transaction(() => {
            const record = newRecord(info, values, userId, stamp());
            const id = record.Id;
            const context = triggerContext(userId, access, lang);
            if (triggers.beforeInsert) triggers.beforeInsert(record, context);
            checkRules(info, record, { isNew: true, userId, access, lang });
            checkUnique(info, record, lang);
            store.insert(id, apiName, record);
            if (triggers.afterInsert) triggers.afterInsert(record, context);
            return representation(id, null, lang, access);
        });
    }

    function update(id, { fields }, { userId, lang, ifUnmodifiedSince }) {
        const access = accessOf(userId);
        const current = load(id, lang);
        const info = visibleObject(current.object, access, lang);
        if (!access.object(info.apiName).edit) throw accessError(lang);
        if (ifUnmodifiedSince !== undefined && ifUnmodifiedSince !== null) {
            const since = Date.parse(ifUnmodifiedSince);
            if (Number.isNaN(since)) throw recordError(lang, 400, 'INVALID_INPUT', `ifUnmodifiedSince: ${ifUnmodifiedSince}`);
            if (Date.parse(current.fields.LastModifiedDate) > since) throw staleWriteError(lang);
        }
        const values = validate(info, fields, lang, { creating: false, access });
        const triggers = automation[info.apiName] || {};
        return store.transaction(() => {
            const at = stamp(current.fields.LastModifiedDate);
            const record = { ...current.fields, ...values, LastModifiedDate: at, SystemModstamp: at, LastModifiedById: userId };
            applyComputed(info, record);
            const context = triggerContext(userId, access, lang);
            if (triggers.beforeUpdate) triggers.beforeUpdate(record, current.fields, context);
            checkRules(info, record, { isNew: false, userId, access, lang });
            checkUnique(info, record, lang);
            store.update(current.id, record);
            if (triggers.afterUpdate) triggers.afterUpdate(record, current.fields, context);
            return representation(current.id, null, lang, access);
        });
    }

    function remove(id, { userId, lang }) {
        const access = accessOf(userId);
        const current = load(id, lang);
        visibleObject(current.object, access, lang);
        if (!access.object(current.object).delete) throw accessError(lang);
        const triggers = automation[current.object] || {};
        store.transaction(() => {
            cascadeDelete(current);
            if (triggers.afterDelete) triggers.afterDelete(current.fields, triggerContext(userId, access, lang));
        });
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
     * the object the user may read; otherwise unqualified paths, possibly
     * spanning (`Program__r.Name`). `access` null answers every field (system).
     */
    function representation(id, fieldPaths, lang = 'ja', access = null) {
        const record = store.get(id);
        const info = objects.get(record.object);
        const paths = fieldPaths || Object.keys(info.fields).filter((name) => !access || access.field(info, name).readable);
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

    /** getRecord: `fields` must all exist for the user (else an error, as the org answers); `optionalFields` may not. */
    function read(id, { fields = [], optionalFields = [], lang, userId }) {
        const access = accessOf(userId);
        const record = load(id, lang);
        if (!access.object(record.object).read) throw notFound(lang);
        const info = objects.get(record.object);
        const wanted = [];
        for (const [list, optional] of [[fields, false], [optionalFields, true]]) {
            for (const qualified of list) {
                const [objectName, ...path] = String(qualified).split('.');
                if (objectName !== info.apiName) {
                    if (optional) continue;
                    throw readError(400, 'INVALID_FIELD', `${qualified}: the record ${record.id} is a ${info.apiName}`);
                }
                const exists = pathReadable(info, path, access);
                if (!optional && !exists) {
                    throw readError(400, 'INVALID_FIELD', lang === 'en' ? `No such column '${path.join('.')}' on entity '${info.apiName}'.` : `項目 '${path.join('.')}' はオブジェクト '${info.apiName}' にありません。`);
                }
                if (exists) wanted.push(path.join('.'));
            }
        }
        return representation(record.id, wanted, lang, access);
    }

    /** The path exists and the user may read every step of it. */
    function pathReadable(info, path, access) {
        if (path.length === 1) return Boolean(info.fields[path[0]]) && access.field(info, path[0]).readable;
        const lookup = Object.values(info.fields).find((f) => f.relationshipName === path[0]);
        if (!lookup || !access.field(info, lookup.apiName).readable) return false;
        return lookup.referenceTo.some((name) => objects.has(name) && access.object(name).read && pathReadable(objects.get(name), path.slice(1), access));
    }

    /** Inserts a record as it is (the sample generator): ids, stamps and computed fields are set here. */
    function seed(apiName, fields, { at, by = null } = {}) {
        const info = objects.get(apiName);
        if (!info) throw new Error(`seed: unknown object ${apiName}`);
        const record = newRecord(info, validate(info, fields, 'en', { creating: true, access: null }), by, at || now().toISOString());
        store.insert(record.Id, apiName, record);
        return record.Id;
    }

    return { schema, store, security, now, objectOf, accessOf, create, update, remove, read, representation, seed, displayValueOf, runAutomation };
}
