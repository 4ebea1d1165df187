// How the level and the checks moved over past diagnoses (LineChart with dated,
// labelled axes), and the same points as a table for screen readers.
import { Flex, Heading, LineChart, Table, TableBody, TableCell, TableHead, TableHeader, TableRow, Text } from '@hubspot/ui-extensions';
import { t, type Diagnosis, type Lang } from './core';
import { chrome } from './chrome';
import { formatDate } from './format';

export function DiagnosisHistory({ diagnosis, lang }: { diagnosis: Diagnosis; lang: Lang }) {
  const { trend } = diagnosis;
  const levelName = t(lang, 'figure.level');
  const checkedName = t(lang, 'figure.checkedCount');
  return (
    <Flex direction="column" gap="sm">
      <Heading>{chrome(lang, 'diag.history')}</Heading>
      {trend && trend.points.length > 1 ? (
        <>
          <LineChart
            testId="diag-trend"
            data={trend.points.flatMap((p) => [
              { takenAt: formatDate(p.takenAt, lang), value: p.level, metric: levelName },
              { takenAt: formatDate(p.takenAt, lang), value: p.checkedCount, metric: checkedName },
            ])}
            axes={{
              x: { field: 'takenAt', fieldType: 'category', label: chrome(lang, 'diag.takenAt') },
              y: { field: 'value', fieldType: 'linear', label: chrome(lang, 'diag.trendAxis') },
              options: { groupFieldByColor: 'metric' },
            }}
            options={{ title: chrome(lang, 'diag.trendTitle'), showDataLabels: true, showLegend: true }}
          />
          <Table bordered density="condensed" testId="diag-trend-table">
            <TableHead>
              <TableRow>
                <TableHeader>{chrome(lang, 'diag.takenAt')}</TableHeader>
                <TableHeader align="right">{levelName}</TableHeader>
                <TableHeader align="right">{checkedName}</TableHeader>
              </TableRow>
            </TableHead>
            <TableBody>
              {trend.points.map((p) => (
                <TableRow key={p.takenAt}>
                  <TableCell>{formatDate(p.takenAt, lang)}</TableCell>
                  <TableCell align="right">{String(p.level)}</TableCell>
                  <TableCell align="right">{String(p.checkedCount)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <Text testId="diag-trend-change">
            {chrome(lang, 'diag.trendChange', {
              change: trend.levelChange > 0 ? `+${trend.levelChange}` : String(trend.levelChange),
              gained: trend.gained.join(', ') || '—',
              lost: trend.lost.join(', ') || '—',
            })}
          </Text>
        </>
      ) : (
        <Text testId="diag-no-history">{chrome(lang, 'diag.noHistory')}</Text>
      )}
    </Flex>
  );
}
