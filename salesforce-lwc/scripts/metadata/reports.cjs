'use strict';
// Salesforce's own reporting over the MA data: custom report types over Lead
// and Contact (their MA_* fields) and over MA_Task__c, the reports the issue
// names, and the dashboard 「MAファネル」 built from them, in a report folder
// and a dashboard folder every internal user can see (records and fields stay
// behind the permission sets' object and field access). Rendered like the
// pages: entries of elements in the Metadata API's (alphabetical) order.
// Report and dashboard names cannot be translated on the platform, so they
// carry both languages; report types are translated in ja.translation-meta.xml.

const { standardObjects, objects } = require('./model.cjs');

const REPORT_FOLDER = 'MA_Funnel_Reports';
const DASHBOARD_FOLDER = 'MA_Funnel_Dashboards';

const fieldsOf = (apiName) => [...standardObjects, ...objects].find((o) => o.apiName === apiName).fields.map((f) => f.apiName);

// ---- report types ----

const column = (table, field, checked = true) => ({ checkedByDefault: String(checked), field, table });

const reportTypeDefs = [
  {
    name: 'MA_Leads',
    baseObject: 'Lead',
    category: 'leads',
    label: { en: 'MA Leads (Funnel)', ja: 'MAリード(ファネル)' },
    description: {
      en: 'Leads with their MA handoff dates, reject reason, definition version and score: MQL, SAL, SQL, opportunity and won by month, source and definition version.',
      ja: 'MAの引き渡し日時・差し戻し理由・定義バージョン・スコアを持つリード。MQL・SAL・SQL・商談・受注を月、ソース、定義バージョンごとに集計します。',
    },
    standardFields: ['Name', 'Company', 'LeadSource', 'Status', 'CreatedDate'],
    section: { en: 'Lead and MA funnel', ja: 'リードとMAファネル' },
  },
  {
    name: 'MA_Contacts',
    baseObject: 'Contact',
    category: 'accounts',
    label: { en: 'MA Contacts (Funnel)', ja: 'MA取引先責任者(ファネル)' },
    description: {
      en: 'Contacts with their MA handoff dates, reject reason, definition version and score.',
      ja: 'MAの引き渡し日時・差し戻し理由・定義バージョン・スコアを持つ取引先責任者。',
    },
    standardFields: ['Name', 'LeadSource', 'CreatedDate'],
    section: { en: 'Contact and MA funnel', ja: '取引先責任者とMAファネル' },
  },
  {
    name: 'MA_Tasks',
    baseObject: 'MA_Task__c',
    category: 'other',
    label: { en: 'MA Plan Tasks', ja: 'MA実装計画タスク' },
    description: {
      en: 'The implementation plan tasks of the MA programs: transition, owner department, status and due date.',
      ja: 'MAプログラムの実装計画タスク。移行、担当部門、状況、期日。',
    },
    standardFields: ['Name', 'CreatedDate'],
    section: { en: 'MA plan task', ja: 'MA実装計画タスク' },
  },
];

const reportTypes = reportTypeDefs.map((t) => ({
  name: t.name,
  baseObject: t.baseObject,
  section: t.section,
  columns: [...t.standardFields, ...fieldsOf(t.baseObject)],
  entries: [
    ['baseObject', t.baseObject],
    ['category', t.category],
    ['deployed', 'true'],
    ['description', t.description.en],
    ['label', t.label.en],
    ['sections', { columns: [...t.standardFields, ...fieldsOf(t.baseObject)].map((f) => column(t.baseObject, f)), masterLabel: t.section.en }],
  ],
}));

// ---- reports ----

