// The funnel as steps, MQL -> SAL -> SQL -> opportunity -> won, each with the
// conversion from the step before: where the funnel leaks.
import { t, type Lang } from '../../i18n';
import type { KpiFigures } from './funnel';
import { rate } from './stats';

export const FUNNEL_STAGES = ['mql', 'sal', 'sql', 'opportunity', 'won'] as const;
export type FunnelStage = (typeof FUNNEL_STAGES)[number];

export interface FunnelStep {
  stage: FunnelStage;
  /** Leads that reached this step by asOf. */
  count: number;
  /** The step before, null for MQL. */
  from: FunnelStage | null;
  /** count / the step before's count; null for MQL and when the step before has none. */
  conversion: number | null;
}

type StepCounts = Pick<KpiFigures, 'mql' | 'sal' | 'sql' | 'opportunities' | 'won'>;

export function funnelSteps(figures: StepCounts): FunnelStep[] {
  const counts: number[] = [figures.mql, figures.sal, figures.sql, figures.opportunities, figures.won];
  return FUNNEL_STAGES.map((stage, i) => {
    const count = counts[i] as number;
    const from = i === 0 ? null : (FUNNEL_STAGES[i - 1] as FunnelStage);
    return { stage, count, from, conversion: i === 0 ? null : rate(count, counts[i - 1] as number) };
  });
}

/** A step's short name: MQL, SAL, SQL, 商談, 受注. */
export function funnelStageLabel(lang: Lang, stage: FunnelStage): string {
  return t(lang, `funnel.stage.${stage}`);
}
