'use strict';
// Renders the data model (model.cjs) and the app's pages to Salesforce DX
// source-format metadata. Returns { 'relative/path': 'xml text' } so the
// generator can write it and a test can compare it with what is committed.
const { objects, standardObjects, accessOnlyObjects, customPermissions } = require('./model.cjs');
const pages = require('./pages.cjs');
const { labels } = require('./labels.cjs');
const analytics = require('./reports.cjs');

const NS = 'http://soap.sforce.com/2006/04/metadata';
const HEADER = '<?xml version="1.0" encoding="UTF-8"?>\n';
const ROOT = 'force-app/main/default';

const escapeXml = (text) =>
  String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

/** One element per entry, in the given order; arrays repeat the element; objects nest. Undefined is skipped. */
function elements(entries, depth) {
  const pad = '    '.repeat(depth);
  let out = '';
  for (const [name, content] of entries) {
    if (content === undefined || content === null) continue;
    const items = Array.isArray(content) ? content : [content];
    for (const item of items) {
      if (item !== null && typeof item === 'object') {
        const inner = elements(Object.entries(item), depth + 1);
        out += inner === '' ? `${pad}<${name} />\n` : `${pad}<${name}>\n${inner}${pad}</${name}>\n`;
      } else {
        out += `${pad}<${name}>${escapeXml(item)}</${name}>\n`;
      }
    }
  }
  return out;
}

const document = (root, entries) => `${HEADER}<${root} xmlns="${NS}">\n${elements(entries, 1)}</${root}>\n`;

// ---- custom objects and fields ----

function objectXml(object) {
  const nameField =
    object.nameField.type === 'AutoNumber'
      ? { displayFormat: object.nameField.format, label: object.nameField.en, trackHistory: 'false', type: 'AutoNumber' }
      : { label: object.nameField.en, trackHistory: 'false', type: 'Text' };
  const actionOverrides = object.recordPage
    ? {
        actionName: 'View',
        content: object.recordPage,
        formFactor: 'Large',
        skipRecordTypeSelect: 'false',
        type: 'Flexipage',
      }
    : undefined;
  return document('CustomObject', [
    ['actionOverrides', actionOverrides],
    ['allowInChatterGroups', 'false'],
    ['compactLayoutAssignment', 'SYSTEM'],
    ['deploymentStatus', 'Deployed'],
    ['description', object.description],
    ['enableActivities', 'false'],
    ['enableBulkApi', 'true'],
    ['enableFeeds', 'false'],
    ['enableHistory', String(object.enableHistory)],
    ['enableLicensing', 'false'],
    ['enableReports', 'true'],
    ['enableSearch', 'true'],
    ['enableSharing', 'true'],
    ['enableStreamingApi', 'true'],
    ['externalSharingModel', object.externalSharingModel],
    ['label', object.label.en],
    ['nameField', nameField],
    ['pluralLabel', object.plural.en],
    ['searchLayouts', {}],
    ['sharingModel', object.sharingModel],
    ['visibility', 'Public'],
  ]);
}

function fieldXml(field, historyEnabled) {
  const lookup = field.type === 'Lookup';
  const masterDetail = field.type === 'MasterDetail';
  const valueSet = field.values
    ? {
        restricted: 'true',
        valueSetDefinition: {
          sorted: 'false',
          value: field.values.map((v) => ({ fullName: v.apiName, default: String(v.isDefault), label: v.en })),
        },
      }
    : undefined;
  return document('CustomField', [
    ['fullName', field.apiName],
    ['caseSensitive', field.unique ? 'true' : undefined],
    ['deleteConstraint', lookup ? 'SetNull' : undefined],
    ['description', field.description],
    ['externalId', 'false'],
    ['formula', field.formula],
    ['formulaTreatBlanksAs', field.formulaTreatBlanksAs],
    ['inlineHelpText', field.help.en],
    ['label', field.label.en],
    ['length', field.length],
    ['precision', field.precision],
    ['referenceTo', field.referenceTo],
    ['relationshipLabel', field.relationshipLabel ? field.relationshipLabel.en : undefined],
    ['relationshipName', field.relationshipName],
    ['relationshipOrder', masterDetail ? '0' : undefined],
    ['reparentableMasterDetail', masterDetail ? 'false' : undefined],
    ['required', lookup || masterDetail || field.type === 'LongTextArea' ? undefined : 'false'],
    ['scale', field.scale],
    ['trackHistory', historyEnabled && !masterDetail ? String(Boolean(field.trackHistory)) : undefined],
    ['trackTrending', 'false'],
    ['type', field.type],
    ['unique', field.type === 'Text' ? String(Boolean(field.unique)) : undefined],
    ['valueSet', valueSet],
    ['visibleLines', field.visibleLines],
    // Members have Read on the program only; they still create diagnoses and
    // edit tasks and definition sets under it.
    ['writeRequiresMasterRead', masterDetail ? 'true' : undefined],
  ]);
}

