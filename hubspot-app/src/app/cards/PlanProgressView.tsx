// Progress toward the projected level: done tasks of the plan, and the level
// their checklist items give now and once every task is done; the level the
// plan goes to is the core's (planTargetLevel: a requested level already
// reached plans the next one).
import { Flex, ProgressBar, Text } from '@hubspot/ui-extensions';
import { levelInfo, planProgress, type Diagnosis, type Lang, type Plan } from './core';
import { chrome } from './chrome';

export function PlanProgressView({ plan, diagnosis, doneKeys, lang }: { plan: Plan; diagnosis: Diagnosis; doneKeys: string[]; lang: Lang }) {
  const progress = planProgress(plan, doneKeys, diagnosis);
  return (
    <Flex direction="column" gap="xs">
      <ProgressBar
        testId="plan-progress"
        title={chrome(lang, 'plan.progress', { done: progress.done, total: progress.total })}
        value={progress.percent}
        maxValue={100}
        showPercentage
        variant="success"
      />
      <Flex direction="row" gap="xs">
        <Text format={{ fontWeight: 'demibold' }}>{chrome(lang, 'plan.targetLevel')}</Text>
        <Text testId="plan-target-level">{levelInfo(plan.targetLevel, lang).label}</Text>
      </Flex>
      {plan.requestedLevel !== null && plan.requestedLevel !== plan.targetLevel ? (
        <Text testId="plan-requested" variant="microcopy">
          {chrome(lang, 'plan.requestedReached', { requested: plan.requestedLevel })}
        </Text>
      ) : null}
      <Text testId="plan-projected">
        {chrome(lang, 'plan.projected', {
          now: levelInfo(progress.projectedLevelNow, lang).label,
          level: levelInfo(plan.level, lang).label,
          projected: levelInfo(plan.projectedLevel, lang).label,
        })}
      </Text>
    </Flex>
  );
}
