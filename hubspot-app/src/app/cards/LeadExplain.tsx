// Why the contact stands where it does, for display only: the core's engine
// on the contact's data now (leadView `explain`): its figures (as the server
// stores them, to one decimal) and stage, the clock, every rule that added or
// took points (by kind, under its subtotal), how each stage was decided,
// the next step, and what the server's next evaluation will store and do.
// The score the card shows is the stored one (LeadScoreSummary); when the
// engine's differs, this says the server stores the new one next time.
import {
  Accordion,
  DescriptionList,
  DescriptionListItem,
  Flex,
  Heading,
  List,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
  Text,
} from '@hubspot/ui-extensions';
import { formatClock, formatScore, storedScore, t, type Lang } from './core';
import { chrome } from './chrome';
import { formatDay, NONE } from './format';
import { StageDecisions, stageLabel } from './LeadStage';
import type { LeadExplanation, LeadView } from './leadView';

/** The rules of one kind (fit, engagement) that gave points, under the engine's subtotal of that kind. */
function Contributions({ explain, kind, lang }: { explain: LeadExplanation; kind: 'fit' | 'engagement'; lang: Lang }) {
  const rows = explain.contributions.filter((c) => c.kind === kind);
  const title = `${t(lang, `figure.${kind}`)} ${formatScore(storedScore(explain.score[kind]))}`;
  return (
    <Flex direction="column" gap="flush">
      <Text format={{ fontWeight: 'demibold' }} testId={`explain-${kind}`}>
        {title}
      </Text>
      {rows.length === 0 ? (
        <Text variant="microcopy">{chrome(lang, 'lead.noContributions')}</Text>
      ) : (
        <Table bordered density="condensed" testId={`explain-contributions-${kind}`}>
          <TableHead>
            <TableRow>
              <TableHeader>{chrome(lang, 'lead.rule')}</TableHeader>
              <TableHeader align="right">{chrome(lang, 'lead.points')}</TableHeader>
              {kind === 'engagement' ? <TableHeader>{chrome(lang, 'lead.events')}</TableHeader> : null}
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((c) => (
              <TableRow key={c.rule}>
                <TableCell>{c.label}</TableCell>
                <TableCell align="right" testId={`explain-contribution-${c.rule}`}>
                  {formatScore(c.points)}
                </TableCell>
                {kind === 'engagement' ? (
                  <TableCell>{c.events && c.events.length > 0 ? chrome(lang, 'lead.eventsCounted', { count: c.events.length, latest: formatDay(c.events[0]?.at) }) : NONE}</TableCell>
                ) : null}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Flex>
  );
}

export function LeadExplain({ view, lang }: { view: LeadView; lang: Lang }) {
  const { explain, score: stored } = view;
  if (!explain) return null;
  const clock = formatClock(explain.handoff, lang);
  return (
    <Accordion testId="explain" title={chrome(lang, 'lead.explain')} size="sm" defaultOpen>
      <Flex direction="column" gap="sm">
        <DescriptionList direction="row">
          <DescriptionListItem label={t(lang, 'figure.score')}>
            <Text testId="explain-score">{formatScore(storedScore(explain.score.total))}</Text>
          </DescriptionListItem>
          <DescriptionListItem label={t(lang, 'figure.grade')}>
            <Text testId="explain-grade">{explain.score.grade}</Text>
          </DescriptionListItem>
          <DescriptionListItem label={t(lang, 'figure.stage')}>
            <Text testId="explain-stage">{stageLabel(lang, explain.stage)}</Text>
          </DescriptionListItem>
          <DescriptionListItem label={chrome(lang, 'handoff.title')}>
            <Text testId="explain-handoff">{t(lang, `handoff.status.${explain.handoff.status}`)}</Text>
            {clock ? <Text testId="explain-clock">{clock}</Text> : null}
          </DescriptionListItem>
        </DescriptionList>
        {explain.storedIsOutdated ? (
          <Text testId="explain-outdated">
            {chrome(lang, 'lead.explainOutdated', {
              stored: stored ? formatScore(stored.total) : NONE,
              storedGrade: stored?.grade ?? NONE,
              score: formatScore(storedScore(explain.score.total)),
              grade: explain.score.grade,
            })}
          </Text>
        ) : null}
        <Heading>{chrome(lang, 'lead.contributions')}</Heading>
        <Contributions explain={explain} kind="fit" lang={lang} />
        <Contributions explain={explain} kind="engagement" lang={lang} />
        <Heading>{chrome(lang, 'lead.decisions')}</Heading>
        <StageDecisions decidedBy={explain.decidedBy} lang={lang} testId="explain-decisions" />
        <Heading>{chrome(lang, 'lead.nextStep')}</Heading>
        <Text testId="explain-next">{explain.handoff.nextAction.text}</Text>
        <Heading>{chrome(lang, 'lead.serverNext')}</Heading>
        {explain.actions.length > 0 ? (
          <List testId="explain-actions">
            {explain.actions.map((a, i) => (
              <Text key={i}>{t(lang, `lifecycle.action.${a.type}`)}</Text>
            ))}
          </List>
        ) : (
          <Text testId="explain-no-actions">{chrome(lang, 'lead.serverNothing')}</Text>
        )}
      </Flex>
    </Accordion>
  );
}
