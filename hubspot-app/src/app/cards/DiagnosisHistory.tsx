// How the level moved over past diagnoses (LineChart), and where the company
// sits against the seed's survey figures (with their caveat).
import { DescriptionList, DescriptionListItem, Flex, Heading, LineChart, Text } from '@hubspot/ui-extensions';
import { t, type Diagnosis, type Lang } from './core';
import { chrome } from './chrome';
import { formatDay } from './format';

export function DiagnosisHistory({ diagnosis, lang }: { diagnosis: Diagnosis; lang: Lang }) {
  const { benchmark, trend } = diagnosis;
  const levelLabel = t(lang, 'figure.level');
  return (
    <Flex direction="column" gap="sm">
      <Heading>{chrome(lang, 'diag.benchmark')}</Heading>
      <DescriptionList testId="diag-benchmark" direction="row">
        <DescriptionListItem label={chrome(lang, 'diag.benchmarkBand')}>
          <Text>{`${benchmark.band} (${benchmark.shareOfCompanies}%)`}</Text>
        </DescriptionListItem>
        <DescriptionListItem label={chrome(lang, 'diag.benchmarkAverage')}>
          <Text>{String(benchmark.averageB2B)}</Text>
        </DescriptionListItem>
      </DescriptionList>
      <Text>{benchmark.position}</Text>
      <Text variant="microcopy">{`${benchmark.source} ${benchmark.caveat}`}</Text>
      <Heading>{chrome(lang, 'diag.history')}</Heading>
      {trend && trend.points.length > 1 ? (
        <>
          <LineChart
            testId="diag-trend"
            data={trend.points.map((p) => ({ takenAt: formatDay(p.takenAt), level: p.level }))}
            axes={{
              x: { field: 'takenAt', fieldType: 'category', label: chrome(lang, 'diag.takenAt') },
              y: { field: 'level', fieldType: 'linear', label: levelLabel },
            }}
            options={{ title: chrome(lang, 'diag.trendTitle'), showDataLabels: true }}
          />
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
