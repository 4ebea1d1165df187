// A diagnosis: from answers (or several respondents) to level, gaps,
// contradictions, failure patterns, benchmark and trend. Pure: the caller
// passes `asOf`; the result is plain JSON.
import { z } from '../zod';
import { InstantSchema } from '../dates';
import type { Lang } from '../i18n';
import type { Role } from '../roles';
import { fail, ok, parseWith, type Issue, type Result } from '../result';
import {
  checkedItems,
  consensusOf,
  normaliseAnswers,
  unansweredItems,
  uncheckedItems,
  type Alignment,
  type AnswerSet,
} from './answers';
import { unlockOrder, type ItemNumber } from './checklist';
import { consistentItems, findContradictions, type Contradiction } from './contradictions';
import { detectFailurePatterns, type FailurePattern } from './failure-patterns';
import { benchmarkFor, type Benchmark } from './benchmark';
import { trendOf, type Trend } from './trend';
import { profileOf, weakestAxisOf, type Profile, type WeakestAxis } from './profile';
import { DiagnosisInputSchema, answersOf } from './input';
import { LangOptionSchema } from './lang';
import { LEVEL_THRESHOLDS, TOP_LEVEL, levelForCount, levelInfo, type Level } from './levels';

export const DiagnoseOptionsSchema = z.object({
  asOf: InstantSchema,
  lang: LangOptionSchema,
});
export interface DiagnoseOptions {
  asOf: string | Date;
  lang?: Lang;
}

export interface Diagnosis {
  asOf: string;
  lang: Lang;
  level: Level;
  levelName: string;
  checkedCount: number;
  nextLevel: Level | null;
  nextLevelName: string | null;
  checksToNextLevel: number | null;
  checked: ItemNumber[];
  /** Unchecked items, those that unlock the next level first (lower level band, then the seed's order). */
  gaps: ItemNumber[];
  unanswered: ItemNumber[];
  /** The answers the figures describe (the consensus when there are respondents). */
  answers: AnswerSet;
  contradictions: Contradiction[];
  /** Level counting only checked items whose prerequisites are all checked. */
  effectiveLevel: Level;
  /** False while item 1 (an MA tool) is unchecked: patterns are then not assessed. */
  failurePatternsAssessed: boolean;
  failurePatterns: FailurePattern[];
  benchmark: Benchmark;
  /** The seed's three axes on these answers, in the order process, data, automation. */
  profile: Profile;
  /** The axis to work on first (lowest share; see weakestAxisOf for ties); null when every item is checked. */
  weakestAxis: WeakestAxis | null;
  trend?: Trend;
  respondentCount?: number;
  byRole?: Partial<Record<Role, Level>>;
  roleAnswers?: Partial<Record<Role, AnswerSet>>;
  /** Each role's own (majority) answers as a profile: where the departments see the axes differently. */
  profileByRole?: Partial<Record<Role, Profile>>;
  alignment?: Alignment;
}

export function nextLevelOf(level: Level): Level | null {
  return level >= TOP_LEVEL ? null : ((level + 1) as Level);
}

/** Unchecked items in the order that unlocks the next level: level band, then the seed's order. */
export function orderGaps(unchecked: readonly ItemNumber[]): ItemNumber[] {
  return [...unchecked].sort(unlockOrder);
}

export function diagnose(input: unknown, options: DiagnoseOptions): Result<Diagnosis> {
  const opts = parseWith(DiagnoseOptionsSchema, options);
  if (!opts.ok) return opts;
  const parsed = parseWith(DiagnosisInputSchema, input);
  if (!parsed.ok) return parsed;
  const { asOf, lang } = opts.value;
  const data = parsed.value;
  const history = data.history ?? [];

  const late: Issue[] = history.flatMap((entry, index) =>
    entry.takenAt > asOf
      ? [{ path: `history[${index}].takenAt`, code: 'after_as_of', message: `is after the diagnosis date ${new Date(asOf).toISOString().slice(0, 10)}` }]
      : [],
  );
  if (late.length > 0) return fail(late);

  const consensus = data.respondents ? consensusOf(data.respondents) : null;
  const answers = normaliseAnswers(consensus ? consensus.answers : (data.answers ?? {}));
  const checked = checkedItems(answers);
  const level = levelForCount(checked.length);
  const nextLevel = nextLevelOf(level);
  const profile = profileOf(answers);
  const pastDiagnoses = history.map((entry) => ({ takenAt: entry.takenAt, answers: answersOf(entry) }));

  const diagnosis: Diagnosis = {
    asOf: new Date(asOf).toISOString(),
    lang,
    level,
    levelName: levelInfo(level, lang).name,
    checkedCount: checked.length,
    nextLevel,
    nextLevelName: nextLevel === null ? null : levelInfo(nextLevel, lang).name,
    checksToNextLevel: nextLevel === null ? null : LEVEL_THRESHOLDS[nextLevel] - checked.length,
    checked,
    gaps: orderGaps(uncheckedItems(answers)),
    unanswered: unansweredItems(answers),
    answers,
    contradictions: findContradictions(answers, lang),
    effectiveLevel: levelForCount(consistentItems(answers).length),
    failurePatternsAssessed: answers['1'] === true,
    failurePatterns: detectFailurePatterns(
      {
        answers,
        level,
        asOf,
        history: pastDiagnoses.map((p) => ({ takenAt: p.takenAt, level: levelForCount(checkedItems(p.answers).length) })),
      },
      lang,
    ),
    benchmark: benchmarkFor(level, lang, answers),
    profile,
    weakestAxis: weakestAxisOf(profile, answers),
  };
  if (pastDiagnoses.length > 0) diagnosis.trend = trendOf(pastDiagnoses, { takenAt: asOf, answers });
  if (consensus && data.respondents) {
    diagnosis.respondentCount = data.respondents.length;
    diagnosis.byRole = consensus.byRole;
    diagnosis.roleAnswers = consensus.roleAnswers;
    diagnosis.profileByRole = Object.fromEntries(
      Object.entries(consensus.roleAnswers).map(([role, own]) => [role, profileOf(own)]),
    ) as Partial<Record<Role, Profile>>;
    diagnosis.alignment = consensus.alignment;
  }
  return ok(diagnosis);
}