function validationRuleXml(rule) {
  return document('ValidationRule', [
    ['fullName', rule.name],
    ['active', 'true'],
    ['description', rule.description],
    ['errorConditionFormula', rule.formula],
    ['errorDisplayField', rule.field || undefined],
    ['errorMessage', rule.message.en],
  ]);
}

function listViewXml(object) {
  return document('ListView', [
    ['fullName', 'All'],
    ['columns', object.listColumns],
    ['filterScope', 'Everything'],
    ['label', 'All'],
  ]);
}

function engineListViewXml(view) {
  return document('ListView', [
    ['fullName', view.name],
    ['columns', view.columns],
    ['filterScope', 'Everything'],
    ['filters', view.filters],
    ['label', view.label],
  ]);
}

function tabXml(object) {
  return document('CustomTab', [
    ['customObject', 'true'],
    ['motif', object.tab],
  ]);
}

// ---- layouts ----

function layoutXml(object) {
  const behavior = (field) => (field.type === 'MasterDetail' ? 'Required' : field.system ? 'Readonly' : 'Edit');
  const items = object.fields.map((field) => ({ behavior: behavior(field), field: field.apiName }));
  const nameItem = { behavior: object.nameField.type === 'AutoNumber' ? 'Readonly' : 'Required', field: 'Name' };
  const all = [nameItem, ...items];
  const half = Math.ceil(all.length / 2);
  const section = (label, columns) => ({
    customLabel: 'false',
    detailHeading: 'false',
    editHeading: 'true',
    label,
    layoutColumns: columns.map((column) => (column.length ? { layoutItems: column } : {})),
    style: 'TwoColumnsTopToBottom',
  });
  const system = [
    [{ behavior: 'Readonly', field: 'CreatedById' }],
    [{ behavior: 'Readonly', field: 'LastModifiedById' }],
  ];
  const relatedLists = object.layoutRelatedLists.map((list) => ({
    fields: list.columns,
    relatedList: `${list.child}.${list.field}`,
  }));
  return document('Layout', [
    ['layoutSections', [section('Information', [all.slice(0, half), all.slice(half)]), section('System Information', system)]],
    ['relatedLists', relatedLists.length ? relatedLists : undefined],
    ['showEmailCheckbox', 'false'],
    ['showHighlightsPanel', 'false'],
    ['showInteractionLogPanel', 'false'],
    ['showRunAssignmentRulesCheckbox', 'false'],
    ['showSubmitAndAttachButton', 'false'],
  ]);
}

// ---- Japanese translations ----

function objectTranslationXml(object) {
  if (object.standard) return document('CustomObjectTranslation', []);
  return document('CustomObjectTranslation', [
    [
      'caseValues',
      [
        { plural: 'false', value: object.label.ja },
        { plural: 'true', value: object.plural.ja },
      ],
    ],
    ['nameFieldLabel', object.nameField.ja],
    ['validationRules', (object.validationRules || []).map((rule) => ({ errorMessage: rule.message.ja, name: rule.name }))],
  ]);
}

function fieldTranslationXml(field) {
  return document('CustomFieldTranslation', [
    ['help', field.help.ja],
    ['label', field.label.ja],
    ['name', field.apiName],
    ['picklistValues', field.values ? field.values.map((v) => ({ masterLabel: v.en, translation: v.ja })) : undefined],
    ['relationshipLabel', field.relationshipLabel ? field.relationshipLabel.ja : undefined],
  ]);
}

// ---- permission sets ----

/** Required and master-detail fields take no field permissions (the platform refuses them). */
const needsFieldPermission = (field) => field.type !== 'MasterDetail' && !field.required;

