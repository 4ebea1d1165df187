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
        'ApexTrigger',
        'CustomApplication',
        'CustomLabel',
        'CustomLabels',
        'CustomNotificationType',
        'CustomField',
        'CustomFieldTranslation',
        'CustomObject',
        'CustomObjectTranslation',
        'CustomPermission',
        'CustomTab',
        'Dashboard',
        'DashboardFolder',
        'FlexiPage',
        'Layout',
        'LeadConvertSettings',
        'LightningComponentBundle',
        'ListView',
        'PermissionSet',
        'Report',
        'ReportFolder',
        'ReportType',
        'StaticResource',
        'Translations',
        'ValidationRule',
      ].sort(),
    );
    expect(converted.members.CustomObject).toEqual(['MA_Definition_Set__c', 'MA_Diagnosis__c', 'MA_Program__c', 'MA_Sign_Off__c', 'MA_Task__c']);
    expect(converted.members.PermissionSet).toEqual([
      'MA_Department_Inside_Sales',
      'MA_Department_Marketing',
      'MA_Department_Sales',
      'MA_Maturity_Admin',
      'MA_Maturity_Member',
    ]);
    expect(converted.members.CustomPermission).toEqual(['MA_Manage_Programs', 'MA_Sign_Inside_Sales', 'MA_Sign_Marketing', 'MA_Sign_Sales']);
    expect(converted.members.ValidationRule).toEqual(expect.arrayContaining(['MA_Sign_Off__c.Signer_Is_Signed_In_User', 'MA_Sign_Off__c.Signer_Holds_Department']));
    expect(converted.members.LeadConvertSettings).toEqual(['LeadConvertSetting']);
    expect(converted.members.CustomApplication).toEqual(['MA_Maturity']);
    expect(converted.members.ApexClass).toEqual(
      expect.arrayContaining(['MaTriggerHandler', 'MaTriggerHandlerTest', 'MaSignOff', 'MaSignOffTriggerHandler', 'MaSignOffGoldenTest', 'MaPlanTaskTriggerHandler', 'MaTaskTriggerHandler']),
    );
    expect(converted.members.ApexTrigger).toEqual([
      'MaCampaignMemberTrigger',
      'MaContactTrigger',
      'MaDefinitionSetTrigger',
      'MaLeadTrigger',
      'MaPlanTaskTrigger',
      'MaSignOffTrigger',
      'MaTaskTrigger',
    ]);
    expect(converted.members.ApexClass).toEqual(expect.arrayContaining(['MaLifecycle', 'MaLifecycleRunner', 'MaRescoreBatch', 'MaEvaluateLeadsAction', 'MaGoldenCasesTest']));
    expect(converted.members.StaticResource).toEqual(['MA_ChartJs', 'MA_Golden_Cases']);
    expect(converted.members.CustomNotificationType).toEqual(['MA_Handoff']);
    expect(converted.members.ListView).toEqual(expect.arrayContaining(['Lead.MA_MQL_Queue', 'Lead.MA_SLA_Breached', 'Contact.MA_SLA_Breached']));
    expect(converted.members.FlexiPage).toEqual(['MA_Contact_Record_Page', 'MA_Lead_Record_Page', 'MA_Maturity_Home', 'MA_Program_Record_Page']);
    expect(converted.members.LightningComponentBundle).toEqual(expect.arrayContaining(['maCore', 'maMethod', 'maSignOff', 'maLearn', 'maTemplates', 'maZod', 'maChart']));
    expect(converted.members.ReportType).toEqual(['MA_Contacts', 'MA_Leads', 'MA_Tasks']);
    expect(converted.members.ReportFolder).toEqual(['MA_Funnel_Reports']);
    expect(converted.members.Report).toEqual([
      'MA_Funnel_Reports/MA_MQL_By_Month_And_Source',
      'MA_Funnel_Reports/MA_Open_Tasks_By_Department',
      'MA_Funnel_Reports/MA_Rates_By_Definition_Version',
      'MA_Funnel_Reports/MA_Rejections_By_Reason',
      'MA_Funnel_Reports/MA_SLA_Compliance',
    ]);
    expect(converted.members.DashboardFolder).toEqual(['MA_Funnel_Dashboards']);
    expect(converted.members.Dashboard).toEqual(['MA_Funnel_Dashboards/MA_Funnel']);
    expect(converted.members.CustomField).toEqual(expect.arrayContaining(['Lead.MA_MQL_Count__c', 'Contact.MA_First_Touch_Minutes__c']));
    expect(converted.members.CustomField).toEqual(expect.arrayContaining(['MA_Task__c.Status__c', 'Lead.MA_MQL_At__c', 'Contact.MA_SAL_At__c']));
  });

  it('writes a package.xml with the source API version and the merged object files', () => {
    expect(converted.packageXml).toMatch(/<version>62\.0<\/version>/);
    expect(converted.packageXml).toMatch(/<name>CustomObject<\/name>/);
    const taskObject = readFileSync(join(converted.packagePath, 'objects', 'MA_Task__c.object'), 'utf8');
    expect(taskObject).toMatch(/<fullName>Status__c<\/fullName>/);
    expect(taskObject).toMatch(/<fullName>All<\/fullName>/);
    for (const name of ['maCore', 'maMethod', 'maSignOff', 'maLearn', 'maTemplates', 'maZod']) expect(existsSync(join(converted.packagePath, 'lwc', name, `${name}.js`))).toBe(true);
    // Reports and dashboards deploy inside their folders, each folder with its <Folder>-meta.xml.
    expect(existsSync(join(converted.packagePath, 'reports', 'MA_Funnel_Reports-meta.xml'))).toBe(true);
    expect(existsSync(join(converted.packagePath, 'reports', 'MA_Funnel_Reports', 'MA_SLA_Compliance.report'))).toBe(true);
    expect(existsSync(join(converted.packagePath, 'dashboards', 'MA_Funnel_Dashboards', 'MA_Funnel.dashboard'))).toBe(true);
    expect(converted.packageXml).toMatch(/<members>MA_Funnel_Reports\/MA_SLA_Compliance<\/members>/);
    // A single-file static resource deploys as <name>.resource with its content type in the -meta.xml.
    expect(existsSync(join(converted.packagePath, 'staticresources', 'MA_ChartJs.resource'))).toBe(true);
    expect(readFileSync(join(converted.packagePath, 'staticresources', 'MA_ChartJs.resource-meta.xml'), 'utf8')).toMatch(/<contentType>text\/javascript<\/contentType>/);
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
