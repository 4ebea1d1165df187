// The score in four figures (fit, engagement, total, grade) and whether it
// makes the lead an MQL; every rule that added or took points, with its events.
import {
  Flex,
  Heading,
  Statistics,
  StatisticsItem,
  StatusTag,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
  Tag,
  Text,
} from '@hubspot/ui-extensions';
import type { Lang, ScoreResult } from './core';
import { chrome } from './chrome';
import { formatDay, formatScore } from './format';

/** A rule's label from the model (ja/en), else its id. */
export type RuleLabel = (ruleId: string) => string;

export function LeadScoreSummary({ score, lang }: { score: ScoreResult; lang: Lang }) {
  return (
    <Flex direction="column" gap="sm">
      <Statistics>
        <StatisticsItem testId="score-fit" label={chrome(lang, 'lead.fit')} number={formatScore(score.fit)} />
        <StatisticsItem testId="score-engagement" label={chrome(lang, 'lead.engagement')} number={formatScore(score.engagement)} />
        <StatisticsItem testId="score-total" label={chrome(lang, 'lead.total')} number={formatScore(score.total)} />
      </Statistics>
      <Flex direction="row" gap="sm" align="center">
        <Text format={{ fontWeight: 'demibold' }}>{chrome(lang, 'lead.grade')}</Text>
        <Tag testId="score-grade" variant={score.grade === 'A' ? 'success' : score.grade === 'D' ? 'default' : 'info'}>
          {score.grade}
        </Tag>
        <StatusTag testId="score-mql" variant={score.mql ? 'success' : 'default'}>
          {score.mql ? chrome(lang, 'lead.isMql') : chrome(lang, 'lead.notMql')}
        </StatusTag>
      </Flex>
    </Flex>
  );
}

export function LeadContributions({ score, lang, label }: { score: ScoreResult; lang: Lang; label: RuleLabel }) {
  if (score.contributions.length === 0) return <Text testId="score-no-contributions">{chrome(lang, 'lead.noContributions')}</Text>;
  return (
    <Flex direction="column" gap="xs">
      <Heading>{chrome(lang, 'lead.contributions')}</Heading>
      <Table bordered density="condensed" testId="score-contributions">
        <TableHead>
          <TableRow>
            <TableHeader>{chrome(lang, 'lead.rule')}</TableHeader>
            <TableHeader>{chrome(lang, 'lead.kind')}</TableHeader>
            <TableHeader align="right">{chrome(lang, 'lead.points')}</TableHeader>
            <TableHeader>{chrome(lang, 'lead.events')}</TableHeader>
          </TableRow>
        </TableHead>
        <TableBody>
          {score.contributions.map((c) => (
            <TableRow key={`${c.kind}-${c.rule}`}>
              <TableCell>{label(c.rule)}</TableCell>
              <TableCell>{chrome(lang, c.kind === 'fit' ? 'lead.fit' : 'lead.engagement')}</TableCell>
              <TableCell align="right" testId={`score-contribution-${c.rule}`}>
                {formatScore(c.points)}
              </TableCell>
              <TableCell>
                {c.events && c.events.length > 0
                  ? chrome(lang, 'lead.eventsCounted', { count: c.events.length, latest: formatDay(c.events[0]?.at) })
                  : '—'}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Flex>
  );
}
