'use strict';
// The Lightning app, its home page tab, the FlexiPages that place the MA
// components, and the Japanese translations of the app and the tab. The
// component names and their targets must match the components' js-meta.xml
// (checked by test/metadata.test.js).

const component = (componentName, identifier, properties = []) => ({
  componentInstance: {
    componentInstanceProperties: properties.map(([name, value]) => ({ name, value })),
    componentName,
    identifier,
  },
});

// Shown only to users holding a custom permission (the page's own filter; the
// org's object and field permissions still decide what they may write).
const forPermission = (item, customPermission) => ({
  componentInstance: {
    ...item.componentInstance,
    visibilityRule: {
      criteria: { leftValue: `{!$Permission.CustomPermission.${customPermission}}`, operator: 'EQUAL', rightValue: 'true' },
    },
  },
});

// The suggested scoring model is for the program's admins.
const suggestion = () => forPermission(component('maSuggestion', 'c_maSuggestion'), 'MA_Manage_Programs');

const region = (name, items) => ({ itemInstances: items, name, type: 'Region' });

// One related list by its child relationship name (e.g. Tasks__r).
const relatedList = (parentObject, relationship, identifier) =>
  component('force:relatedListSingleContainer', identifier, [
    ['parentFieldApiName', `${parentObject}.Id`],
    ['relatedListApiName', relationship],
    ['relatedListComponentOverride', 'NONE'],
    ['rowsToDisplay', '10'],
    ['showActionBar', 'true'],
  ]);

const highlights = component('force:highlightsPanel', 'forceHighlightsPanel', [
  ['collapsed', 'false'],
  ['hideChatterActions', 'false'],
]);

const recordPage = ({ name, label, sobjectType, main, sidebar }) => ({
  name,
  sobjectType,
  entries: [
    ['flexiPageRegions', [region('header', [highlights]), region('main', main), region('sidebar', sidebar)]],
    ['masterLabel', label],
    ['sobjectType', sobjectType],
    ['template', { name: 'flexipage:recordHomeTemplateDesktop' }],
    ['type', 'RecordPage'],
  ],
});

const homePage = {
  name: 'MA_Maturity_Home',
  entries: [
    [
      'flexiPageRegions',
      [
        region('main', [
          component('maDiagnosis', 'c_maDiagnosis'),
          component('maPlan', 'c_maPlan'),
          component('maDefinitions', 'c_maDefinitions'),
          suggestion(),
          component('maFunnel', 'c_maFunnel'),
        ]),
      ],
    ],
    ['masterLabel', 'MA Maturity Home'],
    ['template', { name: 'flexipage:defaultAppHomeTemplate' }],
    ['type', 'AppPage'],
  ],
};

const programPage = recordPage({
  name: 'MA_Program_Record_Page',
  label: 'MA Program Record Page',
  sobjectType: 'MA_Program__c',
  main: [
    component('maDiagnosis', 'c_maDiagnosis'),
    component('maPlan', 'c_maPlan'),
    component('maDefinitions', 'c_maDefinitions'),
    suggestion(),
    component('force:detailPanel', 'forceDetailPanel'),
  ],
  sidebar: [
    relatedList('MA_Program__c', 'Tasks__r', 'relatedTasks'),
    relatedList('MA_Program__c', 'Diagnoses__r', 'relatedDiagnoses'),
    relatedList('MA_Program__c', 'Definition_Sets__r', 'relatedDefinitionSets'),
  ],
});

const leadScorePage = (sobjectType) =>
  recordPage({
    name: `MA_${sobjectType}_Record_Page`,
    label: `MA ${sobjectType} Record Page`,
    sobjectType,
    main: [
      component('force:detailPanel', 'forceDetailPanel'),
      component('force:relatedListContainer', 'forceRelatedListContainer', [['relatedListComponentOverride', 'NONE']]),
    ],
    sidebar: [component('maLeadScore', 'c_maLeadScore')],
  });

const flexiPages = [homePage, programPage, leadScorePage('Lead'), leadScorePage('Contact')];

const homeTab = {
  name: 'MA_Maturity_Home',
  label: { en: 'MA Maturity', ja: 'MA 成熟度' },
  entries: [
    ['description', 'Diagnosis, plan, definitions and funnel of the MA maturity programs.'],
    ['flexiPage', 'MA_Maturity_Home'],
    ['label', 'MA Maturity'],
    ['motif', 'Custom39: Telescope'],
  ],
};

// Record pages of the standard objects are assigned inside this app only, so
// the org's own Lead and Contact pages stay as they are elsewhere.
const appOverride = (page) => ({
  actionName: 'View',
  content: page.name,
  formFactor: 'Large',
  skipRecordTypeSelect: 'false',
  type: 'Flexipage',
  pageOrSobjectType: page.sobjectType,
});

const app = {
  name: 'MA_Maturity',
  label: { en: 'MA Maturity', ja: 'MA 成熟度' },
  entries: [
    ['actionOverrides', [appOverride(flexiPages[2]), appOverride(flexiPages[3])]],
    ['brand', { headerColor: '#0B5CAB', shouldOverrideOrgTheme: 'false' }],
    [
      'description',
      'MA maturity inside the CRM: diagnosis, implementation plan as tasks, MQL/SAL/SQL definitions signed by marketing, inside sales and sales, lead score and handoff SLA, funnel KPIs.',
    ],
    ['formFactors', 'Large'],
    ['isNavAutoTempTabsDisabled', 'false'],
    ['isNavPersonalizationDisabled', 'false'],
    ['isNavTabPersistenceDisabled', 'false'],
    ['label', 'MA Maturity'],
    ['navType', 'Standard'],
    [
      'tabs',
      ['MA_Maturity_Home', 'MA_Program__c', 'MA_Diagnosis__c', 'MA_Task__c', 'MA_Definition_Set__c', 'MA_Sign_Off__c', 'standard-Lead', 'standard-Contact'],
    ],
    ['uiType', 'Lightning'],
  ],
};

const translationsJa = [
  ['customApplications', { label: app.label.ja, name: app.name }],
  ['customTabs', { label: homeTab.label.ja, name: homeTab.name }],
];

module.exports = { app, homeTab, flexiPages, translationsJa };