function permissionSetXml({ name, label, description, admin, customPermissions: granted = [], departmentOnly }) {
  const head = [
    ['customPermissions', granted.map((permission) => ({ enabled: 'true', name: permission }))],
    ['description', description],
  ];
  // A department set only carries the department's custom permission; access comes with MA_Maturity_Member.
  if (departmentOnly) return document('PermissionSet', [...head, ['hasActivationRequired', 'false'], ['label', label]]);
  const allObjects = [...objects, ...standardObjects];
  const fieldPermissions = [];
  for (const object of allObjects) {
    for (const field of object.fields.filter(needsFieldPermission)) {
      fieldPermissions.push({
        // A formula is computed by the platform, a system field by the app's automation: nobody may edit them.
        editable: String(!field.system && !field.formula && (admin || field.member === 'edit')),
        field: `${object.apiName}.${field.apiName}`,
        readable: 'true',
      });
    }
  }
  fieldPermissions.sort((a, b) => a.field.localeCompare(b.field));
  const grants = [
    ...allObjects.map((object) => ({
      object: object.apiName,
      access: admin
        ? object.standard
          ? { read: true, create: false, edit: true }
          : { read: true, create: true, edit: true, delete: true, viewAll: true, modifyAll: true }
        : object.memberAccess,
    })),
    ...accessOnlyObjects.map((object) => ({ object: object.apiName, access: object.access })),
  ];
  const objectPermissions = grants
    .map(({ object, access }) => ({
      allowCreate: String(Boolean(access.create)),
      allowDelete: String(Boolean(access.delete)),
      allowEdit: String(Boolean(access.edit)),
      allowRead: String(Boolean(access.read)),
      modifyAllRecords: String(Boolean(access.modifyAll)),
      object,
      viewAllRecords: String(Boolean(access.viewAll)),
    }))
    .sort((a, b) => a.object.localeCompare(b.object));
  const tabs = [pages.homeTab.name, ...objects.map((o) => o.apiName)].sort();
  return document('PermissionSet', [
    ['applicationVisibilities', { application: pages.app.name, visible: 'true' }],
    ...head,
    ['fieldPermissions', fieldPermissions],
    ['hasActivationRequired', 'false'],
    ['label', label],
    ['objectPermissions', objectPermissions],
    ['tabSettings', tabs.map((tab) => ({ tab, visibility: 'Visible' }))],
  ]);
}

const DEPARTMENT_LABELS = { marketing: 'Marketing', insideSales: 'Inside Sales', sales: 'Sales' };

const PERMISSION_SETS = [
  {
    name: 'MA_Maturity_Admin',
    label: 'MA Maturity Admin',
    description:
      'Runs the MA maturity app: edits programs, scoring models, handoff rules, definition sets and plan tasks; full access to the MA objects and the MA fields on Lead and Contact. Signs for no department unless an MA_Department_* set is assigned too.',
    admin: true,
    customPermissions: ['MA_Manage_Programs'],
  },
  {
    name: 'MA_Maturity_Member',
    label: 'MA Maturity Member',
    description:
      'Marketing, inside sales and sales members: answer diagnoses, sign definition sets for the department they hold (with an MA_Department_* set), update task status, accept or reject handoffs. Reads programs, models and definitions; cannot change them.',
    admin: false,
  },
  ...customPermissions
    .filter((permission) => permission.department)
    .map((permission) => {
      const department = DEPARTMENT_LABELS[permission.department];
      return {
        name: `MA_Department_${department.replace(/ /g, '_')}`,
        label: `MA Department: ${department}`,
        description: `Holds the ${department.toLowerCase()} department: signs MQL/SAL/SQL definition sets for it (custom permission ${permission.name}). Assign together with MA_Maturity_Member.`,
        customPermissions: [permission.name],
        departmentOnly: true,
      };
    }),
];

function customPermissionXml(permission) {
  return document('CustomPermission', [
    ['description', permission.description],
    ['isLicensed', 'false'],
    ['label', permission.label],
  ]);
}

// Lead conversion carries every stored MA field of the Lead to the Contact
// field of the same name, so the handoff history survives conversion. Formula
// fields are not mapped: a formula is no target a value can be written to,
// and the Contact's own formula computes the same figure from the mapped fields.
function leadConvertSettingsXml() {
  const lead = standardObjects.find((o) => o.apiName === 'Lead');
  const contact = standardObjects.find((o) => o.apiName === 'Contact');
  const onContact = new Set(contact.fields.filter((f) => !f.formula).map((f) => f.apiName));
  const mapped = lead.fields.filter((f) => !f.formula && onContact.has(f.apiName));
  return document('LeadConvertSettings', [
    ['allowOwnerChange', 'true'],
    [
      'objectMapping',
      {
        inputObject: 'Lead',
        mappingFields: mapped.map((f) => ({ inputField: f.apiName, outputField: f.apiName })),
        outputObject: 'Contact',
      },
    ],
    ['opportunityCreationOptions', 'VisibleOptional'],
  ]);
}

