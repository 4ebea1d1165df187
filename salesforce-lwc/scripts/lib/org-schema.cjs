'use strict';
// The org's schema as the checks see it: the objects and fields defined under
// force-app/main/default/objects plus the allow-listed standard ones
// (standard-schema.cjs), with lookup and child relationship names.
const { existsSync, readdirSync, readFileSync, statSync } = require('node:fs');
const { join } = require('node:path');
const { XMLParser } = require('fast-xml-parser');
const { SYSTEM_FIELDS, CUSTOM_OBJECT_FIELDS, CUSTOM_OBJECT_OWNER_FIELDS, standardObjects } = require('./standard-schema.cjs');

const parser = new XMLParser({ ignoreAttributes: true, parseTagValue: false });

function emptyObject(name, custom) {
  return { name, custom, fields: new Set(SYSTEM_FIELDS), lookups: {}, children: {} };
}

/** Reads the objects folder; returns { objects, customFields, customNames }. */
function loadSchema(objectsDir) {
  const objects = {};
  for (const [name, spec] of Object.entries(standardObjects)) {
    const object = emptyObject(name, false);
    spec.fields.forEach((f) => object.fields.add(f));
    Object.assign(object.lookups, spec.lookups);
    Object.assign(object.children, spec.children);
    objects[name] = object;
  }
  const customFields = [];
  const names = existsSync(objectsDir) ? readdirSync(objectsDir).filter((n) => statSync(join(objectsDir, n)).isDirectory()) : [];
  // First pass: objects; second pass: fields, whose relationships need both ends.
  for (const name of names) {
    const definition = join(objectsDir, name, `${name}.object-meta.xml`);
    if (name.endsWith('__c') && existsSync(definition)) {
      const meta = parser.parse(readFileSync(definition, 'utf8')).CustomObject || {};
      const object = emptyObject(name, true);
      CUSTOM_OBJECT_FIELDS.forEach((f) => object.fields.add(f));
      if (meta.sharingModel !== 'ControlledByParent') {
        CUSTOM_OBJECT_OWNER_FIELDS.forEach((f) => object.fields.add(f));
        object.lookups.Owner = 'User';
      }
      object.lookups.CreatedBy = 'User';
      object.lookups.LastModifiedBy = 'User';
      objects[name] = object;
    } else if (!objects[name] && !name.endsWith('__c')) {
      objects[name] = emptyObject(name, false);
    }
  }
  const relationships = [];
  for (const name of names) {
    const fieldsDir = join(objectsDir, name, 'fields');
    if (!existsSync(fieldsDir) || !objects[name]) continue;
    for (const file of readdirSync(fieldsDir).filter((f) => f.endsWith('.field-meta.xml'))) {
      const meta = parser.parse(readFileSync(join(fieldsDir, file), 'utf8')).CustomField || {};
      const fieldName = meta.fullName || file.replace('.field-meta.xml', '');
      const field = {
        object: name,
        name: fieldName,
        type: meta.type,
        required: String(meta.required) === 'true',
        formula: meta.formula !== undefined,
        referenceTo: meta.referenceTo,
        relationshipName: meta.relationshipName,
      };
      objects[name].fields.add(fieldName);
      customFields.push(field);
      if ((meta.type === 'Lookup' || meta.type === 'MasterDetail') && meta.referenceTo) {
        objects[name].lookups[fieldName.replace(/__c$/, '__r')] = meta.referenceTo;
        relationships.push(field);
      }
    }
  }
  for (const field of relationships) {
    const parent = objects[field.referenceTo];
    if (parent && field.relationshipName) parent.children[`${field.relationshipName}__r`] = field.object;
  }
  const customNames = new Set();
  for (const object of Object.values(objects)) {
    if (object.custom) customNames.add(object.name);
    for (const f of object.fields) if (/__c$/.test(f)) customNames.add(f);
    for (const r of [...Object.keys(object.lookups), ...Object.keys(object.children)]) if (/__r$/.test(r)) customNames.add(r);
  }
  return { objects, customFields, customNames };
}

module.exports = { loadSchema };