const grouping = (field, dateGranularity = 'Day') => ({ dateGranularity, field, sortOrder: 'Asc' });
const criteria = (column, operator, value) => ({ column, columnToColumn: 'false', isUnlocked: 'true', operator, value });
const chart = ({ type, grouping: groupingColumn, secondary, summaries = [{ axisBinding: 'y', column: 'RowCount' }], title }) => ({
  chartSummaries: summaries,
  chartType: type,
  enableHoverLabels: 'true',
  expandOthers: 'true',
  groupingColumn,
  legendPosition: 'Right',
  location: 'CHART_TOP',
  secondaryGroupingColumn: secondary,
  showAxisLabels: 'true',
  showPercentage: 'false',
  showTotal: 'false',
  showValues: 'true',
  size: 'Medium',
  summaryAxisRange: 'Auto',
  textColor: '#000000',
  textSize: '12',
  title,
  titleColor: '#000000',
  titleSize: '18',
});
const columns = (...fields) => fields.map((f) => (typeof f === 'string' ? { field: f } : f));
const sum = (field) => ({ aggregateTypes: 'Sum', field });
const rate = (developerName, en, ja, numerator, denominator) => ({
  calculatedFormula: `IF(${denominator}:SUM > 0, ${numerator}:SUM / ${denominator}:SUM, NULL)`,
  datatype: 'percent',
  description: `${ja}: ${numerator} / ${denominator}, as the core's funnelKpis computes it.`,
  developerName,
  downGroupingContext: 'GRAND_SUMMARY',
  isActive: 'true',
  isCrossBlock: 'false',
  masterLabel: `${ja} (${en})`,
  scale: '1',
});

/**
 * A report's elements in the Metadata API's order. Every report is summarised
 * (no detail rows unless `details`), totals shown, over all time of `dateColumn`.
 */
const report = (r) => [
  ['aggregates', r.aggregates],
  ['buckets', r.buckets],
  ['chart', r.chart],
  ['columns', r.columns],
  ['description', r.description],
  ['filter', r.filter && { criteriaItems: r.filter }],
  ['format', r.format],
  ['groupingsAcross', r.across && grouping(...r.across)],
  ['groupingsDown', grouping(...r.down)],
  ['name', r.name],
  ['reportType', `${r.reportType}__c`],
  ['scope', r.scope],
  ['showDetails', String(Boolean(r.details))],
  ['showGrandTotal', 'true'],
  ['showSubTotals', 'true'],
  ['timeFrameFilter', { dateColumn: r.dateColumn, interval: 'INTERVAL_CUSTOM' }],
];

