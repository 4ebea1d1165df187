'use strict';
// Element-level check of metadata XML against the Metadata API's own type
// definitions (the schema @jsforce/jsforce-node generates from the WSDL):
// every element is a field of its type, in the WSDL's order, and booleans and
// numbers are well formed. The WSDL is of an older API version, so it is used
// only for the types whose fields it knows completely (the analytics types and
// static resources added for the charts and reports); for the others, the
// cross-reference checks apply.
const { readFileSync } = require('node:fs');
const { basename, relative } = require('node:path');
const { XMLParser } = require('fast-xml-parser');
const { ApiSchemas } = require('@jsforce/jsforce-node/lib/api/metadata/schema.js');

const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: true, parseTagValue: false, commentPropName: '#comment' });

/** The metadata types this check covers, by source-format file suffix. */
const TYPES_BY_SUFFIX = {
  '.reportType-meta.xml': 'ReportType',
  '.report-meta.xml': 'Report',
  '.reportFolder-meta.xml': 'ReportFolder',
  '.dashboard-meta.xml': 'Dashboard',
  '.dashboardFolder-meta.xml': 'DashboardFolder',
  '.resource-meta.xml': 'StaticResource',
};

/** The fields of a type, its ancestors' first (the WSDL's sequence order). */
function fieldsOf(typeName) {
  const type = ApiSchemas[typeName];
  if (!type) return null;
  const inherited = type.extends ? fieldsOf(type.extends) || [] : [];
  return [...inherited, ...Object.entries(type.props).map(([name, spec]) => ({ name, spec }))];
}

/** `'?string'` -> { type: 'string', many: false }, `['ReportColumn']` -> { type: 'ReportColumn', many: true }. */
function describe(spec) {
  const many = Array.isArray(spec);
  const text = many ? spec[0] : spec;
  return { type: String(text).replace(/^\?/, ''), many };
}

const children = (node) => (Array.isArray(node) ? node.filter((n) => !('#comment' in n)) : []);
const nameOf = (node) => Object.keys(node).find((k) => k !== ':@');
const textOf = (node) => {
  const inner = node[nameOf(node)];
  return Array.isArray(inner) && inner.length === 1 && '#text' in inner[0] ? String(inner[0]['#text']) : Array.isArray(inner) && inner.length === 0 ? '' : null;
};

function walkElement(typeName, nodes, path, problems) {
  const fields = fieldsOf(typeName);
  if (!fields) return;
  const order = fields.map((f) => f.name);
  let last = -1;
  const seen = new Map();
  for (const node of children(nodes)) {
    const name = nameOf(node);
    if (name === '#text') continue;
    const index = order.indexOf(name);
    if (index === -1) {
      problems.push(`${path}: <${name}> is not a field of ${typeName}`);
      continue;
    }
    const { type, many } = describe(fields[index].spec);
    seen.set(name, (seen.get(name) || 0) + 1);
    if (!many && seen.get(name) > 1) problems.push(`${path}: <${name}> appears more than once in ${typeName}`);
    if (index < last) problems.push(`${path}: <${name}> comes after <${order[last]}>; ${typeName} orders it before`);
    last = Math.max(last, index);
    const here = `${path}/${name}`;
    if (ApiSchemas[type]) {
      walkElement(type, node[name], here, problems);
      continue;
    }
    const text = textOf(node);
    if (text === null) problems.push(`${here}: expected a ${type} value, found elements`);
    else if (type === 'boolean' && text !== 'true' && text !== 'false') problems.push(`${here}: "${text}" is not true or false`);
    else if (type === 'number' && !/^-?\d+(\.\d+)?$/.test(text)) problems.push(`${here}: "${text}" is not a number`);
  }
  for (const field of fields) {
    const optional = Array.isArray(field.spec) || String(field.spec).startsWith('?') || field.name === 'fullName';
    if (!optional && !seen.has(field.name)) problems.push(`${path}: ${typeName} needs <${field.name}>`);
  }
}

/** Problems `{ file, message }` of the covered files among `paths`. */
function checkMetadataSchema(root, paths) {
  const problems = [];
  for (const path of paths) {
    const suffix = Object.keys(TYPES_BY_SUFFIX).find((s) => path.endsWith(s));
    if (!suffix) continue;
    const typeName = TYPES_BY_SUFFIX[suffix];
    const document = parser.parse(readFileSync(path, 'utf8'));
    const rootNode = children(document).find((n) => nameOf(n) !== '?xml');
    const found = [];
    if (!rootNode || nameOf(rootNode) !== typeName) found.push(`${basename(path)}: the root element must be <${typeName}>`);
    else walkElement(typeName, rootNode[typeName], typeName, found);
    for (const message of found) problems.push({ file: relative(root, path), message });
  }
  return problems;
}

module.exports = { checkMetadataSchema, TYPES_BY_SUFFIX };
