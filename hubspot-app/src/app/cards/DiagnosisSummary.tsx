// Where the company stands: the level on the 0-5 scale, what is checked, the
// next level and how many checks it needs, and what the seed says to do next.
import { Flex, List, Statistics, StatisticsItem, StepIndicator, Text } from '@hubspot/ui-extensions';
import { levelInfo, t, type Diagnosis, type Lang } from './core';
import { chrome } from './chrome';
import { NONE } from './format';

const LEVEL_NUMBERS = [0, 1, 2, 3, 4, 5] as const;

export function DiagnosisSummary({ diagnosis, lang }: { diagnosis: Diagnosis; lang: Lang }) {
  const info = levelInfo(diagnosis.level, lang);
  return (
    <Flex direction="column" gap="sm">
      <StepIndicator
        testId="diag-steps"
        stepNames={LEVEL_NUMBERS.map((n) => `${n} ${levelInfo(n, lang).name}`)}
        currentStep={diagnosis.level}
      />
      <Statistics>
        <StatisticsItem testId="diag-level" label={t(lang, 'figure.level')} number={diagnosis.level} />
        <StatisticsItem testId="diag-checked" label={`${t(lang, 'figure.checkedCount')} ${chrome(lang, 'diag.ofFifteen')}`} number={diagnosis.checkedCount} />
        <StatisticsItem testId="diag-next-level" label={chrome(lang, 'diag.nextLevel')} number={diagnosis.nextLevel ?? NONE} />
        <StatisticsItem
          testId="diag-checks-to-next"
          label={chrome(lang, 'diag.checksToNext')}
          number={diagnosis.checksToNextLevel ?? NONE}
        />
        <StatisticsItem testId="diag-effective-level" label={t(lang, 'figure.effectiveLevel')} number={diagnosis.effectiveLevel} />
      </Statistics>
      <Text testId="diag-state">{`${info.name}: ${info.state}`}</Text>
      <Text variant="microcopy">{info.characteristics}</Text>
      {info.nextActions.length > 0 ? (
        <>
          <Text format={{ fontWeight: 'demibold' }}>{chrome(lang, 'diag.nextActions')}</Text>
          <List testId="diag-next-actions">
            {info.nextActions.map((action) => (
              <Text key={action}>{action}</Text>
            ))}
          </List>
        </>
      ) : null}
    </Flex>
  );
}
