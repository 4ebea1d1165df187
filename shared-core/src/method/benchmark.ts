// Where a level sits in the figures the seed cites, with their source and caveat.
import { t, type Lang } from '../i18n';
import type { Level } from './levels';

export type BenchmarkBand = '0-1' | '2-3' | '4+';

/** FY2025 survey of Japanese companies' DX/MA maturity, as the seed cites it. */
export const BENCHMARK_SHARES: Readonly<Record<BenchmarkBand, number>> = { '0-1': 40, '2-3': 45, '4+': 15 };
/** B2B MA maturity average, as the seed cites it. */
export const AVERAGE_B2B_LEVEL = 2.5;

export interface Benchmark {
  level: Level;
  band: BenchmarkBand;
  /** Percent of Japanese companies in the band. */
  shareOfCompanies: number;
  averageB2B: number;
  comparedToAverage: 'above' | 'below';
  position: string;
  notes: string[];
  source: string;
  caveat: string;
}

export function bandOf(level: Level): BenchmarkBand {
  if (level <= 1) return '0-1';
  return level <= 3 ? '2-3' : '4+';
}

export function benchmarkFor(level: Level, lang: Lang): Benchmark {
  const band = bandOf(level);
  // Levels are whole numbers, so never equal to the 2.5 average.
  const comparedToAverage = level > AVERAGE_B2B_LEVEL ? 'above' : 'below';
  return {
    level,
    band,
    shareOfCompanies: BENCHMARK_SHARES[band],
    averageB2B: AVERAGE_B2B_LEVEL,
    comparedToAverage,
    position: t(lang, 'benchmark.position', {
      level,
      band: t(lang, `benchmark.band.${band}`),
      share: BENCHMARK_SHARES[band],
      average: AVERAGE_B2B_LEVEL,
      comparison: t(lang, `benchmark.comparison.${comparedToAverage}`),
    }),
    notes: band === '2-3' ? [t(lang, 'benchmark.note.2-3')] : [],
    source: t(lang, 'benchmark.source'),
    caveat: t(lang, 'benchmark.caveat'),
  };
}
