// Renegotiating the set: a new MQL threshold or SAL window makes a new
// version (signatures cleared), which goes through sign-off again.
import { Button, Flex, Heading, NumberInput, Text } from '@hubspot/ui-extensions';
import type { DefinitionSet, Lang } from './core';
import { chrome } from './chrome';
import { mqlThreshold } from './definitionEdits';

export interface DefinitionEdits {
  mqlScore?: number;
  salHours?: number;
}

export interface DefinitionsEditProps {
  lang: Lang;
  set: DefinitionSet;
  edits: DefinitionEdits;
  onEdits: (edits: DefinitionEdits) => void;
  onSave: () => void;
  busy: boolean;
}

export function DefinitionsEdit({ lang, set, edits, onEdits, onSave, busy }: DefinitionsEditProps) {
  if (set.state === 'superseded') return null;
  const threshold = mqlThreshold(set.stages.mql.criteria);
  const mqlScore = edits.mqlScore ?? threshold;
  const salHours = edits.salHours ?? set.stages.sal.acceptWithinHours;
  const changed = (edits.mqlScore !== undefined && edits.mqlScore !== threshold) || (edits.salHours !== undefined && edits.salHours !== set.stages.sal.acceptWithinHours);
  return (
    <Flex direction="column" gap="xs">
      <Heading>{chrome(lang, 'defs.edit')}</Heading>
      {mqlScore === null ? (
        <Text testId="defs-no-threshold">{chrome(lang, 'defs.noThreshold')}</Text>
      ) : (
        <NumberInput
          testId="defs-mql-score"
          name="mqlScore"
          label={chrome(lang, 'defs.mqlScore')}
          value={mqlScore}
          min={0}
          onChange={(value) => onEdits({ ...edits, mqlScore: value })}
        />
      )}
      <NumberInput
        testId="defs-sal-hours"
        name="salHours"
        label={chrome(lang, 'defs.salHours')}
        value={salHours}
        min={1}
        onChange={(value) => onEdits({ ...edits, salHours: value })}
      />
      <Text variant="microcopy">{chrome(lang, 'defs.editHint')}</Text>
      <Button testId="defs-save-edit" disabled={busy || !changed} onClick={() => onSave()}>
        {chrome(lang, 'defs.saveEdit', { version: set.version + 1 })}
      </Button>
    </Flex>
  );
}
