/** @jest-environment ./test/environment/node-with-dom.cjs */
// Metadata checks on force-app, each also run on a seeded broken fixture
// (test/fixtures/broken-project) to prove it catches what it claims to.
const { join, resolve } = require('node:path');
const {
  checkXmlWellFormed,
  checkLwcBundles,
  checkReferences,
  checkFieldSecurity,
  checkObjectPermissionDependencies,
  checkLeadConvertMapping,
  checkReports,
  walk,
} = require('../scripts/lib/metadata-checks.cjs');
const { checkMetadataSchema } = require('../scripts/lib/metadata-schema.cjs');
const { checkDataModelDoc } = require('../scripts/lib/data-model-doc.cjs');
const { diffGenerated } = require('../scripts/lib/generated-metadata.cjs');
const { renderAll, GENERATED_DIRS } = require('../scripts/metadata/render.cjs');

const PROJECT = resolve(__dirname, '..');
const BROKEN = join(__dirname, 'fixtures', 'broken-project');
const BROKEN_PERMISSIONS = join(__dirname, 'fixtures', 'broken-permissions');
const OBJECTS = join('force-app', 'main', 'default', 'objects');
const messages = (problems) => problems.map((p) => p.message);

describe('(a) XML well-formedness', () => {
  it('every XML file under force-app parses', () => {
    expect(checkXmlWellFormed(PROJECT)).toEqual([]);
  });
  it('reports a malformed file with its line', () => {
    expect(checkXmlWellFormed(BROKEN)).toEqual([
      {
        file: 'force-app/main/default/layouts/Malformed-Layout.layout-meta.xml',
        message: expect.stringMatching(/^malformed XML at line 5: Expected closing tag 'layoutSections'/),
      },
    ]);
  });
});

describe('(b) component bundles', () => {
  it('every LWC bundle has its js-meta.xml', () => {
    expect(checkLwcBundles(PROJECT)).toEqual([]);
  });
  it('reports a bundle without one', () => {
    expect(messages(checkLwcBundles(BROKEN))).toEqual(['component noMeta has no noMeta.js-meta.xml']);
  });
});

describe('(c) cross-references', () => {
  it('every object, field, relationship, tab, page and component named by metadata or components exists', () => {
    expect(checkReferences(PROJECT)).toEqual([]);
  });
  it('reports each seeded bad reference in permission sets, pages, layouts, list views and components', () => {
    const found = messages(checkReferences(BROKEN));
    expect(found).toEqual(
      expect.arrayContaining([
        'Bad__c.Missing_Field__c is not a field of Bad__c',
        'object Ghost_Object__c is not defined',
        'component ghostComponent has no bundle with a js-meta.xml',
        'component hiddenThing is not exposed (isExposed false)',
        // a page's visibility rule: an undefined custom permission, and the short form FlexiPages refuse
        'custom permission Ghost_Visibility is not defined',
        'visibility rule {!$Permission.Short_Form}: a custom permission is named {!$Permission.CustomPermission.Name} on a FlexiPage',
        'Nope__r is not a child relationship of Bad__c',
        'Bad__c.Laid_Out_Typo__c is not a field of Bad__c',
        'Bad__c.Listed_Typo__c is not a field of Bad__c',
        // component JavaScript: schema import, gql where + selection + child list, record input, field list, member
        'Bad__c.Imported_Typo__c is not a field of Bad__c',
        'Bad__c.Where_Typo__c is not a field of Bad__c',
        'Bad__c.Queried_Typo__c is not a field of Bad__c',
        'Children_Typo__r is not a child relationship of Bad__c',
        // a gql template built at run time: its static part, and a `${...}` standing for an object
        'Bad__c.Dynamic_Typo__c is not a field of Bad__c',
        'object __dynamicSelection is not defined',
        'Bad__c.Input_Typo__c is not a field of Bad__c',
        'Bad__c.Array_Typo__c is not a field of Bad__c',
        'Member_Typo__c is not a custom field, relationship or object of any object',
        'custom permission Typo_Permission is not defined',
        'static resource Ghost_Library is not defined',
      ]),
    );
    expect(found.some((m) => m.includes('Good__c'))).toBe(false);
  });
});

describe('(d) field-level security', () => {
  it('every custom field has field permissions in every permission set that grants object access (none for master-detail fields)', () => {
    expect(checkFieldSecurity(PROJECT)).toEqual([]);
  });
  it('reports a field without them and a required field that has them', () => {
    expect(messages(checkFieldSecurity(BROKEN))).toEqual([
      'Bad__c.No_Fls__c has no field permissions',
      'Bad__c.Required_Text__c is required: it takes no field permissions',
    ]);
  });
});

describe('(h) object permission dependencies', () => {
  it('every object permission in every permission set has what it depends on (Contact needs Account read, a detail its master)', () => {
    expect(checkObjectPermissionDependencies(PROJECT)).toEqual([]);
  });
  it('reports each planted missing dependency as the Metadata API words it, and passes a set that grants them all', () => {
    const problems = checkObjectPermissionDependencies(BROKEN_PERMISSIONS);
    expect(problems.map((p) => `${p.file.split('/').pop()}: ${p.message}`)).toEqual([
      'Dependencies.permissionset-meta.xml: Permission Read Contact depends on permission(s): Read Account',
      'Dependencies.permissionset-meta.xml: Permission Edit Lead depends on permission(s): Read Lead',
      'Dependencies.permissionset-meta.xml: Permission Delete Lead depends on permission(s): Read Lead',
      'Dependencies.permissionset-meta.xml: Permission Read Child__c depends on permission(s): Read Parent__c',
      'Dependencies.permissionset-meta.xml: Permission View All Child__c depends on permission(s): View All Parent__c',
    ]);
  });
});

