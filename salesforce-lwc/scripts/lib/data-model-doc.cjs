'use strict';
// Keeps DATA-MODEL.md true: every field its tables list exists in
// force-app/main/default/objects with the documented type, and every custom
// field defined there is documented.
const { existsSync, readdirSync, readFileSync } = require('node:fs');
const { join } = require('node:path');
const { XMLParser } = require('fast-xml-parser');

const parser = new XMLParser({ ignoreAttributes: true, parseTagValue: false, isArray: (name) => name === 'value' });

/** Sections `## <Object> — ...` (or `## Lead and Contact: ...`) with their table rows. */
function parseDataModel(markdown) {
  const objects = {};
  let current = null;
  for (const line of markdown.split('\n')) {
    const heading = line.match(/^##\s+(.+)$/);
    if (heading) {
      const title = heading[1];
      const custom = title.match(/^([A-Za-z_]+__c)\b/);
      current = custom ? [custom[1]] : /^Lead and Contact\b/.test(title) ? ['Lead', 'Contact'] : null;
      if (current) current.forEach((name) => (objects[name] = objects[name] || []));
      continue;
    }
    const row = line.match(/^\|\s*([A-Za-z_]+)\s*\|\s*([^|]+?)\s*\|/);
    if (current && row && row[1] !== 'field' && !/^-+$/.test(row[1])) {
      current.forEach((name) => objects[name].push({ field: row[1], type: row[2] }));
    }
  }
  return objects;
}

/** `Text(80)`, `Number(5,1)`, `Lookup(User)`, `Picklist: a, b` -> comparable parts. */
function parseType(text) {
  const picklist = text.match(/^Picklist:\s*(.+)$/);
  if (picklist) return { type: 'Picklist', values: picklist[1].split(',').map((v) => v.trim()) };
  const match = text.match(/^(\w+)(?:\(([^)]*)\))?$/);
  if (!match) return { type: text };
  const [, type, args] = match;
  if (!args) return { type };
  if (type === 'Lookup' || type === 'MasterDetail') return { type, referenceTo: args };
  if (type === 'Number') {
    const [precision, scale] = args.split(',').map((n) => n.trim());
    return { type, precision, scale };
  }
  return { type, length: args };
}

function describeField(meta) {
  const values = meta.valueSet && meta.valueSet.valueSetDefinition ? meta.valueSet.valueSetDefinition.value.map((v) => v.fullName) : undefined;
  return {
    type: meta.type,
    length: meta.length,
    precision: meta.precision,
    scale: meta.scale,
    referenceTo: meta.referenceTo,
    values,
  };
}

/** Compares DATA-MODEL.md (at `docPath`) with the object metadata under `objectsDir`. */
function checkDataModelDoc(docPath, objectsDir) {
  const problems = [];
  const documented = parseDataModel(readFileSync(docPath, 'utf8'));
  if (Object.keys(documented).length === 0) problems.push({ file: docPath, message: 'no object sections found' });
  for (const [object, rows] of Object.entries(documented)) {
    const dir = join(objectsDir, object);
    for (const { field, type } of rows) {
      const expected = parseType(type);
      if (field === 'Name') {
        const objectFile = join(dir, `${object}.object-meta.xml`);
        const meta = existsSync(objectFile) ? parser.parse(readFileSync(objectFile, 'utf8')).CustomObject : null;
        if (!meta || !meta.nameField || meta.nameField.type !== expected.type) {
          problems.push({ file: objectFile, message: `${object}.Name should be ${type}` });
        }
        continue;
      }
      const file = join(dir, 'fields', `${field}.field-meta.xml`);
      if (!existsSync(file)) {
        problems.push({ file, message: `${object}.${field} is documented but not defined` });
        continue;
      }
      const actual = describeField(parser.parse(readFileSync(file, 'utf8')).CustomField || {});
      for (const [key, value] of Object.entries(expected)) {
        const got = actual[key];
        const same = Array.isArray(value) ? JSON.stringify(value) === JSON.stringify(got) : String(value) === String(got);
        if (!same) problems.push({ file, message: `${object}.${field}: DATA-MODEL.md says ${key} ${JSON.stringify(value)}, metadata has ${JSON.stringify(got)}` });
      }
    }
    const fieldsDir = join(dir, 'fields');
    if (existsSync(fieldsDir)) {
      const documentedNames = new Set(rows.map((r) => r.field));
      for (const file of readdirSync(fieldsDir)) {
        const name = file.replace('.field-meta.xml', '');
        if (!documentedNames.has(name)) problems.push({ file: join(fieldsDir, file), message: `${object}.${name} is defined but not in DATA-MODEL.md` });
      }
    }
  }
  return problems;
}

module.exports = { parseDataModel, parseType, checkDataModelDoc };
