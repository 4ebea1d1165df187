// The score the server computed and stored on the contact (ma_score,
// ma_grade), and when it last wrote it (ma_evaluated_at). The card computes
// no score of its own.
import { Flex, Statistics, StatisticsItem, Tag, Text } from '@hubspot/ui-extensions';
import { formatScore, t, type Lang } from './core';
import { chrome } from './chrome';
import { formatMinute } from './format';

export interface StoredScoreProps {
  score: { total: number; grade: string | null } | null;
  evaluatedAt: string | null;
  lang: Lang;
}

export function LeadScoreSummary({ score, evaluatedAt, lang }: StoredScoreProps) {
  if (!score) return <Text testId="score-not-evaluated">{chrome(lang, 'lead.notEvaluated')}</Text>;
  return (
    <Flex direction="column" gap="xs">
      <Statistics>
        <StatisticsItem testId="score-total" label={t(lang, 'figure.score')} number={formatScore(score.total)} />
      </Statistics>
      <Flex direction="row" gap="sm" align="center">
        <Text format={{ fontWeight: 'demibold' }}>{t(lang, 'figure.grade')}</Text>
        <Tag testId="score-grade" variant={score.grade === 'A' ? 'success' : score.grade === 'D' || !score.grade ? 'default' : 'info'}>
          {score.grade ?? '—'}
        </Tag>
      </Flex>
      <Text testId="score-evaluated-at" variant="microcopy">
        {evaluatedAt ? chrome(lang, 'lead.evaluatedAt', { at: formatMinute(evaluatedAt) }) : chrome(lang, 'lead.evaluatedUnknown')}
      </Text>
    </Flex>
  );
}