const reportDefs = [
  {
    name: 'MA_MQL_By_Month_And_Source',
    entries: report({
      chart: chart({ type: 'VerticalColumnStacked', grouping: 'Lead$MA_MQL_At__c', secondary: 'Lead$LeadSource', title: '月別・ソース別のMQL' }),
      columns: columns('Lead$Name', 'Lead$Company', 'Lead$MA_Definition_Version__c'),
      description: 'MQLs per month of MQL and lead source (月別・ソース別のMQL件数). Counts leads whose MQL date is set.',
      filter: criteria('Lead$MA_MQL_Count__c', 'equals', '1'),
      format: 'Matrix',
      across: ['Lead$LeadSource'],
      down: ['Lead$MA_MQL_At__c', 'Month'],
      name: '月別・ソース別MQL (MQL by Month/Source)',
      reportType: 'MA_Leads',
      dateColumn: 'Lead$MA_MQL_At__c',
    }),
  },
  {
    name: 'MA_Rates_By_Definition_Version',
    entries: report({
      aggregates: [
        rate('FORMULA1', 'Opportunity Rate', '商談化率', 'Lead.MA_Opportunity_Count__c', 'Lead.MA_MQL_Count__c'),
        rate('FORMULA2', 'Win Rate', '受注率', 'Lead.MA_Won_Count__c', 'Lead.MA_Opportunity_Count__c'),
      ],
      chart: chart({
        type: 'VerticalColumn',
        grouping: 'Lead$MA_Definition_Version__c',
        summaries: [
          { axisBinding: 'y', column: 'FORMULA1' },
          { axisBinding: 'y', column: 'FORMULA2' },
        ],
        title: '定義バージョン別の商談化率・受注率',
      }),
      columns: columns(sum('Lead$MA_MQL_Count__c'), sum('Lead$MA_Opportunity_Count__c'), sum('Lead$MA_Won_Count__c')),
      description: '商談化率 (opportunities / MQLs) and 受注率 (won / opportunities) per MQL definition version, so the effect of a definition change shows.',
      filter: criteria('Lead$MA_Definition_Version__c', 'notEqual', ''),
      format: 'Summary',
      down: ['Lead$MA_Definition_Version__c'],
      name: '定義バージョン別 商談化率・受注率 (Rates by Version)',
      reportType: 'MA_Leads',
      dateColumn: 'Lead$MA_MQL_At__c',
    }),
  },
  {
    name: 'MA_SLA_Compliance',
    entries: report({
      buckets: {
        bucketType: 'number',
        developerName: 'BucketField_SLA',
        masterLabel: '初回対応のSLA (First-touch SLA)',
        // The program's agreed SLA, as the engine dated it on each record: 1 met, 0 breached;
        // MQLs whose clock still runs are blank, their own group.
        nullTreatment: 'n',
        sourceColumnName: 'Lead$MA_First_Touch_SLA_Met__c',
        values: [
          { sourceValues: { to: '0' }, value: 'SLA超過 (Breached)' },
          { sourceValues: { from: '0' }, value: 'SLA内 (Within SLA)' },
        ],
      },
      chart: chart({ type: 'VerticalColumnStacked100', grouping: 'Lead$MA_MQL_At__c', secondary: 'BucketField_SLA', title: '月別のSLA遵守' }),
      columns: columns(
        'Lead$Name',
        'Lead$MA_First_Touch_At__c',
        'Lead$MA_First_Touch_Due_At__c',
        { aggregateTypes: 'Average', field: 'Lead$MA_First_Touch_SLA_Met__c' },
        { aggregateTypes: 'Average', field: 'Lead$MA_First_Touch_Minutes__c' },
      ),
      description:
        "MQLs per month by whether the first touch came within the program's agreed SLA (初回対応のSLA遵守), as the engine dated each MQL's due time; the average of First Touch within SLA is the compliance rate.",
      filter: criteria('Lead$MA_MQL_Count__c', 'equals', '1'),
      format: 'Matrix',
      across: ['BucketField_SLA'],
      down: ['Lead$MA_MQL_At__c', 'Month'],
      name: '月別SLA遵守 (SLA Compliance by Month)',
      reportType: 'MA_Leads',
      dateColumn: 'Lead$MA_MQL_At__c',
    }),
  },
  {
    name: 'MA_Rejections_By_Reason',
    entries: report({
      chart: chart({ type: 'HorizontalBar', grouping: 'Lead$MA_Reject_Reason__c', title: '理由別のSAL差し戻し' }),
      columns: columns('Lead$Name', 'Lead$Company', 'Lead$MA_SAL_Rejected_At__c', 'Lead$MA_Definition_Version__c'),
      description: 'Leads inside sales rejected, per reject reason id of the handoff rules (理由別のSAL差し戻し).',
      filter: criteria('Lead$MA_SAL_Rejected_At__c', 'notEqual', ''),
      format: 'Summary',
      down: ['Lead$MA_Reject_Reason__c'],
      name: '理由別SAL差し戻し (Rejections by Reason)',
      reportType: 'MA_Leads',
      details: true,
      dateColumn: 'Lead$MA_SAL_Rejected_At__c',
    }),
  },
  {
    name: 'MA_Open_Tasks_By_Department',
    entries: report({
      chart: chart({ type: 'Donut', grouping: 'MA_Task__c$Owner_Role__c', title: '担当部門別の未完了タスク' }),
      columns: columns('MA_Task__c$Name', 'MA_Task__c$Transition__c', 'MA_Task__c$Status__c', 'MA_Task__c$Due_Date__c', 'MA_Task__c$Program__c'),
      description: 'Plan tasks not yet done, per owner department (担当部門別の未完了タスク), with status and due date.',
      filter: criteria('MA_Task__c$Status__c', 'notEqual', 'Done'),
      format: 'Summary',
      down: ['MA_Task__c$Owner_Role__c'],
      name: '部門別の未完了タスク (Open Tasks by Department)',
      reportType: 'MA_Tasks',
      scope: 'organization',
      details: true,
      dateColumn: 'MA_Task__c$Due_Date__c',
    }),
  },
];

