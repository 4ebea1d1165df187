/** @jest-environment ./test/environment/node-with-dom.cjs */
// (e) Salesforce's source-deploy-retrieve converts force-app to the
// metadata-format package a deploy sends, offline; the package holds every
// component type the app needs. A file SDR cannot resolve fails the conversion.
const { existsSync, mkdtempSync, readFileSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join, resolve } = require('node:path');
const { convertToMetadataFormat } = require('../scripts/lib/sdr-convert.cjs');

const PROJECT = resolve(__dirname, '..');
let workDir;
beforeAll(() => {
  workDir = mkdtempSync(join(tmpdir(), 'ma-sdr-'));
});
afterAll(() => {
  rmSync(workDir, { recursive: true, force: true });
});

describe('metadata-format package', () => {
  let converted;
  beforeAll(async () => {
    converted = await convertToMetadataFormat(join(PROJECT, 'force-app'), join(workDir, 'app'));
  });

  it('has every component type the app deploys', () => {
    expect(Object.keys(converted.members).sort()).toEqual(
      [
        'ApexClass',
        'CustomApplication',
        'CustomField',
        'CustomFieldTranslation',
        'CustomObject',
        'CustomObjectTranslation',
        'CustomTab',
        'FlexiPage',
        'Layout',
        'LightningComponentBundle',
        'ListView',
        'PermissionSet',
        'Translations',
      ].sort(),
    );
    expect(converted.members.CustomObject).toEqual(['MA_Definition_Set__c', 'MA_Diagnosis__c', 'MA_Program__c', 'MA_Sign_Off__c', 'MA_Task__c']);
    expect(converted.members.PermissionSet).toEqual(['MA_Maturity_Admin', 'MA_Maturity_Member']);
    expect(converted.members.CustomApplication).toEqual(['MA_Maturity']);
    expect(converted.members.ApexClass).toEqual(expect.arrayContaining(['MaTriggerHandler', 'MaTriggerHandlerTest']));
    expect(converted.members.FlexiPage).toEqual(['MA_Contact_Record_Page', 'MA_Lead_Record_Page', 'MA_Maturity_Home', 'MA_Program_Record_Page']);
    expect(converted.members.LightningComponentBundle).toEqual(expect.arrayContaining(['maCore', 'maMethod', 'maSignOff', 'maLearn', 'maTemplates', 'maZod']));
    expect(converted.members.CustomField).toEqual(expect.arrayContaining(['MA_Task__c.Status__c', 'Lead.MA_MQL_At__c', 'Contact.MA_SAL_At__c']));
  });

  it('writes a package.xml with the source API version and the merged object files', () => {
    expect(converted.packageXml).toMatch(/<version>62\.0<\/version>/);
    expect(converted.packageXml).toMatch(/<name>CustomObject<\/name>/);
    const taskObject = readFileSync(join(converted.packagePath, 'objects', 'MA_Task__c.object'), 'utf8');
    expect(taskObject).toMatch(/<fullName>Status__c<\/fullName>/);
    expect(taskObject).toMatch(/<fullName>All<\/fullName>/);
    for (const name of ['maCore', 'maMethod', 'maSignOff', 'maLearn', 'maTemplates', 'maZod']) expect(existsSync(join(converted.packagePath, 'lwc', name, `${name}.js`))).toBe(true);
  });

  it('leaves component tests out of the package (.forceignore)', () => {
    expect(existsSync(join(converted.packagePath, 'lwc', 'maDiagnosis', '__tests__'))).toBe(false);
  });
});

describe('conversion on seeded bad input', () => {
  it('fails on a file whose metadata type cannot be resolved', async () => {
    await expect(
      convertToMetadataFormat(join(__dirname, 'fixtures', 'unconvertible', 'force-app'), join(workDir, 'bad')),
    ).rejects.toThrow(/Could not infer a metadata type/);
  });
});
