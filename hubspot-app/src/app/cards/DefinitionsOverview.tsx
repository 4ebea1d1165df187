// The agreed words: MQL and SQL criteria (in plain language, from the core),
// the SAL window and the reasons inside sales may reject with.
import { DescriptionList, DescriptionListItem, Flex, Heading, StatusTag, Text } from '@hubspot/ui-extensions';
import { describeCondition, localText, REJECT_REASONS, t, type DefinitionSet, type Lang } from './core';
import { chrome } from './chrome';

const STATE_VARIANT = { draft: 'default', in_review: 'warning', agreed: 'success', superseded: 'default' } as const;

export function DefinitionsOverview({ set, lang }: { set: DefinitionSet; lang: Lang }) {
  const { mql, sal, sql } = set.stages;
  const reasonLabel = (id: string) => {
    const reason = REJECT_REASONS.find((r) => r.id === id);
    return reason ? reason.label[lang] : id;
  };
  return (
    <Flex direction="column" gap="sm">
      <Flex direction="row" gap="sm" align="center">
        <Heading>{chrome(lang, 'defs.title')}</Heading>
        <Text testId="defs-version">{chrome(lang, 'defs.version', { version: set.version })}</Text>
        <StatusTag testId="defs-state" variant={STATE_VARIANT[set.state]}>
          {t(lang, `definition.state.${set.state}`)}
        </StatusTag>
      </Flex>
      <Text>{localText(set.description, lang)}</Text>
      <DescriptionList direction="column">
        <DescriptionListItem label="MQL">
          <Text testId="defs-mql">{localText(mql.description, lang)}</Text>
          <Text variant="microcopy">{describeCondition(mql.criteria, lang)}</Text>
        </DescriptionListItem>
        <DescriptionListItem label="SAL">
          <Text testId="defs-sal">{localText(sal.description, lang)}</Text>
          <Text variant="microcopy">{chrome(lang, 'defs.salWindow', { hours: sal.acceptWithinHours })}</Text>
          <Text variant="microcopy">{`${chrome(lang, 'defs.rejectReasons')}: ${sal.rejectReasons.map(reasonLabel).join('、')}`}</Text>
        </DescriptionListItem>
        <DescriptionListItem label="SQL">
          <Text testId="defs-sql">{localText(sql.description, lang)}</Text>
          <Text variant="microcopy">{describeCondition(sql.criteria, lang)}</Text>
        </DescriptionListItem>
      </DescriptionList>
    </Flex>
  );
}
