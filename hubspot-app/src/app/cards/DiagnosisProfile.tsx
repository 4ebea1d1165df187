// The seed's three axes (組織プロセス, データ管理, 自動化度): the share of each
// axis' items in place, for the consensus and, when several departments
// answered, for each of them (the perception gap), with the axis to work on
// first. The table holds the same figures for screen readers.
import { BarChart, Flex, Heading, Table, TableBody, TableCell, TableHead, TableHeader, TableRow, Text } from '@hubspot/ui-extensions';
import { AXES, formatRate, percentValue, t, type AxisScore, type Diagnosis, type Lang, type Role } from './core';
import { chrome } from './chrome';

interface Series {
  key: string;
  name: string;
  profile: AxisScore[];
}

export function DiagnosisProfile({ diagnosis, lang }: { diagnosis: Diagnosis; lang: Lang }) {
  const byRole = diagnosis.profileByRole ?? {};
  const roles = Object.keys(byRole) as Role[];
  const series: Series[] = [{ key: 'all', name: chrome(lang, 'diag.consensus'), profile: diagnosis.profile }];
  if (roles.length > 1) roles.forEach((role) => series.push({ key: role, name: t(lang, `role.${role}`), profile: byRole[role] as AxisScore[] }));
  const axisName = (axis: string) => t(lang, `axis.${axis}`);
  const weakest = diagnosis.weakestAxis;
  return (
    <Flex direction="column" gap="sm">
      <Heading>{chrome(lang, 'diag.profile')}</Heading>
      <Text testId="diag-weakest-axis">
        {weakest
          ? t(lang, 'report.profile.weakest', {
              axis: axisName(weakest.axis),
              percent: Math.round(weakest.share * 100),
              items: weakest.items.join(lang === 'ja' ? '、' : ', '),
            })
          : t(lang, 'report.profile.complete')}
      </Text>
      <BarChart
        testId="diag-profile-chart"
        data={series.flatMap((s) => s.profile.map((a) => ({ axis: axisName(a.axis), share: percentValue(a.share) ?? 0, answeredBy: s.name })))}
        axes={{
          x: { field: 'axis', fieldType: 'category', label: chrome(lang, 'diag.axis') },
          y: { field: 'share', fieldType: 'linear', label: chrome(lang, 'diag.profileAxis') },
          options: { groupFieldByColor: 'answeredBy' },
        }}
        options={{ showLegend: series.length > 1, showDataLabels: true, showTooltips: true }}
      />
      <Table bordered density="condensed" testId="diag-profile-table">
        <TableHead>
          <TableRow>
            <TableHeader>{chrome(lang, 'diag.axis')}</TableHeader>
            {series.map((s) => (
              <TableHeader key={s.key}>{s.name}</TableHeader>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {AXES.map((axis, i) => (
            <TableRow key={axis}>
              <TableCell>{axisName(axis)}</TableCell>
              {series.map((s) => {
                const score = s.profile[i] as AxisScore;
                return (
                  <TableCell key={s.key} testId={`diag-profile-${s.key}-${axis}`}>
                    {`${score.checked}/${score.total} (${formatRate(score.share)})`}
                  </TableCell>
                );
              })}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Flex>
  );
}
