// The lead's stage under the agreed definition set, and (for the
// explanation) which criterion decided each step.
import { Flex, Heading, List, StatusTag, Text } from '@hubspot/ui-extensions';
import { describeValue, t, type Lang } from './core';
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

// Numbers to two decimals at most (a decayed score), lists joined: the core's wording of a value.
const show = (value: unknown, lang: Lang): string => (value === null || value === undefined ? '—' : describeValue(value, lang));

/** The stage's name from the core's catalog. */
export const stageLabel = (lang: Lang, stage: string): string => t(lang, `stage.${stage}`);

/** Which criterion decided each step: the lead's value next to the rule's. */
export function StageDecisions({ decidedBy, lang, testId }: { decidedBy: StageView['decidedBy']; lang: Lang; testId?: string }) {
  return (
    <Flex direction="column" gap="xs" testId={testId}>
      {decidedBy.map((step) => (
        <Flex key={step.stage} direction="column" gap="flush">
          <Text format={{ fontWeight: 'demibold' }}>
            {`${stageLabel(lang, step.stage)}: ${step.passed ? chrome(lang, 'lead.met') : chrome(lang, 'lead.notMet')}${step.recordedAt ? ` (${formatDay(step.recordedAt)})` : ''}`}
          </Text>
          <Text variant="microcopy">{step.description}</Text>
          {step.criteria.length > 0 ? (
            <List>
              {step.criteria.map((c, i) => (
                <Text key={i}>{`${c.passed ? '✓' : '✗'} ${c.field} ${c.op} ${show(c.value, lang)} (${chrome(lang, 'lead.actual')}: ${show(c.actual, lang)})`}</Text>
              ))}
            </List>
          ) : null}
        </Flex>
      ))}
    </Flex>
  );
}

/** The stage of what is stored, under the agreed set (the engine's decisions are in the explanation). */
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
    </Flex>
  );
}