// ---- app, tabs, pages, translations ----

function renderAll() {
  const files = {};
  const put = (path, text) => {
    files[`${ROOT}/${path}`] = text;
  };
  for (const object of objects) {
    const dir = `objects/${object.apiName}`;
    put(`${dir}/${object.apiName}.object-meta.xml`, objectXml(object));
    for (const field of object.fields) put(`${dir}/fields/${field.apiName}.field-meta.xml`, fieldXml(field, object.enableHistory));
    for (const rule of object.validationRules || []) put(`${dir}/validationRules/${rule.name}.validationRule-meta.xml`, validationRuleXml(rule));
    put(`${dir}/listViews/All.listView-meta.xml`, listViewXml(object));
    put(`tabs/${object.apiName}.tab-meta.xml`, tabXml(object));
    put(`layouts/${object.apiName}-${object.label.en} Layout.layout-meta.xml`, layoutXml(object));
  }
  for (const object of standardObjects) {
    for (const field of object.fields) put(`objects/${object.apiName}/fields/${field.apiName}.field-meta.xml`, fieldXml(field, false));
    for (const view of object.listViews || []) put(`objects/${object.apiName}/listViews/${view.name}.listView-meta.xml`, engineListViewXml(view));
  }
  for (const object of [...objects, ...standardObjects]) {
    const dir = `objectTranslations/${object.apiName}-ja`;
    put(`${dir}/${object.apiName}-ja.objectTranslation-meta.xml`, objectTranslationXml(object));
    for (const field of object.fields) put(`${dir}/${field.apiName}.fieldTranslation-meta.xml`, fieldTranslationXml(field));
  }
  for (const set of PERMISSION_SETS) put(`permissionsets/${set.name}.permissionset-meta.xml`, permissionSetXml(set));
  for (const permission of customPermissions) put(`customPermissions/${permission.name}.customPermission-meta.xml`, customPermissionXml(permission));
  put('LeadConvertSettings/LeadConvertSetting.LeadConvertSetting-meta.xml', leadConvertSettingsXml());
  put(`tabs/${pages.homeTab.name}.tab-meta.xml`, document('CustomTab', pages.homeTab.entries));
  put(`applications/${pages.app.name}.app-meta.xml`, document('CustomApplication', pages.app.entries));
  put('labels/CustomLabels.labels-meta.xml', customLabelsXml());
  put('translations/ja.translation-meta.xml', document('Translations', [...translationsJa(), ...analytics.translationsJa]));
  for (const page of pages.flexiPages) put(`flexipages/${page.name}.flexipage-meta.xml`, document('FlexiPage', page.entries));
  for (const type of analytics.reportTypes) put(`reportTypes/${type.name}.reportType-meta.xml`, document('ReportType', type.entries));
  put(`reports/${analytics.reportFolder.name}.reportFolder-meta.xml`, document('ReportFolder', analytics.reportFolder.entries));
  for (const report of analytics.reports) put(`reports/${report.folder}/${report.name}.report-meta.xml`, document('Report', report.entries));
  put(`dashboards/${analytics.dashboardFolder.name}.dashboardFolder-meta.xml`, document('DashboardFolder', analytics.dashboardFolder.entries));
  for (const dashboard of analytics.dashboards) put(`dashboards/${dashboard.folder}/${dashboard.name}.dashboard-meta.xml`, document('Dashboard', dashboard.entries));
  return files;
}

function customLabelsXml() {
  return document(
    'CustomLabels',
    labels.map((l) => [
      'labels',
      { fullName: l.name, categories: 'MA Maturity', language: 'en_US', protected: 'false', shortDescription: l.description.slice(0, 80), value: l.en },
    ]),
  );
}

/** The app's Japanese translations with the custom labels' (elements in the Translations schema's order). */
function translationsJa() {
  const [apps, ...rest] = pages.translationsJa;
  return [apps, ...labels.map((l) => ['customLabels', { label: l.ja, name: l.name }]), ...rest];
}

// Folders whose every file is generated: a file there that renderAll() does
// not produce is stale.
const GENERATED_DIRS = [
  'objects',
  'objectTranslations',
  'permissionsets',
  'customPermissions',
  'LeadConvertSettings',
  'tabs',
  'layouts',
  'applications',
  'translations',
  'flexipages',
  'labels',
  'reportTypes',
  'reports',
  'dashboards',
].map(
  (dir) => `${ROOT}/${dir}`,
);

module.exports = { renderAll, GENERATED_DIRS, PERMISSION_SETS, ROOT };