describe('(i) lead conversion keeps the MA fields', () => {
  it('maps every Lead field that Contact also has, field for field, with matching types', () => {
    expect(checkLeadConvertMapping(PROJECT)).toEqual([]);
  });
  it('reports a field left unmapped, a type change, a shorter text, a field that does not exist and a formula written into', () => {
    expect(messages(checkLeadConvertMapping(BROKEN_PERMISSIONS))).toEqual([
      'Lead.MA_Score__c -> Contact.MA_Score__c: a Number field cannot fill a Text field',
      'Lead.MA_Reason__c -> Contact.MA_Reason__c: 80 characters cannot hold 255',
      'Lead.MA_Ghost__c -> Contact.MA_Mapped_At__c: Lead.MA_Ghost__c is not a custom field',
      'Lead.MA_Count__c -> Contact.MA_Count__c: Contact.MA_Count__c is a formula, no value can be written to it',
      'Lead.MA_Forgotten_At__c is not mapped to Contact.MA_Forgotten_At__c: its value is lost when a lead converts',
    ]);
  });
});

describe('custom permissions', () => {
  it('reports a permission set granting a custom permission that is not defined', () => {
    expect(messages(checkReferences(BROKEN_PERMISSIONS))).toEqual(['custom permission Ghost_Permission is not defined']);
  });
});

describe('(f) report types, reports and dashboards', () => {
  it('every field a report names is a column of its report type, and every report type column is a field', () => {
    expect(checkReports(PROJECT)).toEqual([]);
  });
  it('reports each seeded error: unknown fields in a report type and in a report, folders, report types, dashboard reports, names', () => {
    expect(messages(checkReports(BROKEN))).toEqual([
      'Bad__c.Type_Typo__c is not a field of Bad__c',
      'table Bad__c.Nope__r: Nope__r is not a child relationship of Bad__c',
      'object Nowhere__c is not defined',
      'report name "A report name that is far too long for the platform" is longer than 40 characters',
      'column Bad__c$Not_In_Type__c is not a column of report type Bad_Type__c',
      'grouping Bad__c$Grouping_Typo__c is not a column of report type Bad_Type__c',
      'filter Bad__c$Filter_Typo__c is not a column of report type Bad_Type__c',
      'formula FORMULA1 Bad__c$Formula_Typo__c is not a column of report type Bad_Type__c',
      'report folder No_Folder_Meta has no No_Folder_Meta.reportFolder-meta.xml',
      'report type Missing_Type__c is not defined in reportTypes/',
      'dashboard folder No_Folder_Meta has no No_Folder_Meta.dashboardFolder-meta.xml',
      'dashboard component shows report Bad_Reports/Nope, which does not exist',
      'folder share type PermissionSet is not a sharing target',
    ]);
  });
});

describe('(g) elements against the Metadata API schema (reports, dashboards, their folders, report types, static resources)', () => {
  it('every element is a field of its type, in the API order, with well-formed values', () => {
    expect(checkMetadataSchema(PROJECT, walk(join(PROJECT, 'force-app')))).toEqual([]);
  });
  it('reports a misspelt element, a bad boolean, a missing required field and an element out of order', () => {
    expect(messages(checkMetadataSchema(BROKEN, walk(join(BROKEN, 'force-app'))))).toEqual([
      'Dashboard: <textColor> comes after <title>; Dashboard orders it before',
      'Report: <showDetail> is not a field of Report',
      'Report/showGrandTotal: "yes" is not true or false',
      'StaticResource: StaticResource needs <contentType>',
    ]);
  });
});

describe('DATA-MODEL.md matches the object metadata', () => {
  it('documents every field with its type, and defines every documented field', () => {
    expect(checkDataModelDoc(join(PROJECT, 'DATA-MODEL.md'), join(PROJECT, OBJECTS))).toEqual([]);
  });
  it('reports a wrong type, a missing field and an undocumented field', () => {
    expect(messages(checkDataModelDoc(join(BROKEN, 'DATA-MODEL.md'), join(BROKEN, OBJECTS)))).toEqual([
      'Bad__c.Good__c: DATA-MODEL.md says length "255", metadata has "80"',
      'Bad__c.Undocumented_In_Metadata__c is documented but not defined',
      'Bad__c.No_Fls__c is defined but not in DATA-MODEL.md',
    ]);
  });
});

describe('generated metadata', () => {
  const files = renderAll();
  it('is what scripts/generate-metadata.mjs writes from the model (run it after editing the model)', () => {
    expect(diffGenerated(PROJECT, files, GENERATED_DIRS)).toEqual([]);
  });
  it('reports a file that differs, one that is missing and one the generator does not make', () => {
    const [first, second] = Object.keys(files);
    const altered = { ...files, [first]: `${files[first]}<!-- edited -->` };
    delete altered[second];
    const problems = diffGenerated(PROJECT, altered, GENERATED_DIRS);
    expect(problems).toEqual([
      { file: first, message: 'differs from the generator output' },
      { file: second, message: 'not produced by the generator (stale or hand-written)' },
    ]);
    const missing = diffGenerated(PROJECT, { ...files, 'force-app/main/default/tabs/Nope.tab-meta.xml': '<x/>' }, GENERATED_DIRS);
    expect(missing).toEqual([{ file: 'force-app/main/default/tabs/Nope.tab-meta.xml', message: 'generated file is missing' }]);
  });
});
