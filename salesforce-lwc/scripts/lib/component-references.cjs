'use strict';
// The org schema names a component's JavaScript uses, found without running it:
// - `@salesforce/schema/Obj.Field` (and `Obj.Rel__r.Field`) imports, and
//   `@salesforce/customPermission/Name` imports (the permission must exist);
// - `@salesforce/resourceUrl/Name` imports (a static resource force-app declares);
// - every object, field, relationship, `where` / `orderBy` / `groupBy` key in
//   `gql` tagged templates (UI API GraphQL), walked against the schema; a
//   `${...}` in a template may only stand for fields of a node (a selection
//   built at run time, whose names the code checks): anywhere else it is
//   reported, so object names, filters and arguments stay checkable;
// - `fields` / `optionalFields` arrays of 'Obj.Field' strings (getRecord),
//   and any other 'Obj.Field' string whose first part is a known object;
// - `{ apiName: 'Obj', fields: { Field__c: ... } }` record inputs;
// - any other `X__c` / `X__r` string, property key or member name, which must
//   at least exist on some object (a record input built in a helper function
//   does not say which object it is for).
// Test folders and the generated core modules (maCore and its parts, maZod) are skipped.
const { existsSync, readdirSync, readFileSync, statSync } = require('node:fs');
const { join, relative } = require('node:path');
const babelParser = require('@babel/parser');
const graphql = require('graphql');
const { CORE_PARTS } = require('./core-parts.cjs');

const CUSTOM_NAME = /^[A-Za-z][A-Za-z0-9_]*__[cr]$/;
const OBJECT_PATH = /^[A-Za-z][A-Za-z0-9_]*(\.[A-Za-z][A-Za-z0-9_]*)+$/;
const SCALAR_SELECTIONS = new Set(['value', 'displayValue', 'label', 'format', '__typename']);
const LOGICAL_KEYS = new Set(['and', 'or', 'not']);
// What a template's `${...}` becomes for the check: a field name no object has, skipped in a node's selection.
const DYNAMIC_SELECTION = '__dynamicSelection';
const SKIPPED_BUNDLES = new Set([...CORE_PARTS.map((part) => part.name), 'maZod']);

function sourceFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === '__tests__' || name === '__mocks__' ? [] : sourceFiles(path);
    return name.endsWith('.js') ? [path] : [];
  });
}

/** Every node of a Babel AST, depth first. */
function* nodesOf(node) {
  if (!node || typeof node.type !== 'string') return;
  yield node;
  for (const [key, child] of Object.entries(node)) {
    if (key === 'loc' || key === 'leadingComments' || key === 'trailingComments' || key === 'extra') continue;
    if (Array.isArray(child)) for (const c of child) yield* nodesOf(c);
    else if (child && typeof child.type === 'string') yield* nodesOf(child);
  }
}

const keyName = (property) => {
  if (!property || property.computed || !property.key) return null;
  if (property.key.type === 'Identifier') return property.key.name;
  if (property.key.type === 'StringLiteral') return property.key.value;
  return null;
};

// ---- GraphQL (UI API shape: uiapi { query | aggregate { Object(...) { edges { node { ... } } } } }) ----

function argumentKeys(objectName, value, schema, add, kind) {
  if (!value || value.kind !== 'ObjectValue') {
    if (value && value.kind === 'ListValue') value.values.forEach((v) => argumentKeys(objectName, v, schema, add, kind));
    return;
  }
  const object = schema.objects[objectName];
  for (const field of value.fields) {
    const key = field.name.value;
    if (LOGICAL_KEYS.has(key)) {
      argumentKeys(objectName, field.value, schema, add, kind);
    } else if (object && object.lookups[key]) {
      argumentKeys(object.lookups[key], field.value, schema, add, kind);
    } else {
      add({ kind: 'path', object: objectName, path: [key], via: `${kind} of ${objectName}` });
    }
  }
}

function walkConnection(objectName, field, schema, add) {
  for (const arg of field.arguments || []) {
    if (['where', 'orderBy', 'groupBy'].includes(arg.name.value)) argumentKeys(objectName, arg.value, schema, add, arg.name.value);
  }
  for (const edges of selections(field, 'edges')) {
    for (const node of selections(edges, 'node')) walkNode(objectName, node.selectionSet, schema, add);
  }
}

const selections = (field, name) =>
  field.selectionSet ? field.selectionSet.selections.filter((s) => s.kind === 'Field' && s.name.value === name) : [];

function walkNode(objectName, selectionSet, schema, add) {
  if (!selectionSet) return;
  const object = schema.objects[objectName];
  for (const selection of selectionSet.selections) {
    if (selection.kind === 'InlineFragment') {
      const typeName = selection.typeCondition ? selection.typeCondition.name.value : objectName;
      add({ kind: 'object', object: typeName });
      walkNode(typeName, selection.selectionSet, schema, add);
      continue;
    }
    if (selection.kind !== 'Field') continue;
    const name = selection.name.value;
    if (name === '__typename' || name === DYNAMIC_SELECTION) continue;
    if (name === 'aggregate') {
      // aggregate { Field { count { value } } }: every child is a field of the object
      for (const inner of selection.selectionSet ? selection.selectionSet.selections : []) {
        if (inner.kind === 'Field') add({ kind: 'path', object: objectName, path: [inner.name.value] });
      }
      continue;
    }
    const children = selection.selectionSet ? selection.selectionSet.selections : [];
    const isScalar = children.length === 0 || children.every((c) => c.kind === 'Field' && SCALAR_SELECTIONS.has(c.name.value));
    if (isScalar) {
      add({ kind: 'path', object: objectName, path: [name] });
    } else if (selections(selection, 'edges').length > 0) {
      add({ kind: 'childRelationship', object: objectName, relationship: name });
      const child = object && object.children[name];
      if (child) walkConnection(child, selection, schema, add);
    } else {
      add({ kind: 'path', object: objectName, path: [name] });
      const target = object && object.lookups[name];
      if (target) walkNode(target, selection.selectionSet, schema, add);
    }
  }
}

