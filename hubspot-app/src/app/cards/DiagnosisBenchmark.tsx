// Where the company stands on the seed's 0-5 scale beside the B2B average, and
// the survey's bands (40 % / 45 % / 15 %) with its own band marked; the table
// says the same for screen readers (charts are images to them).
import {
  BarChart,
  DescriptionList,
  DescriptionListItem,
  Flex,
  Heading,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
  Text,
} from '@hubspot/ui-extensions';
import { BENCHMARK_SHARES, t, type Diagnosis, type Lang } from './core';
import { chrome } from './chrome';

type Band = keyof typeof BENCHMARK_SHARES;

export function DiagnosisBenchmark({ diagnosis, lang }: { diagnosis: Diagnosis; lang: Lang }) {
  const { benchmark, level } = diagnosis;
  const bands = (Object.keys(BENCHMARK_SHARES) as Band[]).map((band) => ({
    band,
    name: t(lang, `benchmark.band.${band}`),
    share: BENCHMARK_SHARES[band],
    mine: band === benchmark.band,
  }));
  const yours = chrome(lang, 'diag.yourBand', { level });
  const others = chrome(lang, 'diag.otherBand');
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
      <BarChart
        testId="diag-level-chart"
        data={[
          { who: chrome(lang, 'diag.yourLevel'), level },
          { who: chrome(lang, 'diag.averageLevel'), level: benchmark.averageB2B },
        ]}
        axes={{
          x: { field: 'who', fieldType: 'category', label: chrome(lang, 'diag.yourLevel') },
          y: { field: 'level', fieldType: 'linear', label: chrome(lang, 'diag.levelAxis') },
        }}
        options={{ title: chrome(lang, 'diag.levelChart'), showDataLabels: true }}
      />
      <BarChart
        testId="diag-benchmark-chart"
        data={bands.map((b) => ({ band: b.name, share: b.share, group: b.mine ? yours : others }))}
        axes={{
          x: { field: 'band', fieldType: 'category', label: chrome(lang, 'diag.band') },
          y: { field: 'share', fieldType: 'linear', label: chrome(lang, 'diag.share') },
          options: { groupFieldByColor: 'group', colors: { [yours]: 'darkBlue', [others]: 'aqua' } },
        }}
        options={{ title: chrome(lang, 'diag.benchmarkChart'), showDataLabels: true, showLegend: true }}
      />
      <Table bordered density="condensed" testId="diag-benchmark-table">
        <TableHead>
          <TableRow>
            <TableHeader>{chrome(lang, 'diag.band')}</TableHeader>
            <TableHeader align="right">{chrome(lang, 'diag.share')}</TableHeader>
            <TableHeader>{chrome(lang, 'diag.yourLevel')}</TableHeader>
          </TableRow>
        </TableHead>
        <TableBody>
          {bands.map((b) => (
            <TableRow key={b.band}>
              <TableCell>{b.name}</TableCell>
              <TableCell align="right" testId={`diag-band-share-${b.band}`}>{`${b.share}%`}</TableCell>
              <TableCell>{b.mine ? yours : ''}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Text variant="microcopy">{`${benchmark.source} ${benchmark.caveat}`}</Text>
    </Flex>
  );
}
