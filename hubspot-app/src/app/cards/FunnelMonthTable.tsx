// The monthly figures as a table too: charts are not read by screen readers,
// a table is.
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@hubspot/ui-extensions';
import { formatRate, t, type FunnelKpis, type Lang } from './core';
import { chrome } from './chrome';

export function FunnelMonthTable({ kpis, lang }: { kpis: FunnelKpis; lang: Lang }) {
  return (
    <Table bordered density="condensed" testId="kpi-month-table">
      <TableHead>
        <TableRow>
          <TableHeader>{chrome(lang, 'kpi.month')}</TableHeader>
          <TableHeader align="right">{t(lang, 'kpi.mql')}</TableHeader>
          <TableHeader align="right">{t(lang, 'kpi.sql')}</TableHeader>
          <TableHeader align="right">{t(lang, 'kpi.mqlToSqlRate')}</TableHeader>
          <TableHeader align="right">{t(lang, 'kpi.opportunityRate')}</TableHeader>
          <TableHeader align="right">{t(lang, 'kpi.winRate')}</TableHeader>
          <TableHeader align="right">{t(lang, 'kpi.slaCompliance')}</TableHeader>
        </TableRow>
      </TableHead>
      <TableBody>
        {kpis.byMonth.map((m) => (
          <TableRow key={m.month}>
            <TableCell>{m.month}</TableCell>
            <TableCell align="right">{String(m.mql)}</TableCell>
            <TableCell align="right">{String(m.sql)}</TableCell>
            <TableCell align="right">{formatRate(m.mqlToSqlRate)}</TableCell>
            <TableCell align="right">{formatRate(m.opportunityRate)}</TableCell>
            <TableCell align="right" testId={`kpi-month-win-${m.month}`}>
              {formatRate(m.winRate)}
            </TableCell>
            <TableCell align="right">{formatRate(m.slaCompliance)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
