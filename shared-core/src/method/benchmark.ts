// Where a level sits in the figures the seed cites, with their source and caveat.
import { t, type Lang, type MessageKey } from '../i18n';
import { isChecked, type AnswerSet } from './answers';
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

/**
 * The seed's other figures, shown where they speak to these answers: the
 * 70% at level 2-3, half of adopters not using scoring, and the one MA/SFA
 * case (with its own caveat, since it is a single company).
 */
function notesFor(band: BenchmarkBand, answers: AnswerSet | undefined): MessageKey[] {
  const notes: MessageKey[] = [];
  if (band === '2-3') notes.push('benchmark.note.2-3');
  if (answers && !(isChecked(answers, 5) && isChecked(answers, 6))) notes.push('benchmark.note.scoring');
  if (answers && !isChecked(answers, 8)) notes.push('benchmark.note.ma-sfa-case');
  return notes;
}

export function benchmarkFor(level: Level, lang: Lang, answers?: AnswerSet): Benchmark {
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
    notes: notesFor(band, answers).map((key) => t(lang, key)),
    source: t(lang, 'benchmark.source'),
    caveat: t(lang, 'benchmark.caveat'),
  };
}
