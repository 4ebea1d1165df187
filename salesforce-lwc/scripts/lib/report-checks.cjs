'use strict';
// Offline checks of report types, reports and dashboards, which the platform
// would otherwise refuse only at deploy time (or, for a field a report type
// does not expose, show as an empty column):
// - a custom report type's base object exists, and every column's field exists
//   on the object its table names (the base object or a joined relationship);
// - a report lives in a folder that has its folder metadata, uses a report type
//   force-app defines, and every column, grouping, filter, time frame, chart,
//   bucket source and summary-formula field it names is a column of that report
//   type (`Table$Field`; formulas write `Table.Field:SUM`);
// - report names fit 40 characters and descriptions 255;
// - a dashboard lives in a folder with its metadata and shows reports that exist.
const { existsSync } = require('node:fs');
const { basename, dirname, join, relative } = require('node:path');

const FOLDER_SHARE_TYPES = new Set([
  'Group', 'Manager', 'ManagerAndSubordinatesInternal', 'Role', 'RoleAndSubordinates', 'RoleAndSubordinatesInternal',
  'Organization', 'Territory', 'TerritoryAndSubordinates', 'AllPrmUsers', 'User', 'PartnerUser', 'AllCspUsers',
  'CustomerPortalUser', 'PortalRole', 'PortalRoleAndSubordinates',
]);

/** The object a report type table names: the base object, or `Base.Rel__r[.Rel__r]` through child relationships. */
function tableObject(schema, base, table) {
  const [first, ...relationships] = String(table).split('.');
  if (first !== base) return { error: `table ${table} is not the base object ${base} or a path from it` };
  let current = base;
  for (const relationship of relationships) {
    const object = schema.objects[current];
    const child = object && object.children[relationship];
    if (!child) return { error: `table ${table}: ${relationship} is not a child relationship of ${current}` };
    current = child;
  }
  return { object: current };
}

/** The report type's columns as reports name them (`Table$Field`), and the problems of its definition. */
function readReportType(file, schema, resolvePath, list) {
  const problems = [];
  const type = file.data.ReportType || {};
  const base = type.baseObject;
  if (!schema.objects[base]) problems.push(`object ${base} is not defined`);
  const columns = new Set();
  for (const section of list(type.sections)) {
    for (const column of list(section.columns)) {
      columns.add(`${column.table}$${column.field}`);
      if (!schema.objects[base]) continue;
      const target = tableObject(schema, base, column.table);
      if (target.error) {
        problems.push(target.error);
        continue;
      }
      const error = resolvePath(schema, target.object, String(column.field).split('.'));
      if (error) problems.push(error);
    }
  }
  return { columns, problems };
}

// Names a report may use that are not report type columns.
const RESERVED = new Set(['RowCount', 'GRAND_SUMMARY']);

/** Every column name a report uses, with where it uses it. */
function reportColumns(report, list) {
  const named = [];
  const use = (value, where) => {
    if (value !== undefined && value !== null && value !== '') named.push({ name: String(value), where });
  };
  for (const c of list(report.columns)) use(c.field, 'column');
  for (const g of [...list(report.groupingsDown), ...list(report.groupingsAcross)]) use(g.field, 'grouping');
  for (const item of list(report.filter && report.filter.criteriaItems)) use(item.column, 'filter');
  if (report.timeFrameFilter) use(report.timeFrameFilter.dateColumn, 'time frame');
  if (report.chart) {
    use(report.chart.groupingColumn, 'chart');
    use(report.chart.secondaryGroupingColumn, 'chart');
    for (const s of list(report.chart.chartSummaries)) use(s.column, 'chart');
  }
  for (const b of list(report.buckets)) use(b.sourceColumnName, 'bucket');
  use(report.sortColumn, 'sort');
  for (const a of list(report.aggregates)) {
    for (const match of String(a.calculatedFormula || '').matchAll(/([A-Za-z][\w.]*)\.(\w+):[A-Z]+/g)) use(`${match[1]}$${match[2]}`, `formula ${a.developerName}`);
  }
  return named;
}

function checkReportsIn(root, { base, readXml, walk, schema, resolvePath, list }) {
  const problems = [];
  const add = (file, message) => problems.push({ file: relative(root, file), message });

  const reportTypes = {};
  for (const path of walk(join(base, 'reportTypes')).filter((p) => p.endsWith('.reportType-meta.xml'))) {
    const type = readReportType({ data: readXml(path) }, schema, resolvePath, list);
    reportTypes[basename(path, '.reportType-meta.xml')] = type;
    type.problems.forEach((message) => add(path, message));
  }

  const reportsDir = join(base, 'reports');
  const reportNames = new Set();
  for (const path of walk(reportsDir).filter((p) => p.endsWith('.report-meta.xml'))) {
    const folder = relative(reportsDir, dirname(path));
    reportNames.add(`${folder}/${basename(path, '.report-meta.xml')}`);
    if (!existsSync(join(reportsDir, `${folder}.reportFolder-meta.xml`))) add(path, `report folder ${folder} has no ${folder}.reportFolder-meta.xml`);
    const report = readXml(path).Report || {};
    if (String(report.name || '').length > 40) add(path, `report name "${report.name}" is longer than 40 characters`);
    if (String(report.description || '').length > 255) add(path, 'report description is longer than 255 characters');
    const typeName = String(report.reportType || '');
    if (!typeName.endsWith('__c')) continue; // a standard report type: its columns are the platform's
    const type = reportTypes[typeName.slice(0, -3)];
    if (!type) {
      add(path, `report type ${typeName} is not defined in reportTypes/`);
      continue;
    }
    const own = new Set([...list(report.buckets).map((b) => b.developerName), ...list(report.aggregates).map((a) => a.developerName)]);
    for (const { name, where } of reportColumns(report, list)) {
      if (RESERVED.has(name) || own.has(name)) continue;
      if (!type.columns.has(name)) add(path, `${where} ${name} is not a column of report type ${typeName}`);
    }
  }

  for (const path of walk(join(base, 'dashboards')).filter((p) => p.endsWith('.dashboard-meta.xml'))) {
    const folder = basename(dirname(path));
    if (!existsSync(join(base, 'dashboards', `${folder}.dashboardFolder-meta.xml`))) add(path, `dashboard folder ${folder} has no ${folder}.dashboardFolder-meta.xml`);
    const dashboard = readXml(path).Dashboard || {};
    const layout = dashboard.dashboardGridLayout || {};
    for (const component of list(layout.dashboardGridComponents)) {
      const report = component.dashboardComponent && component.dashboardComponent.report;
      if (report && !reportNames.has(report)) add(path, `dashboard component shows report ${report}, which does not exist`);
    }
  }

  for (const path of [...walk(reportsDir), ...walk(join(base, 'dashboards'))].filter((p) => /\.(report|dashboard)Folder-meta\.xml$/.test(p))) {
    const xml = readXml(path);
    const folder = xml.ReportFolder || xml.DashboardFolder || {};
    for (const share of list(folder.folderShares)) {
      if (!FOLDER_SHARE_TYPES.has(share.sharedToType)) add(path, `folder share type ${share.sharedToType} is not a sharing target`);
    }
  }
  return problems;
}

module.exports = { checkReportsIn, reportColumns };
