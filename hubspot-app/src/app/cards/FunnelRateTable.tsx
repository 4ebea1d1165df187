// The funnel per month or per definition version as a table too: charts are
// not read by screen readers, a table is. Same columns for both breakdowns.
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@hubspot/ui-extensions';
import { formatRate, t, type KpiFigures, type Lang } from './core';


export interface RateSection {
  /** Used in test ids: the month (`2026-10`) or the version (`v2`). */
  key: string;
  name: string;
  figures: KpiFigures;
}

export function FunnelRateTable({ sections, firstColumn, testId, lang }: { sections: RateSection[]; firstColumn: string; testId: string; lang: Lang }) {
  return (
    <Table bordered density="condensed" testId={`${testId}-table`}>
      <TableHead>
        <TableRow>
          <TableHeader>{firstColumn}</TableHeader>
          <TableHeader align="right">{t(lang, 'kpi.mql')}</TableHeader>
          <TableHeader align="right">{t(lang, 'kpi.sql')}</TableHeader>
          <TableHeader align="right">{t(lang, 'kpi.mqlToSqlRate')}</TableHeader>
          <TableHeader align="right">{t(lang, 'kpi.opportunityRate')}</TableHeader>
          <TableHeader align="right">{t(lang, 'kpi.winRate')}</TableHeader>
          <TableHeader align="right">{t(lang, 'kpi.slaCompliance')}</TableHeader>
        </TableRow>
      </TableHead>
      <TableBody>
        {sections.map(({ key, name, figures: f }) => (
          <TableRow key={key}>
            <TableCell>{name}</TableCell>
            <TableCell align="right">{String(f.mql)}</TableCell>
            <TableCell align="right">{String(f.sql)}</TableCell>
            <TableCell align="right">{formatRate(f.mqlToSqlRate)}</TableCell>
            <TableCell align="right" testId={`${testId}-opportunity-${key}`}>
              {formatRate(f.opportunityRate)}
            </TableCell>
            <TableCell align="right" testId={`${testId}-win-${key}`}>
              {formatRate(f.winRate)}
            </TableCell>
            <TableCell align="right" testId={`${testId}-sla-${key}`}>
              {formatRate(f.slaCompliance)}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