const reports = reportDefs.map((r) => ({ name: r.name, folder: REPORT_FOLDER, entries: r.entries }));

// ---- folders and the dashboard ----

// Every internal user may view; what a report shows still depends on the
// viewer's object and field access (the MA permission sets grant it).
const viewShare = { accessLevel: 'View', sharedTo: 'AllInternalUsers', sharedToType: 'Group' };

const reportFolder = {
  name: REPORT_FOLDER,
  entries: [
    ['folderShares', viewShare],
    ['name', 'MAファネル (MA Funnel)'],
  ],
};

const dashboardFolder = {
  name: DASHBOARD_FOLDER,
  entries: [
    ['folderShares', viewShare],
    ['name', 'MAファネル (MA Funnel)'],
  ],
};

const tile = ({ report, header, componentType }, { col, row, colSpan = 6, rowSpan = 8 }) => ({
  colSpan: String(colSpan),
  columnIndex: String(col),
  dashboardComponent: {
    autoselectColumnsFromReport: 'true',
    componentType,
    header,
    report: `${REPORT_FOLDER}/${report}`,
    useReportChart: 'true',
  },
  rowIndex: String(row),
  rowSpan: String(rowSpan),
});

const dashboards = [
  {
    name: 'MA_Funnel',
    folder: DASHBOARD_FOLDER,
    entries: [
      ['backgroundEndColor', '#FFFFFF'],
      ['backgroundFadeDirection', 'Diagonal'],
      ['backgroundStartColor', '#FFFFFF'],
      [
        'dashboardGridLayout',
        {
          dashboardGridComponents: [
            tile({ report: 'MA_MQL_By_Month_And_Source', header: '月別・ソース別のMQL (MQLs by month and source)', componentType: 'ColumnStacked' }, { col: 0, row: 0 }),
            tile({ report: 'MA_Rates_By_Definition_Version', header: '定義バージョン別の商談化率・受注率 (Rates by definition version)', componentType: 'Column' }, { col: 6, row: 0 }),
            tile({ report: 'MA_SLA_Compliance', header: '月別のSLA遵守 (SLA compliance by month)', componentType: 'ColumnStacked100' }, { col: 0, row: 8 }),
            tile({ report: 'MA_Rejections_By_Reason', header: '理由別のSAL差し戻し (Rejections by reason)', componentType: 'Bar' }, { col: 6, row: 8 }),
            tile({ report: 'MA_Open_Tasks_By_Department', header: '担当部門別の未完了タスク (Open tasks by department)', componentType: 'Donut' }, { col: 0, row: 16, colSpan: 12 }),
          ],
          numberOfColumns: '12',
          rowHeight: '36',
        },
      ],
      // Each viewer sees the data their own access allows (no running user to name in metadata).
      ['dashboardType', 'LoggedInUser'],
      ['description', 'MAファネル: MQL, 商談化率・受注率 by definition version, SLA compliance, rejections and open plan tasks.'],
      ['isGridLayout', 'true'],
      ['textColor', '#000000'],
      ['title', 'MAファネル (MA Funnel)'],
      ['titleColor', '#000000'],
      ['titleSize', '12'],
    ],
  },
];

// Japanese labels of the report types and their sections (field labels come from the field translations).
const translationsJa = [
  [
    'reportTypes',
    reportTypeDefs.map((t) => ({
      description: t.description.ja,
      label: t.label.ja,
      name: t.name,
      sections: { label: t.section.ja, name: t.section.en },
    })),
  ],
];

module.exports = { reportTypes, reports, reportFolder, dashboardFolder, dashboards, translationsJa, REPORT_FOLDER, DASHBOARD_FOLDER };
