'use strict';
// List views name the record's name column by these tokens rather than a field (custom objects, Lead and Contact).
const LIST_VIEW_NAME_COLUMNS = ['NAME', 'FULL_NAME'];
// Offline checks of a Salesforce DX source tree that the platform would
// otherwise only report at deploy time (or, for a misspelt field in a
// component, at run time). Each check takes a project root and returns a list
// of problems `{ file, message }`; an empty list means the check passed.
// test/metadata.test.js runs them on force-app and on a broken fixture.
const { existsSync, readdirSync, readFileSync, statSync } = require('node:fs');
const { basename, join, relative } = require('node:path');
const { XMLParser, XMLValidator } = require('fast-xml-parser');
const { loadSchema } = require('./org-schema.cjs');
const { componentReferences } = require('./component-references.cjs');
const { checkReportsIn } = require('./report-checks.cjs');

const DEFAULT_DIR = join('force-app', 'main', 'default');

// Elements that may repeat are always parsed as arrays, so one entry and many look alike.
const ARRAY_ELEMENTS = new Set([
  'fieldPermissions', 'objectPermissions', 'tabSettings', 'applicationVisibilities', 'flexiPageRegions',
  'itemInstances', 'componentInstanceProperties', 'layoutSections', 'layoutColumns', 'layoutItems',
  'relatedLists', 'fields', 'columns', 'filters', 'tabs', 'actionOverrides', 'target', 'object', 'targetConfig',
  'customPermissions', 'objectMapping', 'mappingFields', 'criteria',
]);
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  isArray: (name) => ARRAY_ELEMENTS.has(name),
});

