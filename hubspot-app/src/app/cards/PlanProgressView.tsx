// Progress toward the projected level: done tasks of the plan, and the level
// their checklist items give now and once every task is done.
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
