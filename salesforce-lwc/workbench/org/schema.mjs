// The local org's schema: standard objects (standard-objects.mjs) plus the
// project's own objects and fields, read from the deployable metadata
// (force-app/main/default/objects) so the local org holds exactly what a real
// org would after deploy. Objects the metadata does not define yet are taken
// from DATA-MODEL.md, the contract the metadata follows.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { STANDARD_OBJECTS, SYSTEM_FIELDS } from './standard-objects.mjs';

const xml = new XMLParser({ ignoreAttributes: true, isArray: (name) => name === 'value' || name === 'referenceTo' || name === 'validationRules' });

/**
 * Builds the schema: `{ objects: Map<apiName, ObjectInfo>, byPrefix: Map<prefix, apiName> }`.
 * Each object carries its validation rules as the metadata defines them
 * (`validationRules: [{ name, formula, field, message: { en, ja } }]`),
 * compiled by the org when it opens.
 */
export function loadSchema({ forceAppDir, dataModelPath }) {
    const custom = new Map();
    for (const [name, def] of Object.entries(readDataModel(dataModelPath))) custom.set(name, def);
    for (const [name, def] of Object.entries(readMetadataObjects(join(forceAppDir, 'objects'), join(forceAppDir, 'objectTranslations')))) {
        const known = custom.get(name);
        // Metadata wins field by field; a field only the contract names stays available.
        custom.set(name, known ? { ...known, ...def, fields: { ...known.fields, ...def.fields } } : def);
    }
    const objects = new Map();
    for (const [name, def] of Object.entries(STANDARD_OBJECTS)) {
        const extra = custom.get(name);
        objects.set(name, finish(name, { ...def, fields: { ...def.fields, ...(extra ? extra.fields : {}) }, validationRules: extra ? extra.validationRules : [] }));
        custom.delete(name);
    }
    let n = 0;
    for (const [name, def] of custom) {
        n += 1;
        const prefix = `a0${String.fromCharCode(65 + n)}`;
        objects.set(name, finish(name, { keyPrefix: prefix, label: def.label || name, nameField: def.nameField || { type: 'Text', length: 80, required: true }, fields: def.fields, custom: true, validationRules: def.validationRules }));
    }
    linkChildRelationships(objects);
    const byPrefix = new Map([...objects.values()].map((o) => [o.keyPrefix, o.apiName]));
    return { objects, byPrefix };
}

function finish(apiName, def) {
    const fields = { ...SYSTEM_FIELDS };
    if (def.nameField) fields.Name = { ...def.nameField };
    for (const [name, field] of Object.entries(def.fields)) fields[name] = { ...field };
    // Custom objects are owned by a user unless they are the detail of a master-detail.
    const isDetail = Object.values(fields).some((f) => f.type === 'MasterDetail');
    if (def.custom && !isDetail && !fields.OwnerId) fields.OwnerId = { type: 'Lookup', referenceTo: ['User'], relationshipName: 'Owner' };
    for (const [name, field] of Object.entries(fields)) {
        field.apiName = name;
        if ((field.type === 'Lookup' || field.type === 'MasterDetail') && !field.relationshipName) {
            field.relationshipName = name.endsWith('__c') ? `${name.slice(0, -3)}__r` : name.replace(/Id$/, '');
        }
    }
    return { apiName, keyPrefix: def.keyPrefix, label: def.label || apiName, fields, childRelationships: {}, validationRules: def.validationRules || [] };
}

function linkChildRelationships(objects) {
    for (const child of objects.values()) {
        for (const field of Object.values(child.fields)) {
            if (!field.childRelationshipName || !field.referenceTo) continue;
            for (const parentName of field.referenceTo) {
                const parent = objects.get(parentName);
                if (parent) parent.childRelationships[field.childRelationshipName] = { childObject: child.apiName, field: field.apiName };
            }
        }
    }
}

/** Reads `objects/<Obj>/fields/*.field-meta.xml`, the object's label and name field, and its validation rules. */
function readMetadataObjects(objectsDir, translationsDir) {
    const result = {};
    if (!existsSync(objectsDir)) return result;
    for (const objectName of readdirSync(objectsDir)) {
        const dir = join(objectsDir, objectName);
        const def = { fields: {} };
        const objectFile = join(dir, `${objectName}.object-meta.xml`);
        if (existsSync(objectFile)) {
            const obj = xml.parse(readFileSync(objectFile, 'utf8')).CustomObject || {};
            def.label = obj.label;
            if (obj.nameField) {
                // A Text name is required on create; an auto-number is set by the org and read-only.
                def.nameField = obj.nameField.type === 'AutoNumber'
                    ? { type: 'Text', length: 80, readOnly: true, autoNumber: String(obj.nameField.displayFormat || '{0}') }
                    : { type: 'Text', length: 80, required: true };
            }
        }
        const fieldsDir = join(dir, 'fields');
        if (existsSync(fieldsDir)) {
            for (const file of readdirSync(fieldsDir).filter((f) => f.endsWith('.field-meta.xml'))) {
                const field = xml.parse(readFileSync(join(fieldsDir, file), 'utf8')).CustomField;
                if (field && field.fullName) def.fields[field.fullName] = fieldFromMetadata(field);
            }
        }
        def.validationRules = readValidationRules(join(dir, 'validationRules'), join(translationsDir, `${objectName}-ja`, `${objectName}-ja.objectTranslation-meta.xml`));
        result[objectName] = def;
    }
    return result;
}