function walk(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

const readXml = (path) => parser.parse(readFileSync(path, 'utf8'));
const list = (value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

/** (a) Every XML file under force-app parses. */
function checkXmlWellFormed(root) {
  const problems = [];
  for (const path of walk(join(root, 'force-app')).filter((p) => p.endsWith('.xml'))) {
    const result = XMLValidator.validate(readFileSync(path, 'utf8'));
    if (result !== true) {
      problems.push({ file: relative(root, path), message: `malformed XML at line ${result.err.line}: ${result.err.msg}` });
    }
  }
  return problems;
}

/** The LWC bundle folders: lwc/<name>/, skipping test and dot folders. */
function lwcBundles(root) {
  const lwcDir = join(root, DEFAULT_DIR, 'lwc');
  if (!existsSync(lwcDir)) return [];
  return readdirSync(lwcDir)
    .filter((name) => !name.startsWith('.') && !name.startsWith('__') && statSync(join(lwcDir, name)).isDirectory())
    .map((name) => ({ name, dir: join(lwcDir, name) }));
}

/** (b) Every LWC bundle has its `<name>.js-meta.xml` (and its `<name>.js`). */
function checkLwcBundles(root) {
  const problems = [];
  for (const { name, dir } of lwcBundles(root)) {
    if (!existsSync(join(dir, `${name}.js-meta.xml`))) {
      problems.push({ file: relative(root, dir), message: `component ${name} has no ${name}.js-meta.xml` });
    }
    if (!existsSync(join(dir, `${name}.js`)) && !existsSync(join(dir, `${name}.ts`))) {
      problems.push({ file: relative(root, dir), message: `component ${name} has no ${name}.js` });
    }
  }
  return problems;
}

// ---- (c) cross-references ----

function metadataReferences(root, schema) {
  const base = join(root, DEFAULT_DIR);
  const refs = [];
  const add = (file, ref) => refs.push({ file: relative(root, file), ...ref });

  for (const file of walk(join(base, 'permissionsets')).filter((p) => p.endsWith('.permissionset-meta.xml'))) {
    const set = readXml(file).PermissionSet || {};
    for (const fp of list(set.fieldPermissions)) add(file, { kind: 'path', ...splitObjectPath(fp.field) });
    for (const op of list(set.objectPermissions)) add(file, { kind: 'object', object: op.object });
    for (const ts of list(set.tabSettings)) add(file, { kind: 'tab', tab: ts.tab });
    for (const av of list(set.applicationVisibilities)) add(file, { kind: 'app', app: av.application });
    for (const cp of list(set.customPermissions)) add(file, { kind: 'customPermission', name: cp.name });
  }

  for (const file of walk(join(base, 'objects')).filter((p) => p.endsWith('.validationRule-meta.xml'))) {
    const rule = readXml(file).ValidationRule || {};
    for (const m of String(rule.errorConditionFormula || '').matchAll(/\$Permission\.([A-Za-z][A-Za-z0-9_]*)/g)) add(file, { kind: 'customPermission', name: m[1] });
  }

  for (const file of walk(join(base, 'flexipages')).filter((p) => p.endsWith('.flexipage-meta.xml'))) {
    const page = readXml(file).FlexiPage || {};
    const sobjectType = page.sobjectType;
    if (sobjectType) add(file, { kind: 'object', object: sobjectType });
    for (const region of list(page.flexiPageRegions)) {
      for (const item of list(region.itemInstances)) {
        if (item.fieldInstance && typeof item.fieldInstance.fieldItem === 'string') {
          const [, ...path] = item.fieldInstance.fieldItem.split('.');
          add(file, { kind: 'path', object: sobjectType, path });
        }
        const instance = item.componentInstance;
        if (!instance) continue;
        // A visibility rule names a custom permission as {!$Permission.CustomPermission.Name}; FlexiPages refuse the short form.
        for (const criterion of list(instance.visibilityRule && instance.visibilityRule.criteria)) {
          const left = String(criterion.leftValue || '');
          const m = /^\{!\$Permission\.CustomPermission\.([A-Za-z][A-Za-z0-9_]*)\}$/.exec(left);
          if (m) add(file, { kind: 'customPermission', name: m[1] });
          else if (left.includes('$Permission.') && !left.startsWith('{!$Permission.StandardPermission.')) {
            add(file, { kind: 'unparsed', message: `visibility rule ${left}: a custom permission is named {!$Permission.CustomPermission.Name} on a FlexiPage` });
          }
        }
        const props = Object.fromEntries(list(instance.componentInstanceProperties).map((p) => [p.name, p.value]));
        if (instance.componentName === 'force:relatedListSingleContainer') {
          const parent = String(props.parentFieldApiName || '').split('.')[0];
          add(file, { kind: 'childRelationship', object: parent, relationship: props.relatedListApiName });
        }
        if (!String(instance.componentName).includes(':')) {
          add(file, { kind: 'component', component: instance.componentName, pageType: page.type, sobjectType });
        }
      }
    }
  }

  for (const file of walk(join(base, 'layouts')).filter((p) => p.endsWith('.layout-meta.xml'))) {
    const object = basename(file).split('-')[0];
    const layout = readXml(file).Layout || {};
    add(file, { kind: 'object', object });
    for (const section of list(layout.layoutSections)) {
      for (const column of list(section.layoutColumns)) {
        for (const item of list(column && column.layoutItems)) {
          if (item.field) add(file, { kind: 'path', object, path: [item.field] });
        }
      }
    }
    for (const related of list(layout.relatedLists)) {
      const [child, field] = String(related.relatedList).split('.');
      if (field) {
        add(file, { kind: 'path', object: child, path: [field] });
        for (const column of list(related.fields)) if (column !== 'NAME') add(file, { kind: 'path', object: child, path: [column] });
      }
    }
  }

  for (const file of walk(join(base, 'objects')).filter((p) => p.endsWith('.listView-meta.xml'))) {
    const object = basename(join(file, '..', '..'));
    const view = readXml(file).ListView || {};
    for (const column of list(view.columns)) if (!LIST_VIEW_NAME_COLUMNS.includes(column)) add(file, { kind: 'path', object, path: [column] });
    for (const filter of list(view.filters)) add(file, { kind: 'path', object, path: [filter.field] });
  }

  for (const file of walk(join(base, 'objects')).filter((p) => p.endsWith('.object-meta.xml'))) {
    const object = readXml(file).CustomObject || {};
    for (const override of list(object.actionOverrides)) {
      if (override.type === 'Flexipage') add(file, { kind: 'flexipage', page: override.content });
    }
  }

  for (const file of walk(join(base, 'applications')).filter((p) => p.endsWith('.app-meta.xml'))) {
    const app = readXml(file).CustomApplication || {};
    for (const tab of list(app.tabs)) add(file, { kind: 'tab', tab });
    for (const override of list(app.actionOverrides)) {
      if (override.type === 'Flexipage') add(file, { kind: 'flexipage', page: override.content });
      if (override.pageOrSobjectType) add(file, { kind: 'object', object: override.pageOrSobjectType });
    }
  }

  for (const file of walk(join(base, 'tabs')).filter((p) => p.endsWith('.tab-meta.xml'))) {
    const tab = readXml(file).CustomTab || {};
    if (tab.flexiPage) add(file, { kind: 'flexipage', page: tab.flexiPage });
    if (tab.customObject === 'true') add(file, { kind: 'object', object: basename(file, '.tab-meta.xml') });
  }
  return refs;
}

function splitObjectPath(text) {
  const [object, ...path] = String(text).split('.');
  return { object, path };
}

/** Follows `Obj.Rel__r.Field` through lookups; returns an error text or null. */
function resolvePath(schema, object, path) {
  let current = schema.objects[object];
  if (!current) return `object ${object} is not defined`;
  for (let i = 0; i < path.length; i += 1) {
    const segment = path[i];
    const last = i === path.length - 1;
    if (last && current.fields.has(segment)) return null;
    if (current.lookups[segment]) {
      if (last) return null;
      const target = current.lookups[segment];
      current = schema.objects[target];
      if (!current) return `object ${target} (through ${segment}) is not defined`;
      continue;
    }
    return `${[object, ...path.slice(0, i + 1)].join('.')} is not a field of ${current.name}`;
  }
  return null;
}

function componentTargets(root) {
  const targets = {};
  for (const { name, dir } of lwcBundles(root)) {
    const metaPath = join(dir, `${name}.js-meta.xml`);
    if (!existsSync(metaPath)) continue;
    const bundle = readXml(metaPath).LightningComponentBundle || {};
    const recordObjects = new Set();
    let recordPageRestricted = false;
    for (const config of list(bundle.targetConfigs && bundle.targetConfigs.targetConfig)) {
      if (String(config['@targets'] || '').includes('lightning__RecordPage') && config.objects) {
        recordPageRestricted = true;
        for (const object of list(config.objects.object)) recordObjects.add(object);
      }
    }
    targets[name] = {
      exposed: String(bundle.isExposed) === 'true',
      targets: new Set(list(bundle.targets && bundle.targets.target)),
      recordObjects,
      recordPageRestricted,
    };
  }
  return targets;
}

const PAGE_TARGET = { AppPage: 'lightning__AppPage', RecordPage: 'lightning__RecordPage', HomePage: 'lightning__HomePage' };

function checkReference(ref, schema, context) {
  switch (ref.kind) {
    case 'object':
      return schema.objects[ref.object] ? null : `object ${ref.object} is not defined`;
    case 'path':
      return resolvePath(schema, ref.object, ref.path);
    case 'anyName':
      return schema.customNames.has(ref.name) ? null : `${ref.name} is not a custom field, relationship or object of any object`;
    case 'childRelationship': {
      const object = schema.objects[ref.object];
      if (!object) return `object ${ref.object} is not defined`;
      return object.children[ref.relationship] ? null : `${ref.relationship} is not a child relationship of ${ref.object}`;
    }
    case 'tab':
      return ref.tab.startsWith('standard-') || context.tabs.has(ref.tab) ? null : `tab ${ref.tab} is not defined`;
    case 'app':
      return context.apps.has(ref.app) ? null : `application ${ref.app} is not defined`;
    case 'flexipage':
      return context.flexipages.has(ref.page) ? null : `FlexiPage ${ref.page} is not defined`;
    case 'customPermission':
      return context.customPermissions.has(ref.name) ? null : `custom permission ${ref.name} is not defined`;
    case 'staticResource':
      return context.staticResources.has(ref.name) ? null : `static resource ${ref.name} is not defined`;
    case 'component': {
      const bundle = context.components[ref.component];
      if (!bundle) return `component ${ref.component} has no bundle with a js-meta.xml`;
      if (!bundle.exposed) return `component ${ref.component} is not exposed (isExposed false)`;
      const target = PAGE_TARGET[ref.pageType];
      if (target && !bundle.targets.has(target)) return `component ${ref.component} does not declare target ${target}`;
      if (ref.pageType === 'RecordPage' && bundle.recordPageRestricted && !bundle.recordObjects.has(ref.sobjectType)) {
        return `component ${ref.component} is not enabled for ${ref.sobjectType} record pages`;
      }
      return null;
    }
    case 'unparsed':
      return ref.message;
    default:
      return `unknown reference kind ${ref.kind}`;
  }
}

const baseNames = (dir, suffix) => new Set(walk(dir).filter((p) => p.endsWith(suffix)).map((p) => basename(p, suffix)));

/** (c) Every object, field, relationship, tab, page and component that metadata or a component names exists. */
function checkReferences(root) {
  const schema = loadSchema(join(root, DEFAULT_DIR, 'objects'));
  const base = join(root, DEFAULT_DIR);
  const context = {
    tabs: baseNames(join(base, 'tabs'), '.tab-meta.xml'),
    apps: baseNames(join(base, 'applications'), '.app-meta.xml'),
    flexipages: baseNames(join(base, 'flexipages'), '.flexipage-meta.xml'),
    customPermissions: baseNames(join(base, 'customPermissions'), '.customPermission-meta.xml'),
    staticResources: baseNames(join(base, 'staticresources'), '.resource-meta.xml'),
    components: componentTargets(root),
  };
  const refs = [...metadataReferences(root, schema), ...componentReferences(root, lwcBundles(root), schema)];
  const problems = [];
  for (const ref of refs) {
    const message = checkReference(ref, schema, context);
    if (message) problems.push({ file: ref.file, message });
  }
  return problems;
}

const permissionSetFiles = (root) => walk(join(root, DEFAULT_DIR, 'permissionsets')).filter((p) => p.endsWith('.permissionset-meta.xml'));

/**
 * (d) Every custom field that takes field permissions has them, readable, in
 * every permission set that grants object access (a set that only carries a
 * custom permission, such as a department set, grants no fields).
 */
function checkFieldSecurity(root) {
  const schema = loadSchema(join(root, DEFAULT_DIR, 'objects'));
  const problems = [];
  const sets = permissionSetFiles(root);
  if (sets.length === 0) problems.push({ file: 'permissionsets', message: 'no permission set found' });
  for (const file of sets) {
    const set = readXml(file).PermissionSet || {};
    if (list(set.objectPermissions).length === 0) continue;
    const granted = new Map(list(set.fieldPermissions).map((fp) => [fp.field, fp]));
    for (const field of schema.customFields) {
      const key = `${field.object}.${field.name}`;
      const entry = granted.get(key);
      if (field.required || field.type === 'MasterDetail') {
        if (entry) problems.push({ file: relative(root, file), message: `${key} is ${field.required ? 'required' : 'master-detail'}: it takes no field permissions` });
      } else if (!entry) {
        problems.push({ file: relative(root, file), message: `${key} has no field permissions` });
      } else if (entry.readable !== 'true') {
        problems.push({ file: relative(root, file), message: `${key} is not readable` });
      } else if (entry.editable === 'true' && field.formula) {
        problems.push({ file: relative(root, file), message: `${key} is a formula and cannot be editable` });
      }
    }
  }
  return problems;
}

// ---- (h) object permission dependencies ----

// What the platform refuses at deploy as "Permission <x> depends on
// permission(s): <y>". Within one object (ObjectPermissions): Create and Edit
// need Read, Delete needs Read and Edit, View All needs Read, Modify All needs
// Read, Edit, Delete and View All. Across objects: Contacts, Opportunities and
// Contracts need Read on Accounts; the detail object of a master-detail needs
// Read on its master, and View All on it needs View All on the master.
const ACCESS_LABELS = { allowRead: 'Read', allowCreate: 'Create', allowEdit: 'Edit', allowDelete: 'Delete', viewAllRecords: 'View All', modifyAllRecords: 'Modify All' };
const SAME_OBJECT = {
  allowCreate: ['allowRead'],
  allowEdit: ['allowRead'],
  allowDelete: ['allowRead', 'allowEdit'],
  viewAllRecords: ['allowRead'],
  modifyAllRecords: ['allowRead', 'allowEdit', 'allowDelete', 'viewAllRecords'],
};
const NEEDS_ACCOUNT_READ = new Set(['Contact', 'Opportunity', 'Contract']);

/** (h) Every object permission in every permission set has the permissions it depends on. */
function checkObjectPermissionDependencies(root) {
  const schema = loadSchema(join(root, DEFAULT_DIR, 'objects'));
  const masters = {};
  for (const field of schema.customFields.filter((f) => f.type === 'MasterDetail')) {
    masters[field.object] = [...(masters[field.object] || []), field.referenceTo];
  }
  const problems = [];
  for (const file of permissionSetFiles(root)) {
    const set = readXml(file).PermissionSet || {};
    // `object` repeats in other metadata, so the parser gives it as a list.
    const granted = new Map(list(set.objectPermissions).map((op) => [String(op.object), op]));
    const has = (object, key) => String((granted.get(object) || {})[key]) === 'true';
    const need = (object, key, onObject, requiredKey) => {
      if (!has(onObject, requiredKey)) {
        problems.push({ file: relative(root, file), message: `Permission ${ACCESS_LABELS[key]} ${object} depends on permission(s): ${ACCESS_LABELS[requiredKey]} ${onObject}` });
      }
    };
    for (const [object] of granted) {
      for (const key of Object.keys(ACCESS_LABELS).filter((k) => has(object, k))) {
        for (const required of SAME_OBJECT[key] || []) need(object, key, object, required);
      }
      if (!has(object, 'allowRead')) continue;
      if (NEEDS_ACCOUNT_READ.has(object)) need(object, 'allowRead', 'Account', 'allowRead');
      for (const master of masters[object] || []) {
        need(object, 'allowRead', master, 'allowRead');
        if (has(object, 'viewAllRecords')) need(object, 'viewAllRecords', master, 'viewAllRecords');
      }
    }
  }
  return problems;
}

// ---- (i) lead conversion ----

function customFieldMeta(root, object, field) {
  const file = join(root, DEFAULT_DIR, 'objects', object, 'fields', `${field}.field-meta.xml`);
  return existsSync(file) ? readXml(file).CustomField || null : null;
}

function fieldNames(root, object) {
  const dir = join(root, DEFAULT_DIR, 'objects', object, 'fields');
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.field-meta.xml')).map((f) => f.replace('.field-meta.xml', '')) : [];
}

/**
 * (i) Lead conversion maps every stored Lead custom field that has a Contact
 * field of the same name (formulas are computed, not carried), no mapping
 * writes into a formula, and every mapping joins fields that exist with the same type
 * (the same target for lookups, no shorter text), so nothing the Lead holds is
 * lost or refused when it converts.
 */
function checkLeadConvertMapping(root) {
  const problems = [];
  const files = walk(join(root, DEFAULT_DIR, 'LeadConvertSettings')).filter((p) => p.endsWith('.LeadConvertSetting-meta.xml'));
  const mapped = new Map();
  for (const file of files) {
    const settings = readXml(file).LeadConvertSettings || {};
    for (const mapping of list(settings.objectMapping)) {
      for (const pair of list(mapping.mappingFields)) {
        const from = customFieldMeta(root, mapping.inputObject, pair.inputField);
        const to = customFieldMeta(root, mapping.outputObject, pair.outputField);
        const where = `${mapping.inputObject}.${pair.inputField} -> ${mapping.outputObject}.${pair.outputField}`;
        if (mapping.outputObject === 'Contact') mapped.set(pair.inputField, pair.outputField);
        if (!from || !to) {
          problems.push({ file: relative(root, file), message: `${where}: ${!from ? `${mapping.inputObject}.${pair.inputField}` : `${mapping.outputObject}.${pair.outputField}`} is not a custom field` });
        } else if (to.formula) {
          problems.push({ file: relative(root, file), message: `${where}: ${mapping.outputObject}.${pair.outputField} is a formula, no value can be written to it` });
        } else if (from.type !== to.type) {
          problems.push({ file: relative(root, file), message: `${where}: a ${from.type} field cannot fill a ${to.type} field` });
        } else if (String(from.referenceTo || '') !== String(to.referenceTo || '')) {
          problems.push({ file: relative(root, file), message: `${where}: the lookups point at ${from.referenceTo} and ${to.referenceTo}` });
        } else if (from.length && to.length && Number(to.length) < Number(from.length)) {
          problems.push({ file: relative(root, file), message: `${where}: ${to.length} characters cannot hold ${from.length}` });
        }
      }
    }
  }
  const onContact = new Set(fieldNames(root, 'Contact'));
  // A formula holds nothing to carry over: the Contact's own formula computes it from the mapped fields.
  const stored = (object, field) => !(customFieldMeta(root, object, field) || {}).formula;
  for (const field of fieldNames(root, 'Lead').filter((f) => onContact.has(f) && stored('Lead', f) && stored('Contact', f))) {
    if (mapped.get(field) !== field) {
      problems.push({ file: join(DEFAULT_DIR, 'LeadConvertSettings'), message: `Lead.${field} is not mapped to Contact.${field}: its value is lost when a lead converts` });
    }
  }
  return problems;
}

/** (f) Report types, reports and dashboards: every field a report names is a column of its report type and exists (see report-checks.cjs). */
function checkReports(root) {
  const schema = loadSchema(join(root, DEFAULT_DIR, 'objects'));
  return checkReportsIn(root, { base: join(root, DEFAULT_DIR), readXml, walk, schema, resolvePath, list });
}

module.exports = {
  checkObjectPermissionDependencies,
  checkLeadConvertMapping,
  checkReports,
  checkXmlWellFormed,
  checkLwcBundles,
  checkReferences,
  checkFieldSecurity,
  resolvePath,
  readXml,
  walk,
  DEFAULT_DIR,
};
