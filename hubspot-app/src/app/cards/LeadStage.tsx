// The lead's stage under the agreed definition set, and which criterion
// decided each step (the lead's value next to the rule's).
import { Flex, Heading, List, StatusTag, Text } from '@hubspot/ui-extensions';
import { t, type Lang } from './core';
import { chrome } from './chrome';
import { formatDay } from './format';

export interface StageView {
  stage: string;
  definitionVersion: number;
  decidedBy: {
    stage: string;
    passed: boolean;
    recordedAt: string | null;
    description: string;
    criteria: { field: string; op: string; value?: unknown; actual: unknown; passed: boolean }[];
  }[];
}

const show = (value: unknown): string => (value === null || value === undefined ? '—' : typeof value === 'string' ? value : JSON.stringify(value));

/** The stage's name from the core's catalog. */
export const stageLabel = (lang: Lang, stage: string): string => t(lang, `stage.${stage}`);

export function LeadStage({ stage, lang }: { stage: StageView | null; lang: Lang }) {
  if (!stage) return <Text testId="score-no-definitions">{chrome(lang, 'lead.noDefinitions')}</Text>;
  return (
    <Flex direction="column" gap="xs">
      <Heading>{chrome(lang, 'lead.stage')}</Heading>
      <Flex direction="row" gap="sm" align="center">
        <StatusTag testId="score-stage" variant={stage.stage === 'rejected' ? 'danger' : stage.stage === 'lead' ? 'default' : 'success'}>
          {stageLabel(lang, stage.stage)}
        </StatusTag>
        <Text variant="microcopy">{chrome(lang, 'lead.definitionVersion', { version: stage.definitionVersion })}</Text>
      </Flex>
      {stage.decidedBy.map((step) => (
        <Flex key={step.stage} direction="column" gap="flush">
          <Text format={{ fontWeight: 'demibold' }}>
            {`${stageLabel(lang, step.stage)}: ${step.passed ? chrome(lang, 'lead.met') : chrome(lang, 'lead.notMet')}${step.recordedAt ? ` (${formatDay(step.recordedAt)})` : ''}`}
          </Text>
          <Text variant="microcopy">{step.description}</Text>
          {step.criteria.length > 0 ? (
            <List>
              {step.criteria.map((c, i) => (
                <Text key={i}>{`${c.passed ? '✓' : '✗'} ${c.field} ${c.op} ${show(c.value)} (${chrome(lang, 'lead.actual')}: ${show(c.actual)})`}</Text>
              ))}
            </List>
          ) : null}
        </Flex>
      ))}
    </Flex>
  );
}