/** The active rules of one object, with the Japanese error message from its object translation. */
function readValidationRules(rulesDir, translationFile) {
    if (!existsSync(rulesDir)) return [];
    const translated = existsSync(translationFile) ? xml.parse(readFileSync(translationFile, 'utf8')).CustomObjectTranslation || {} : {};
    const ja = new Map((translated.validationRules || []).map((r) => [String(r.name), String(r.errorMessage)]));
    return readdirSync(rulesDir)
        .filter((f) => f.endsWith('.validationRule-meta.xml'))
        .map((f) => xml.parse(readFileSync(join(rulesDir, f), 'utf8')).ValidationRule)
        .filter((rule) => rule && String(rule.active) === 'true')
        .map((rule) => ({
            name: String(rule.fullName),
            formula: String(rule.errorConditionFormula),
            field: rule.errorDisplayField ? String(rule.errorDisplayField) : null,
            message: { en: String(rule.errorMessage), ja: ja.get(String(rule.fullName)) || String(rule.errorMessage) },
        }));
}

function fieldFromMetadata(f) {
    const type = f.type;
    const field = { type, label: f.label, custom: true };
    if (f.unique === true || f.unique === 'true') {
        field.unique = true;
        field.caseSensitive = f.caseSensitive === true || f.caseSensitive === 'true';
    }
    if (f.length) field.length = Number(f.length);
    if (f.precision) field.precision = Number(f.precision);
    if (f.scale !== undefined) field.scale = Number(f.scale);
    if (f.required === true || f.required === 'true') field.required = true;
    if (type === 'Lookup' || type === 'MasterDetail') {
        field.referenceTo = [].concat(f.referenceTo);
        if (f.relationshipName) field.childRelationshipName = `${f.relationshipName}__r`;
        if (type === 'MasterDetail') field.required = true;
    }
    if (type === 'Picklist' || type === 'MultiselectPicklist') {
        const values = f.valueSet && f.valueSet.valueSetDefinition ? f.valueSet.valueSetDefinition.value || [] : [];
        field.values = values.map((v) => ({ value: String(v.fullName), label: String(v.label ?? v.fullName) }));
        field.restricted = f.valueSet ? f.valueSet.restricted === true || f.valueSet.restricted === 'true' : false;
    }
    return field;
}

/** Parses DATA-MODEL.md: `## Obj — ...` headings and `| field | type | meaning |` rows. */
function readDataModel(path) {
    const result = {};
    if (!path || !existsSync(path)) return result;
    let targets = [];
    for (const line of readFileSync(path, 'utf8').split('\n')) {
        const heading = /^##\s+(.+)$/.exec(line);
        if (heading) {
            targets = [...heading[1].matchAll(/\b([A-Z][A-Za-z_]*(?:__c)?)\b/g)].map((m) => m[1]).filter((n) => n.endsWith('__c') || n === 'Lead' || n === 'Contact');
            targets = [...new Set(targets)];
            for (const t of targets) result[t] = result[t] || { fields: {} };
            continue;
        }
        const row = /^\|\s*([A-Za-z_]+)\s*\|\s*([^|]+?)\s*\|/.exec(line);
        if (!row || targets.length === 0 || row[1] === 'field' || row[1] === 'Name') continue;
        const field = fieldFromContract(row[2]);
        if (field) for (const t of targets) result[t].fields[row[1]] = field;
    }
    return result;
}

function fieldFromContract(text) {
    const field = contractType(text);
    return field ? { ...field, custom: true } : null;
}

function contractType(text) {
    let m;
    if ((m = /^Text\((\d+)\)$/.exec(text))) return { type: 'Text', length: Number(m[1]) };
    if ((m = /^LongTextArea\((\d+)\)$/.exec(text))) return { type: 'LongTextArea', length: Number(m[1]) };
    if (text === 'TextArea') return { type: 'TextArea', length: 255 };
    if ((m = /^Number\((\d+),(\d+)\)$/.exec(text))) return { type: 'Number', precision: Number(m[1]), scale: Number(m[2]) };
    if (text === 'DateTime' || text === 'Date' || text === 'Checkbox') return { type: text };
    if ((m = /^(Lookup|MasterDetail)\((\w+)\)$/.exec(text))) return { type: m[1], referenceTo: [m[2]], required: m[1] === 'MasterDetail' };
    if ((m = /^Picklist:\s*(.+)$/.exec(text))) {
        return { type: 'Picklist', restricted: true, values: m[1].split(',').map((v) => ({ value: v.trim(), label: v.trim() })) };
    }
    return null;
}
