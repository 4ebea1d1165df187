// What changed since the version before, in words a sales manager can read,
// the scoring model's points and MQL threshold included.
import { Flex, Heading, List, Text } from '@hubspot/ui-extensions';
import { describeIssues, diffDefinitionSets, type DefinitionSet, type Lang } from './core';
import { chrome } from './chrome';

export function DefinitionsDiff({ set, previous, programModel, lang }: { set: DefinitionSet; previous: DefinitionSet | null; programModel: unknown; lang: Lang }) {
  // The set keeps the content it was edited from; the stored previous set is the fallback.
  const before = set.previous ?? previous;
  if (!before) return <Text testId="defs-no-diff">{chrome(lang, 'defs.firstVersion')}</Text>;
  // A version drafted from a suggested model reads each rule's points against the model it replaces.
  const diff = diffDefinitionSets(before, set, lang, { programModel });
  if (!diff.ok) return <Text testId="defs-diff-error">{describeIssues(diff.issues)}</Text>;
  return (
    <Flex direction="column" gap="xs">
      <Heading>{chrome(lang, 'defs.diff', { from: before.version, to: set.version })}</Heading>
      {diff.value.length === 0 ? (
        <Text testId="defs-no-diff">{chrome(lang, 'defs.noChanges')}</Text>
      ) : (
        <List testId="defs-diff">
          {diff.value.map((change, i) => (
            <Text key={i} testId={`defs-diff-${i}`}>{`${chrome(lang, `defs.change.${change.change}`)}: ${change.text}`}</Text>
          ))}
        </List>
      )}
    </Flex>
  );
}