function graphqlReferences(text, schema, add) {
  let document;
  try {
    document = graphql.parse(text);
  } catch (error) {
    add({ kind: 'unparsed', message: `gql query does not parse: ${error.message}` });
    return;
  }
  for (const definition of document.definitions) {
    if (!definition.selectionSet) continue;
    for (const uiapi of definition.selectionSet.selections.filter((s) => s.kind === 'Field' && s.name.value === 'uiapi')) {
      for (const mode of uiapi.selectionSet ? uiapi.selectionSet.selections : []) {
        for (const objectField of mode.selectionSet ? mode.selectionSet.selections : []) {
          if (objectField.kind !== 'Field') continue;
          const objectName = objectField.name.value;
          add({ kind: 'object', object: objectName });
          if (schema.objects[objectName]) walkConnection(objectName, objectField, schema, add);
        }
      }
    }
  }
}

// ---- JavaScript ----

function jsReferences(code, schema, add) {
  let ast;
  try {
    ast = babelParser.parse(code, { sourceType: 'module', plugins: ['decorators-legacy', 'classProperties'] });
  } catch (error) {
    add({ kind: 'unparsed', message: `does not parse: ${error.message}` });
    return;
  }
  const schemaImports = {};
  const strong = new Set();
  for (const node of nodesOf(ast.program)) {
    if (node.type === 'ImportDeclaration' && node.source.value.startsWith('@salesforce/customPermission/')) {
      add({ kind: 'customPermission', name: node.source.value.slice('@salesforce/customPermission/'.length) });
    } else if (node.type === 'ImportDeclaration' && node.source.value.startsWith('@salesforce/schema/')) {
      const [object, ...path] = node.source.value.slice('@salesforce/schema/'.length).split('.');
      add(path.length ? { kind: 'path', object, path } : { kind: 'object', object });
      for (const specifier of node.specifiers) schemaImports[specifier.local.name] = { object, path };
    } else if (node.type === 'ImportDeclaration' && node.source.value.startsWith('@salesforce/resourceUrl/')) {
      add({ kind: 'staticResource', name: node.source.value.slice('@salesforce/resourceUrl/'.length) });
    } else if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && node.tag.name === 'gql') {
      const text = node.quasi.quasis.map((q) => q.value.cooked).join(` ${DYNAMIC_SELECTION} `);
      graphqlReferences(text, schema, add);
      strong.add(node.quasi);
    } else if (node.type === 'ObjectExpression') {
      const props = Object.fromEntries(node.properties.map((p) => [keyName(p), p]).filter(([k]) => k));
      const apiNameValue = props.apiName && props.apiName.value;
      let objectName = null;
      if (apiNameValue && apiNameValue.type === 'StringLiteral') objectName = apiNameValue.value;
      if (apiNameValue && apiNameValue.type === 'Identifier' && schemaImports[apiNameValue.name]) {
        const imported = schemaImports[apiNameValue.name];
        if (imported.path.length === 0) objectName = imported.object;
      }
      if (objectName) add({ kind: 'object', object: objectName });
      for (const key of ['fields', 'optionalFields']) {
        const value = props[key] && props[key].value;
        if (!value) continue;
        if (value.type === 'ArrayExpression') {
          for (const element of value.elements) {
            if (element && element.type === 'StringLiteral' && element.value.includes('.')) {
              const [object, ...path] = element.value.split('.');
              add({ kind: 'path', object, path });
              strong.add(element);
            }
          }
        } else if (value.type === 'ObjectExpression' && objectName) {
          for (const property of value.properties) {
            const name = keyName(property);
            if (name) {
              add({ kind: 'path', object: objectName, path: [name] });
              strong.add(property.key);
            }
          }
        }
      }
    }
  }
  // 'Obj.Field' strings anywhere (getRecord field lists kept in class fields
  // or constants) whose first part is a known object, then a weak check on
  // every remaining custom-looking name.
  for (const node of nodesOf(ast.program)) {
    if (strong.has(node)) continue;
    if (node.type === 'StringLiteral' && OBJECT_PATH.test(node.value)) {
      const [object, ...path] = node.value.split('.');
      if (schema.objects[object]) {
        add({ kind: 'path', object, path });
        continue;
      }
      // 'Custom__c.something' that is not Object.Field (e.g. an issue path
      // naming a JSON field): its first part must still be a known name.
      if (CUSTOM_NAME.test(object)) {
        add({ kind: 'anyName', name: object });
        continue;
      }
    }
    let name = null;
    if (node.type === 'StringLiteral') name = node.value;
    else if (node.type === 'ObjectProperty' && !node.computed && node.key.type === 'Identifier' && !strong.has(node.key)) name = node.key.name;
    else if (node.type === 'MemberExpression' && !node.computed && node.property.type === 'Identifier') name = node.property.name;
    if (name && CUSTOM_NAME.test(name)) add({ kind: 'anyName', name });
  }
}

/** References from every component bundle's JavaScript (tests and maCore excluded). */
function componentReferences(root, bundles, schema) {
  const refs = [];
  for (const { name, dir } of bundles) {
    if (SKIPPED_BUNDLES.has(name) || !existsSync(dir)) continue;
    for (const file of sourceFiles(dir)) {
      const add = (ref) => refs.push({ file: relative(root, file), ...ref });
      jsReferences(readFileSync(file, 'utf8'), schema, add);
    }
  }
  return refs;
}

module.exports = { componentReferences, jsReferences, graphqlReferences };
